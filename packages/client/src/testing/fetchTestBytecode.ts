// The third-party bytecode the local stack deploys, fetched from npm once and cached as JSON (never committed):
// the EntryPoint v0.7 and v0.8 creation code (`@account-abstraction/contracts` artifacts) and the accounts
// people use — Safe7579 v1.0.0 (+ launchpad, Safe 1.4.1 singleton and proxy factory), Kernel v3.1 (+ factory),
// Nexus 1.0.1 (+ factory, bootstrap) — which `@rhinestone/modulekit@0.5.9` ships as Solidity `bytes constant`s.
// That package cannot be installed as a dependency (its own dependencies are git URLs): `npm pack` fetches the
// tarball alone and only its precompile sources are read.
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import type { Hex } from 'viem'

const sources = {
  entryPoint07: { spec: '@account-abstraction/contracts@0.7.0', files: ['package/artifacts/EntryPoint.json'] },
  entryPoint08: { spec: '@account-abstraction/contracts@0.8.0', files: ['package/artifacts/EntryPoint.json'] },
  modulekit: {
    spec: '@rhinestone/modulekit@0.5.9',
    files: [
      'package/src/deployment/precompiles/Safe7579Precompiles.sol',
      'package/src/deployment/precompiles/KernelPrecompiles.sol',
      'package/src/deployment/precompiles/NexusPrecompiles.sol',
    ],
  },
} as const

/** Creation code by name (`ENTRY_POINT_V07`, `ENTRY_POINT_V08`, and modulekit's constant names, e.g. `KERNEL_BYTECODE`). */
export type TestBytecode = Record<string, Hex>

/** Bumped whenever the sources above change, so a stale cache is refetched. */
const CACHE_VERSION = 1

/** Where the JSON is kept: `$SMART_SESSIONS_CACHE`, else `node_modules/.cache/smart-sessions` under the working directory. */
export function defaultCacheDir(): string {
  return process.env.SMART_SESSIONS_CACHE ?? join(process.cwd(), 'node_modules', '.cache', 'smart-sessions')
}

/** `npm pack <spec>` into `dir` and extracts `files` from it; returns the directory holding `package/…`. */
function packAndExtract(spec: string, files: readonly string[], dir: string): string {
  const name = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
    .trim()
    .split('\n')
    .at(-1)
  if (!name) throw new Error(`npm pack ${spec} printed no file name`)
  execFileSync('tar', ['xzf', join(dir, name), '-C', dir, ...files], { stdio: ['ignore', 'ignore', 'pipe'] })
  rmSync(join(dir, name), { force: true })
  return dir
}

/** Every `bytes [public] constant NAME = hex"…"` of a Solidity source. */
export function extractBytecodeConstants(source: string): TestBytecode {
  const found: TestBytecode = {}
  for (const match of source.matchAll(
    /bytes\s+(?:public\s+|internal\s+)?constant\s+(\w+)\s*=\s*hex"([0-9a-fA-F]*)"/g,
  )) {
    const [, name, hex] = match
    if (name && hex) found[name] = `0x${hex}`
  }
  return found
}

/**
 * The cached bytecode, fetched from the npm registry (`npm pack`, ~10 MB once) when the cache is missing.
 * Safe to call from parallel processes: each writes its own temporary file and renames it into place.
 */
export function fetchTestBytecode(options: { cacheDir?: string | undefined } = {}): TestBytecode {
  const cacheDir = options.cacheDir ?? defaultCacheDir()
  const cacheFile = join(cacheDir, `test-bytecode-v${CACHE_VERSION}.json`)
  if (existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8')) as TestBytecode
  mkdirSync(cacheDir, { recursive: true })
  const work = mkdtempSync(join(cacheDir, 'fetch-'))
  try {
    const bytecode: TestBytecode = {}
    for (const [key, { spec, files }] of Object.entries(sources)) {
      const dir = join(work, key)
      mkdirSync(dir)
      packAndExtract(spec, files, dir)
      for (const file of files) {
        const text = readFileSync(join(dir, file), 'utf8')
        if (file.endsWith('.json')) {
          const { bytecode: code } = JSON.parse(text) as { bytecode: Hex }
          bytecode[key === 'entryPoint07' ? 'ENTRY_POINT_V07' : 'ENTRY_POINT_V08'] = code
        } else Object.assign(bytecode, extractBytecodeConstants(text))
      }
    }
    for (const name of requiredBytecode) {
      if (!bytecode[name]) throw new Error(`${name} not found in the fetched packages`)
    }
    const temporary = join(work, 'out.json')
    writeFileSync(temporary, JSON.stringify(bytecode))
    renameSync(temporary, cacheFile)
    return bytecode
  } finally {
    rmSync(work, { recursive: true, force: true })
    for (const entry of readdirSync(cacheDir)) {
      if (entry.startsWith('test-bytecode-') && entry !== `test-bytecode-v${CACHE_VERSION}.json`) {
        rmSync(join(cacheDir, entry), { force: true })
      }
    }
  }
}

/** The names the stack deploys. */
export const requiredBytecode = [
  'ENTRY_POINT_V07',
  'ENTRY_POINT_V08',
  'SAFE7579_BYTECODE',
  'SAFE7579_LAUNCHPAD_BYTECODE',
  'SAFE_SINGLETON_BYTECODE',
  'SAFE_PROXY_FACTORY_BYTECODE',
  'KERNEL_BYTECODE',
  'KERNEL_FACTORY_BYTECODE',
  'NEXUS_BYTECODE',
  'NEXUS_ACCOUNT_FACTORY_BYTECODE',
  'NEXUS_BOOTSTRAP_BYTECODE',
] as const
