#!/usr/bin/env node
// Every check and test of the repository, in order. Each step's output streams through; the Forge
// and vitest test counts are summed and the run ends with exactly one line `N passed, N failed`.
// Every step runs even after a failure (so the counts are complete); the exit status is non-zero
// if any step failed.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { repoRoot } from './foundry-bin.mjs'

const forge = ['node', 'tools/forge.mjs']
const bin = (/** @type {string} */ name) => join(repoRoot, 'node_modules', '.bin', name)

/**
 * Runs a command from the repository root, streaming its output, and returns its status and stdout.
 * @param {string[]} command
 * @param {Record<string, string>} [env]
 * @returns {Promise<{ status: number, stdout: string }>}
 */
function run(command, env = {}) {
  return new Promise((resolve) => {
    const [file, ...args] = command
    if (!file) throw new Error('empty command')
    const child = spawn(file, args, {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    /** @type {Buffer[]} */
    const chunks = []
    child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
      chunks.push(chunk)
      process.stdout.write(chunk)
    })
    child.on('error', (error) => {
      console.error(error.message)
      resolve({ status: 127, stdout: '' })
    })
    child.on('close', (code, signal) => {
      resolve({ status: code ?? (signal ? 128 : 1), stdout: Buffer.concat(chunks).toString('utf8') })
    })
  })
}

/**
 * Forge's closing summary: "Ran N test suites in … : X tests passed, Y failed, Z skipped (T total tests)".
 * @param {string} output
 * @returns {{ passed: number, failed: number } | undefined}
 */
export function parseForgeSummary(output) {
  const matches = [...stripVTControlCharacters(output).matchAll(/(\d+) tests? passed, (\d+) failed, (\d+) skipped/g)]
  const last = matches.at(-1)
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined
}

/**
 * Vitest's JSON report (`--reporter=json --outputFile=…`).
 * @param {string} path
 * @returns {{ passed: number, failed: number } | undefined}
 */
export function parseVitestReport(path) {
  if (!existsSync(path)) return undefined
  const report = /** @type {{ numPassedTests?: number, numFailedTests?: number }} */ (
    JSON.parse(readFileSync(path, 'utf8'))
  )
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 }
}

async function main() {
  /** @type {string[]} */
  const failedSteps = []
  const counts = { passed: 0, failed: 0 }

  /**
   * @param {string} name
   * @param {string[]} command
   * @param {Record<string, string>} [env]
   */
  const step = async (name, command, env) => {
    console.log(`\n=== ${name}: ${command.join(' ')}`)
    const started = Date.now()
    const result = await run(command, env)
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    console.log(`=== ${name}: ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status})`} in ${seconds} s`)
    if (result.status !== 0) failedSteps.push(name)
    return result
  }

  /**
   * Adds a runner's counts; a failed runner that reports no failed test still counts one failure.
   * @param {{ passed: number, failed: number } | undefined} parsed
   * @param {number} status
   */
  const count = (parsed, status) => {
    counts.passed += parsed?.passed ?? 0
    counts.failed += parsed?.failed ?? 0
    if (status !== 0 && !parsed?.failed) counts.failed += 1
  }

  count(undefined, (await step('forge build', [...forge, 'build'])).status)
  count(undefined, (await step('forge fmt', [...forge, 'fmt', '--check'])).status)
  // Solidity lint: any warning fails (each deliberate exception is waived on its line, with its reason).
  // It compiles into its own out/cache dirs: its artifacts hold ABIs only and would otherwise replace the build's.
  count(
    undefined,
    (
      await step('forge lint', [...forge, 'lint', 'contracts', '--deny', 'warnings'], {
        FOUNDRY_OUT: 'out-lint',
        FOUNDRY_CACHE_PATH: 'cache-lint',
      })
    ).status,
  )
  count(
    undefined,
    (
      await step('forge fmt (test kit, example)', [
        ...forge,
        'fmt',
        '--check',
        'packages/contracts/test-kit',
        'examples/forge-consumer/src',
        'examples/forge-consumer/test',
      ])
    ).status,
  )
  const forgeTest = await step('forge test', [...forge, 'test'])
  count(parseForgeSummary(forgeTest.stdout), forgeTest.status)
  // The outside Foundry project of examples/ compiles @smart-sessions/contracts (its copy of contracts/, synced
  // first so it is never stale) and tests its own contract with the package's test kit.
  count(undefined, (await step('sync package sources', ['node', 'packages/contracts/scripts/sync-sources.mjs'])).status)
  const consumer = await step('forge test (examples/forge-consumer)', [
    ...forge,
    'test',
    '--root',
    'examples/forge-consumer',
  ])
  count(parseForgeSummary(consumer.stdout), consumer.status)
  // Gas tests run isolated (the `gas` profile) and fail on any change against the committed snapshots.
  const gas = await step(
    'gas tests + snapshot check',
    [...forge, 'snapshot', '--match-path', 'test/gas/*', '--check'],
    {
      FOUNDRY_PROFILE: 'gas',
    },
  )
  count(parseForgeSummary(gas.stdout), gas.status)
  // The passkey gas test once more on Osaka, where the P-256 precompile exists (its own build and snapshot).
  const gasOsaka = await step('gas tests with the P-256 precompile + snapshot check', [...forge, 'test'], {
    FOUNDRY_PROFILE: 'gas-osaka',
  })
  count(parseForgeSummary(gasOsaka.stdout), gasOsaka.status)
  // A failing check that is not a test runner (format, bindings, lint, types) counts as one failed test.
  for (const [name, command] of /** @type {[string, string[]][]} */ ([
    ['bindings', ['node', 'tools/bindings-check.mjs']],
    ['README gas table', ['node', 'tools/gas-table.mjs', '--check']],
    ['biome', [bin('biome'), 'check']],
    ['typecheck', [bin('tsc'), '--noEmit', '-p', '.']],
    ['typecheck (examples/web-dapp)', [bin('tsc'), '--noEmit', '-p', 'examples/web-dapp']],
  ])) {
    count(undefined, (await step(name, command)).status)
  }

  const reportDir = mkdtempSync(join(tmpdir(), 'vitest-report-'))
  const reportFile = join(reportDir, 'report.json')
  try {
    const vitest = await step('vitest', [
      bin('vitest'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reportFile}`,
    ])
    count(parseVitestReport(reportFile), vitest.status)
  } finally {
    rmSync(reportDir, { recursive: true, force: true })
  }

  // The passkey dapp in Debian's Chromium with a virtual authenticator (examples/web-dapp/test/browser.ts).
  const browserTest = await step('browser test (examples/web-dapp)', [
    'pnpm',
    '--silent',
    '--filter',
    '@smart-sessions/example-web-dapp',
    'test:browser',
  ])
  count(parseForgeSummary(browserTest.stdout), browserTest.status)

  // An outside Node.js app installs the packed @smart-sessions/client and bindings with npm (not the workspace
  // links), type-checks against their published types and grants and uses a session on its own anvil: one test.
  const nodeConsumer = await step('examples/node-consumer (packed tarballs)', [
    bin('tsx'),
    '--conditions',
    'source',
    'examples/node-consumer/run.ts',
  ])
  count({ passed: nodeConsumer.status === 0 ? 1 : 0, failed: nodeConsumer.status === 0 ? 0 : 1 }, nodeConsumer.status)

  if (failedSteps.length > 0) console.log(`\nfailed steps: ${failedSteps.join(', ')}`)
  console.log(`${counts.passed} passed, ${counts.failed} failed`)
  return failedSteps.length === 0 && counts.failed === 0 ? 0 : 1
}

process.exitCode = await main()
