// Runs app.mjs as an outside project would: packs @smart-sessions/bindings and @smart-sessions/client
// (`pnpm pack`, which builds dist/ and the types), installs the tarballs with npm into a temporary directory
// outside the workspace, type-checks app.mjs against the installed types, then runs it against a local test
// stack (@smart-sessions/client/testing: anvil, the EntryPoints, our contracts, an OpenZeppelin ERC-7579 account
// holding a token).
// Usage (from the repository root): `pnpm example:node-consumer`.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { privateKeyToAccount } from 'viem/accounts'
import { anvilKeys, createTestStack } from '../../packages/client/src/testing/index.js'
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
  const { version: viem } = JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'viem', 'package.json'), 'utf8'))
  const dependencies = {
    '@smart-sessions/bindings': tarball('bindings'),
    '@smart-sessions/client': tarball('client'),
    viem,
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
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['app.mjs', 'env.d.ts'] }))
  // The one Node global app.mjs reads (the app needs no @types/node).
  writeFileSync(join(dir, 'env.d.ts'), 'declare const process: { env: Record<string, string | undefined> }\n')
  copyFileSync(join(here, 'app.mjs'), join(dir, 'app.mjs'))
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'node-consumer-'))
  const ownerKey = anvilKeys[2]
  const stack = await createTestStack({ owner: privateKeyToAccount(ownerKey) })
  try {
    for (const name of ['bindings', 'client']) {
      run('pnpm', ['pack', '--pack-destination', dir], join(repoRoot, 'packages', name), {}, true)
    }
    writeProject(dir)
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir)
    // The installed types, not the workspace's sources: app.mjs type-checks against dist/*.d.ts.
    run(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], dir)
    const { account, token } = stack
    run(process.execPath, ['app.mjs'], dir, {
      RPC_URL: stack.rpcUrl,
      BUNDLER_KEY: anvilKeys[1],
      OWNER_KEY: ownerKey,
      OWNER_VALIDATOR: account.ownerValidator,
      ACCOUNT: account.address,
      TOKEN: token,
    })
  } finally {
    await stack.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
