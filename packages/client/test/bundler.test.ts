// Session user operations through a real bundler: @pimlico/alto on anvil (EntryPoint v0.8 at its canonical
// address), eth_sendUserOperation + receipt, and a refused op whose bundler error the client reads.
import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import { type Address, encodeFunctionData, type Hex, http } from 'viem'
import { type BundlerClient, createBundlerClient, entryPoint08Address } from 'viem/account-abstraction'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { repoRoot } from '../../../tools/foundry-bin.mjs'
import { requireAddress } from '../src/encoding.js'
import {
  encodeInstallCall,
  PolicyRefusedError,
  SessionOperationError,
  sendSessionUserOperation,
  toPermissionId,
  toSession,
} from '../src/index.js'
import { anvilKeys, freePort } from '../src/testing/index.js'
import { mockErc20Abi, setupFixture } from './utils/fixture.js'

let f: Awaited<ReturnType<typeof setupFixture>>
let alto: ChildProcess | undefined
let bundlerClient: BundlerClient
let permissionId: Hex
let smartSession: Address
const recipient: Address = '0x000000000000000000000000000000000000a170'
const USDC = 10n ** 6n

async function startAlto(): Promise<string> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(
    process.execPath,
    [
      join(repoRoot, 'node_modules/@pimlico/alto/esm/cli/alto.js'),
      ...['--rpc-url', inject('rpcUrl'), '--entrypoints', entryPoint08Address],
      ...['--executor-private-keys', anvilKeys[7], '--utility-private-key', anvilKeys[8]],
      ...['--safe-mode', 'false', '--port', String(port), '--deploy-simulations-contract', 'true'],
      ...['--log-level', 'warn'],
    ],
    { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  alto = child
  const stderr: string[] = []
  child.stderr?.on('data', (chunk) => stderr.push(String(chunk)))
  const deadline = Date.now() + 20_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`alto exited: ${stderr.join('')}`)
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_supportedEntryPoints', params: [] }),
      })
      if (response.ok) return url
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`alto did not start: ${stderr.join('')}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

const transfer = (amount: bigint) => ({
  to: f.token,
  data: encodeFunctionData({ abi: mockErc20Abi, functionName: 'transfer', args: [recipient, amount] }),
})

beforeAll(async () => {
  f = await setupFixture(2)
  smartSession = requireAddress(f.deployment, 'SmartSession')
  const session = toSession(
    {
      owners: { type: 'ecdsa', accounts: [f.sessionKey] },
      actions: [
        {
          target: f.token,
          selector: '0xa9059cbb',
          policies: [
            {
              type: 'call',
              rules: [{ condition: 'lessThanOrEqual', param: 1, value: 1_000n * USDC, limit: 1_000n * USDC }],
            },
          ],
        },
      ],
    },
    f.deployment,
  )
  permissionId = toPermissionId(session)
  await f.ownerCalls([encodeInstallCall({ account: f.account, smartSession, sessions: [session] })])
  const url = await startAlto()
  bundlerClient = createBundlerClient({
    client: f.publicClient,
    transport: http(url),
    pollingInterval: 500,
    userOperation: {
      async estimateFeesPerGas() {
        const prices = (await bundlerClient.request({
          method: 'pimlico_getUserOperationGasPrice' as never,
          params: [] as never,
        })) as { fast: { maxFeePerGas: Hex; maxPriorityFeePerGas: Hex } }
        return {
          maxFeePerGas: BigInt(prices.fast.maxFeePerGas),
          maxPriorityFeePerGas: BigInt(prices.fast.maxPriorityFeePerGas),
        }
      },
    },
  })
}, 60_000)

afterAll(async () => {
  if (alto?.pid !== undefined && alto.exitCode === null) {
    const exited = new Promise((resolve) => alto?.once('exit', resolve))
    process.kill(alto.pid, 'SIGTERM')
    await exited
  }
})

describe('through the alto bundler', () => {
  it('eth_sendUserOperation of a session op, then its receipt', async () => {
    const account = await f.sessionAccount(f.account, permissionId)
    const { userOpHash, receipt } = await sendSessionUserOperation(bundlerClient, {
      account,
      calls: [transfer(600n * USDC)],
      book: f.book,
    })
    expect(receipt.userOpHash).toBe(userOpHash)
    expect(receipt.success).toBe(true)
    const balance = await f.publicClient.readContract({
      address: f.token,
      abi: mockErc20Abi,
      functionName: 'balanceOf',
      args: [recipient],
    })
    expect(balance).toBe(600n * USDC)
  }, 60_000)

  it('a refused op: the bundler error becomes a readable reason naming the policy', async () => {
    const account = await f.sessionAccount(f.account, permissionId)
    const error = await sendSessionUserOperation(bundlerClient, {
      account,
      calls: [transfer(500n * USDC)],
      book: f.book,
      // The bundler's own refusal is under test here (checkSessionCalls would refuse before sending).
      check: false,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SessionOperationError)
    const refusal = error as SessionOperationError
    expect(refusal.policy).toBe('CallPolicy')
    expect(refusal.reason.name).toBe('ParamLimitExceeded')
    expect(refusal.reason.args).toEqual([0n, 500n * USDC, 400n * USDC])
    // In words, as checkSessionCalls would have said it.
    expect(refusal).toBeInstanceOf(PolicyRefusedError)
    expect(refusal.message).toContain('CallPolicy: rule 0: 500,000,000 asked, 400,000,000 left')
  }, 60_000)
})
