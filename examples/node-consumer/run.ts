// Runs app.mjs as an outside project would: packs @smart-sessions/bindings and @smart-sessions/client
// (`pnpm pack`, which builds dist/, the types and the contracts' bytecode for /testing), installs the tarballs
// and anvil (`@foundry-rs/anvil`) with npm into a temporary directory outside the workspace, type-checks app.mjs
// against the installed types, then runs it: it starts its own local chain with the installed
// @smart-sessions/client/testing.
// Usage (from the repository root, whose test bytecode cache it reuses): `pnpm example:node-consumer`.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultCacheDir } from '../../packages/client/src/testing/index.js'
import { repoRoot } from '../../tools/foundry-bin.mjs'

const here = join(repoRoot, 'examples', 'node-consumer')

/** Runs a command; `quiet`: its output is shown only when it fails. */
function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}, quiet = false): void {
  const result = spawnSync(command, args, {
    cwd,
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, ...env },
  })
  if (result.status === 0) return
  if (quiet) process.stderr.write(`${result.stdout}${result.stderr}`)
  throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`)
}

/** The temporary project: package.json with the tarballs, tsconfig, app.mjs. */
function writeProject(dir: string): void {
  const tarball = (name: string) => {
    const file = readdirSync(dir).find((entry) => entry.startsWith(`smart-sessions-${name}-`))
    if (!file) throw new Error(`no tarball of ${name}`)
    return `file:./${file}`
  }
  const versionOf = (name: string) =>
    (JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version
  const dependencies = {
    '@smart-sessions/bindings': tarball('bindings'),
    '@smart-sessions/client': tarball('client'),
    viem: versionOf('viem'),
    // The local chain of @smart-sessions/client/testing, as a project's dev dependency.
    '@foundry-rs/anvil': versionOf('@foundry-rs/anvil'),
  }
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'node-consumer', private: true, type: 'module', dependencies }),
  )
  const compilerOptions = {
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    target: 'ES2022',
    strict: true,
    allowJs: true,
    checkJs: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  }
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['app.mjs'] }))
  copyFileSync(join(here, 'app.mjs'), join(dir, 'app.mjs'))
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'node-consumer-'))
  try {
    for (const name of ['bindings', 'client']) {
      run('pnpm', ['pack', '--pack-destination', dir], join(repoRoot, 'packages', name), {}, true)
    }
    writeProject(dir)
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir)
    // The installed types, not the workspace's sources: app.mjs type-checks against dist/*.d.ts.
    run(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], dir)
    // The third-party bytecode (EntryPoints, accounts) the repository's tests already fetched from npm, reused.
    run(process.execPath, ['app.mjs'], dir, { SMART_SESSIONS_CACHE: defaultCacheDir() })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
