// Resolves the native Foundry binary shipped in the npm platform package.
// The npm `.bin/forge` launcher always exits 0, so we never use it.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

const arch = /** @type {Record<string, string | undefined>} */ ({ x64: 'amd64', arm64: 'arm64' })[process.arch]

/** @param {'forge' | 'anvil' | 'cast'} tool */
export function foundryBinary(tool) {
  if (!arch) throw new Error(`unsupported architecture ${process.arch}`)
  const platformPackage = `@foundry-rs/${tool}-${process.platform}-${arch}`
  const fromWrapper = createRequire(
    createRequire(join(repoRoot, 'package.json')).resolve(`@foundry-rs/${tool}/package.json`),
  )
  const packageJson = fromWrapper.resolve(`${platformPackage}/package.json`)
  return join(dirname(packageJson), 'bin', process.platform === 'win32' ? `${tool}.exe` : tool)
}
