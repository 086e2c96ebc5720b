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
      return withAdminHalf(contracts.filter((contract) => own.has(contract.name))).sort((a, b) =>
        a.name.localeCompare(b.name),
      )
    },
  }
}

type FoundryContract = Awaited<ReturnType<NonNullable<Plugin['contracts']>>>[number]

/**
 * SmartSession answers its configuration functions through its fallback, by delegatecall into SmartSessionAdmin:
 * what a client calls at the SmartSession address is the union of both halves' ABIs (functions, events, errors),
 * so `smartSessionAbi` is that union (each item once).
 */
function withAdminHalf(contracts: FoundryContract[]): FoundryContract[] {
  const admin = contracts.find((contract) => contract.name === 'SmartSessionAdmin')
  return contracts.map((contract) => {
    if (contract.name !== 'SmartSession' || !admin) return contract
    const seen = new Set<string>()
    const abi = [...contract.abi, ...admin.abi].filter((item) => {
      const key = JSON.stringify([item.type, 'name' in item ? item.name : '', 'inputs' in item ? item.inputs : []])
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    return { ...contract, abi }
  })
}

/**
 * The deployed addresses of every chain in deployments/<chainId>.json (written by script/Deploy.s.sol), as
 * `deploymentsByChainId`. The local anvil chain (31337) is left out: its file changes with every local run.
 */
function deployments(): Plugin {
  return {
    name: 'Deployments (deployments/*.json)',
    async run() {
      const dir = join(repoRoot, 'deployments')
      const byChain: Record<string, Record<string, string>> = {}
      const files = existsSync(dir) ? readdirSync(dir).filter((name) => /^\d+\.json$/.test(name)) : []
      for (const file of files.sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))) {
        const chainId = file.replace('.json', '')
        if (chainId === '31337') continue
        const addresses = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>
        byChain[chainId] = Object.fromEntries(Object.entries(addresses).sort(([a], [b]) => a.localeCompare(b)))
      }
      return {
        content: `/** Deployed addresses per chain id, from deployments/<chainId>.json. */\nexport const deploymentsByChainId = ${JSON.stringify(byChain, null, 2)} as const`,
      }
    },
  }
}

export default defineConfig({
  out: 'src/generated.ts',
  plugins: [ownContracts(), deployments()],
})
