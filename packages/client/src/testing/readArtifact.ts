import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Abi, Hex } from 'viem'

/** The test contracts the local stack deploys besides ours, by contract name and the Forge source file holding it. */
export const stackTestContracts = {
  MockERC20: 'MockERC20.sol',
  TestAccount: 'TestAccount.sol',
  TestAccountV07: 'TestAccount.sol',
  SessionKitOwnerValidator: 'SessionKitAccount.sol',
} as const

export type StackTestContract = keyof typeof stackTestContracts

/**
 * Forge's output directory: `artifactsDir`, else the repository's `out/` (this file sits four levels below the
 * repository root, in `src/` and in `dist/` alike), else `out/` under the working directory.
 */
export function findArtifactsDir(artifactsDir?: string | undefined): string {
  if (artifactsDir) return artifactsDir
  const fromModule = fileURLToPath(new URL('../../../../out/', import.meta.url))
  return existsSync(join(fromModule, 'SmartSession.sol')) ? fromModule : join(process.cwd(), 'out')
}

/** The Forge artifact of contract `name` (compiled from `<file>`, default `<name>.sol`), or undefined if not built. */
export function readArtifact(
  artifactsDir: string,
  name: string,
  file = `${name}.sol`,
): { abi: Abi; bytecode: Hex } | undefined {
  const path = join(artifactsDir, file, `${name}.json`)
  if (!existsSync(path)) return undefined
  const json = JSON.parse(readFileSync(path, 'utf8')) as { abi: Abi; bytecode: { object: Hex } }
  return { abi: json.abi, bytecode: json.bytecode.object }
}

/** What the published package carries instead of Forge's output (see bundledArtifacts). */
export type ArtifactBundle = { contracts: readonly string[]; bytecode: Readonly<Record<string, Hex>> }

let bundle: ArtifactBundle | null | undefined

/**
 * The creation code the package was built with (`dist/testing/artifacts.json`, written by the package's build from
 * the repository's `out/`): our deployable contracts, in the manifest's order, and the stack's test contracts —
 * what the local stack deploys when installed from npm, outside the repository. Undefined in the repository.
 */
export function bundledArtifacts(): ArtifactBundle | undefined {
  if (bundle === undefined) {
    const path = fileURLToPath(new URL('./artifacts.json', import.meta.url))
    bundle = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ArtifactBundle) : null
  }
  return bundle ?? undefined
}

/** The creation code of `name`: from Forge's output when built there, else from the package's bundle. */
export function requireBytecode(artifactsDir: string, name: string, file?: string): Hex {
  const found = readArtifact(artifactsDir, name, file)?.bytecode ?? bundledArtifacts()?.bytecode[name]
  if (!found)
    throw new Error(`${join(artifactsDir, file ?? `${name}.sol`, `${name}.json`)} missing: run \`pnpm build\``)
  return found
}

/** The creation code of one of the stack's test contracts. */
export function requireTestBytecode(artifactsDir: string, name: StackTestContract): Hex {
  return requireBytecode(artifactsDir, name, stackTestContracts[name])
}
