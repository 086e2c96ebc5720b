// Generates src/generated.ts: one `export const <name>Abi = [...] as const` per contract whose
// source lives in the repository's contracts/ directory (never forge-std, dependencies or tests).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from '@wagmi/cli'
import { foundry } from '@wagmi/cli/plugins'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const sourceDir = 'contracts/'
const artifactsDir = join(repoRoot, 'out')

/** Names of the artifacts in out/ that were compiled from a source file that exists under contracts/. */
function ownContractNames(): Set<string> {
  const names = new Set<string>()
  for (const path of artifactPaths(artifactsDir)) {
    const artifact = JSON.parse(readFileSync(path, 'utf8')) as {
      metadata?: { settings?: { compilationTarget?: Record<string, string> } }
    }
    for (const [source, name] of Object.entries(artifact.metadata?.settings?.compilationTarget ?? {})) {
      if (source.startsWith(sourceDir) && existsSync(join(repoRoot, source))) names.add(name)
    }
  }
  return names
}

function artifactPaths(dir: string): string[] {
  const paths: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'build-info') continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) paths.push(...artifactPaths(path))
    else if (entry.name.endsWith('.json')) paths.push(path)
  }
  return paths
}

/** The Foundry plugin, built through our launcher (exit status honoured), filtered to contracts/. */
function ownContracts(): Plugin {
  const plugin = foundry({
    project: repoRoot,
    forge: { path: JSON.stringify(join(repoRoot, 'tools', 'forge')), build: true, rebuild: false },
  })
  return {
    ...plugin,
    name: 'Foundry (contracts/)',
    async contracts() {
      const contracts = (await plugin.contracts?.()) ?? []
      const own = ownContractNames()
      return contracts.filter((contract) => own.has(contract.name)).sort((a, b) => a.name.localeCompare(b.name))
    },
  }
}

export default defineConfig({
  out: 'src/generated.ts',
  plugins: [ownContracts()],
})
