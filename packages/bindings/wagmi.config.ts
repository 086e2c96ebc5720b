// Generates src/generated.ts: one `export const <name>Abi = [...] as const` per contract whose
// source lives in the repository's contracts/ directory (never forge-std, dependencies or tests).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from '@wagmi/cli'
import { foundry } from '@wagmi/cli/plugins'
import { type Abi, type Address, getContractAddress, type Hex, keccak256 } from 'viem'

type AbiItem = Abi[number]

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
  let built: ReturnType<NonNullable<Plugin['contracts']>> | undefined
  return {
    ...plugin,
    name: 'Foundry (contracts/)',
    contracts() {
      // Built once: the errors plugin reads the same list.
      built ??= (async () => {
        const contracts = (await plugin.contracts?.()) ?? []
        const own = ownContractNames()
        return withAdminHalf(contracts.filter((contract) => own.has(contract.name))).sort((a, b) =>
          a.name.localeCompare(b.name),
        )
      })()
      return built
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

type Manifest = { create2Deployer: Address; salt: Hex; contracts: string[] }

/**
 * From deployments/contracts.json (the one list of deployable contracts) and the built artifacts: the contract
 * names, the CREATE2 deployer and salt, and every contract's address (`defaultDeployment`: CREATE2 of the
 * artifact's creation code — the same on every EVM chain, where script/Deploy.s.sol puts it).
 */
function deployment(): Plugin {
  return {
    name: 'Deployment (deployments/contracts.json)',
    async run() {
      const manifest = JSON.parse(readFileSync(join(repoRoot, 'deployments', 'contracts.json'), 'utf8')) as Manifest
      const addresses: Record<string, Address> = {}
      for (const name of manifest.contracts) {
        const path = join(artifactsDir, `${name}.sol`, `${name}.json`)
        const artifact = JSON.parse(readFileSync(path, 'utf8')) as { bytecode: { object: Hex } }
        addresses[name] = getContractAddress({
          opcode: 'CREATE2',
          from: manifest.create2Deployer,
          salt: manifest.salt,
          bytecodeHash: keccak256(artifact.bytecode.object),
        })
      }
      const constant = (doc: string, name: string, value: unknown) =>
        `/** ${doc} */\nexport const ${name} = ${JSON.stringify(value, null, 2)} as const\n`
      return {
        content: [
          constant('The deployable contracts (deployments/contracts.json).', 'contractNames', manifest.contracts),
          constant(
            'The CREATE2 deployer every contract is deployed through.',
            'create2Deployer',
            manifest.create2Deployer,
          ),
          constant('The CREATE2 salt of every contract.', 'deploySalt', manifest.salt),
          constant(
            "Every contract's CREATE2 address (deployer, salt, creation code): the same on every EVM chain.",
            'defaultDeployment',
            addresses,
          ),
        ].join('\n'),
      }
    },
  }
}

/** Every custom error of the repository's contracts, once each (by signature): to decode any revert. */
function errors(own: () => Promise<{ name: string; abi: Abi }[]>): Plugin {
  return {
    name: 'Errors (all contracts)',
    async run() {
      const seen = new Map<string, AbiItem>()
      for (const contract of await own()) {
        for (const item of contract.abi) {
          if (item.type !== 'error') continue
          const key = `${item.name}(${item.inputs.map((input) => input.type).join(',')})`
          if (!seen.has(key)) seen.set(key, item)
        }
      }
      const sorted = [...seen.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, item]) => item)
      return {
        content: `/** Every custom error of the contracts, once each: decodes any revert of theirs. */\nexport const smartSessionsErrorsAbi = ${JSON.stringify(sorted, null, 2)} as const\n`,
      }
    },
  }
}

const contracts = ownContracts()

export default defineConfig({
  out: 'src/generated.ts',
  plugins: [contracts, deployment(), errors(async () => (await contracts.contracts?.()) ?? [])],
})
