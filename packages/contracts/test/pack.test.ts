import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const sourcesDir = join(packageDir, '..', '..', 'contracts')

/** Every `.sol` file under `dir`, as paths relative to it with forward slashes. */
function solidityFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.sol'))
    .map((path) => relative(dir, join(dir, path)).split('\\').join('/'))
    .sort()
}

describe('@smart-sessions/contracts tarball (pnpm pack)', () => {
  let destination: string
  let entries: string[]

  beforeAll(() => {
    destination = mkdtempSync(join(tmpdir(), 'contracts-pack-'))
    execFileSync('pnpm', ['pack', '--pack-destination', destination], { cwd: packageDir, stdio: 'ignore' })
    const [tarball] = readdirSync(destination).filter((name) => name.endsWith('.tgz'))
    if (!tarball) throw new Error('pnpm pack wrote no tarball')
    entries = execFileSync('tar', ['-tzf', join(destination, tarball)], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.replace(/^package\//, ''))
  }, 60_000)

  afterAll(() => {
    rmSync(destination, { recursive: true, force: true })
  })

  it('ships every Solidity source of the repository under contracts/, and nothing else there', () => {
    const shipped = entries
      .filter((path) => path.startsWith('contracts/'))
      .map((path) => path.slice('contracts/'.length))
    expect(shipped.sort()).toEqual(solidityFiles(sourcesDir))
  })

  it('ships the Forge test kit', () => {
    expect(entries).toContain('test-kit/SmartSessionTestKit.sol')
    expect(entries).toContain('test-kit/SessionKitAccount.sol')
  })

  it('ships no dependencies, build output or tests', () => {
    expect(entries.filter((path) => /^(node_modules|out|cache|test)\//.test(path))).toEqual([])
  })
})
