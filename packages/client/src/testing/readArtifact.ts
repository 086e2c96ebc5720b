import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Abi, Hex } from 'viem'

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

/** readArtifact, or an error telling to build first. */
export function requireArtifact(artifactsDir: string, name: string, file?: string): { abi: Abi; bytecode: Hex } {
  const found = readArtifact(artifactsDir, name, file)
  if (!found)
    throw new Error(`${join(artifactsDir, file ?? `${name}.sol`, `${name}.json`)} missing: run \`pnpm build\``)
  return found
}
