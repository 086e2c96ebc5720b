// Periodic allowances through the client on anvil: a session with `spending-limits` + `period` is installed,
// its user ops go through the real EntryPoint v0.8 (handleOps) on an OpenZeppelin ERC-7579 account. A spend
// the current period does not cover is held by the EntryPoint ("AA22 expired or not due"), counts nothing,
// and the client reports it readably. Also: the client's scope table equals the policies' ERC-165 answers.
import {
  fixedWindowSpendingLimitPolicyAbi,
  periodicSpendingLimitPolicyAbi,
  rateLimitPolicyAbi,
  streamingSpendingLimitPolicyAbi,
  sudoPolicyAbi,
} from '@smart-sessions/bindings'
import { type Address, encodeFunctionData, type Hex, toFunctionSelector } from 'viem'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  type PolicyContractName,
  policyContractScopes,
  requireAddress,
  toActionId,
  toConfigId,
  USER_OP_SCOPE,
} from '../src/encoding.js'
import {
  encodeInstallCall,
  SessionOperationError,
  sendUserOperationDirect,
  toPeriodClaimPolicies,
  toPermissionId,
  toSession,
} from '../src/index.js'
import { mockErc20Abi, setupFixture } from './utils/fixture.js'

let f: Awaited<ReturnType<typeof setupFixture>>
let smartSession: Address
const recipient: Address = '0x000000000000000000000000000000000000c0c0'
const transferSelector: Hex = '0xa9059cbb'
const DAY = 86400n
const USDC = 10n ** 6n

const transferCall = (token: Address, amount: bigint) => ({
  to: token,
  data: encodeFunctionData({ abi: mockErc20Abi, functionName: 'transfer', args: [recipient, amount] }),
})

const balance = (token: Address, who: Address) =>
  f.publicClient.readContract({ address: token, abi: mockErc20Abi, functionName: 'balanceOf', args: [who] })

/**
 * Until the chain's latest block is later than `time`: the EntryPoint's validAfter is exclusive
 * (`block.timestamp <= validAfter` is "not due") and anvil gives blocks of the same second the same timestamp,
 * so the first period's allowance becomes usable one second after `start`. Mines with a zero-value transfer.
 */
async function waitForChainTimeAfter(time: bigint): Promise<void> {
  for (;;) {
    const { timestamp } = await f.publicClient.getBlock()
    if (timestamp > time) return
    await new Promise((resolve) => setTimeout(resolve, 250))
    const hash = await f.walletClient.sendTransaction({ to: f.walletClient.account.address, value: 0n })
    await f.publicClient.waitForTransactionReceipt({ hash })
  }
}

beforeAll(async () => {
  f = await setupFixture(5)
  smartSession = requireAddress(f.deployment, 'SmartSession')
})

describe('the client scope table equals each policy contract’s ERC-165 answers', () => {
  const interfaceIds = {
    userOp: toFunctionSelector(sudoPolicyAbi.find((item) => item.name === 'checkUserOpPolicy') as never),
    action: toFunctionSelector(sudoPolicyAbi.find((item) => item.name === 'checkAction') as never),
    erc1271: toFunctionSelector(sudoPolicyAbi.find((item) => item.name === 'check1271SignedAction') as never),
  } as const
  it('for every policy contract the client builds configs for, periodic ones included', async () => {
    for (const [name, scopes] of Object.entries(policyContractScopes)) {
      const address = requireAddress(f.deployment, name as PolicyContractName)
      for (const [scope, interfaceId] of Object.entries(interfaceIds)) {
        const supported = await f.publicClient.readContract({
          address,
          abi: sudoPolicyAbi,
          functionName: 'supportsInterface',
          args: [interfaceId],
        })
        expect(supported, `${name} ${scope}`).toBe(scopes[scope as keyof typeof scopes])
      }
    }
  })
})

describe('spending-limits with a period and carryOver (accrual): 1,000 USDC per day', () => {
  let account: Address
  let permissionId: Hex
  let configId: Hex
  let start: bigint
  let periodic: Address

  const allowance = () =>
    f.publicClient.readContract({
      address: periodic,
      abi: periodicSpendingLimitPolicyAbi,
      functionName: 'getAllowance',
      args: [smartSession, configId, account, f.token],
    })

  const send = async (amount: bigint) =>
    sendUserOperationDirect(f.walletClient, {
      account: await f.sessionAccount(account, permissionId),
      calls: [transferCall(f.token, amount)],
      // The EntryPoint's answer is under test (checkSessionCalls, tested below, refuses before sending).
      check: false,
    })

  beforeAll(async () => {
    account = await f.newAccount()
    periodic = requireAddress(f.deployment, 'PeriodicSpendingLimitPolicy')
    const before = BigInt(Math.floor(Date.now() / 1000))
    // No start given: the client fills in the grant time (now, less DEFAULT_START_SLACK).
    const session = toSession(
      {
        owners: { type: 'ecdsa', accounts: [f.sessionKey] },
        actions: [
          {
            target: f.token,
            selector: transferSelector,
            policies: [
              {
                type: 'spending-limits',
                limits: [{ token: f.token, amount: 1000n * USDC }],
                period: { seconds: 86400n, carryOver: true },
              },
            ],
          },
        ],
      },
      f.deployment,
    )
    expect(session.actions[0]?.actionPolicies[0]?.policy).toBe(periodic)
    permissionId = toPermissionId(session)
    configId = toConfigId(account, permissionId, toActionId(f.token, transferSelector))
    await f.ownerCalls([encodeInstallCall({ account, smartSession, sessions: [session] })], account)
    const [limit, period, installedStart, spent] = await allowance()
    start = installedStart
    expect([limit, period, spent]).toEqual([1000n * USDC, DAY, 0n])
    expect(start).toBeGreaterThanOrEqual(before - 60n)
    expect(start).toBeLessThanOrEqual(BigInt(Math.floor(Date.now() / 1000)) - 60n)
    await waitForChainTimeAfter(start)
  })

  it('a transfer within today’s allowance passes and is counted', async () => {
    const before = await balance(f.token, recipient)
    const result = await send(600n * USDC)
    expect(result.success).toBe(true)
    expect(await balance(f.token, recipient)).toBe(before + 600n * USDC)
    expect((await allowance())[3]).toBe(600n * USDC)
  })

  it('a transfer past today’s allowance is not due until tomorrow: AA22, readable, nothing moves or counts', async () => {
    const before = await balance(f.token, recipient)
    // 600 spent + 600 needs the second day's allowance: valid only after start + 1 day.
    const due = await f.publicClient.readContract({
      address: periodic,
      abi: periodicSpendingLimitPolicyAbi,
      functionName: 'validAfterOf',
      args: [smartSession, configId, account, f.token, 600n * USDC],
    })
    expect(due).toBe(start + DAY)
    const error = await send(600n * USDC).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SessionOperationError)
    const refusal = error as SessionOperationError
    expect(refusal.reason).toMatchObject({ name: 'FailedOp', args: [0n, 'AA22 expired or not due'] })
    expect(refusal.message).toContain('EntryPoint refused the user operation: AA22 expired or not due')
    expect(await balance(f.token, recipient)).toBe(before)
    expect((await allowance())[3]).toBe(600n * USDC)
  })

  it('the rest of today’s allowance (exactly 400) still passes after the refusal', async () => {
    const before = await balance(f.token, recipient)
    const result = await send(400n * USDC)
    expect(result.success).toBe(true)
    expect(await balance(f.token, recipient)).toBe(before + 400n * USDC)
    expect((await allowance())[3]).toBe(1000n * USDC)
    const error = await send(1n).catch((e: unknown) => e)
    expect((error as SessionOperationError).reason).toMatchObject({
      name: 'FailedOp',
      args: [0n, 'AA22 expired or not due'],
    })
  })
})

describe('fixed windows (the default period): 100 USDC per day, at most 2 operations per hour', () => {
  let account: Address
  let permissionId: Hex
  let session: ReturnType<typeof toSession>

  /** `claims`: named (toPeriodClaimPolicies), found by toSessionAccount from the chain, or none at all. */
  const sessionAccount = (claims: 'named' | 'found' | 'none') =>
    f.sessionAccount(account, permissionId, {
      periodClaims: claims === 'named' ? toPeriodClaimPolicies(session) : claims === 'none' ? [] : undefined,
      deployment: f.deployment,
    })
  const send = async (amount: bigint, claims: 'named' | 'found' = 'named') =>
    sendUserOperationDirect(f.walletClient, {
      account: await sessionAccount(claims),
      calls: [transferCall(f.token, amount)],
      book: f.book,
      // The EntryPoint's answer is under test (checkSessionCalls, run by default, refuses before sending).
      check: false,
    })

  beforeAll(async () => {
    account = await f.newAccount()
    session = toSession(
      {
        owners: { type: 'ecdsa', accounts: [f.sessionKey] },
        actions: [
          {
            target: f.token,
            selector: transferSelector,
            policies: [
              {
                type: 'spending-limits',
                limits: [{ token: f.token, amount: 100n * USDC }],
                period: { seconds: 86400n },
              },
            ],
          },
        ],
        policies: [{ type: 'rate-limit', uses: 2n, period: { seconds: 3600n } }],
      },
      f.deployment,
    )
    permissionId = toPermissionId(session)
    expect(toPeriodClaimPolicies(session)).toEqual([
      requireAddress(f.deployment, 'FixedWindowSpendingLimitPolicy'),
      requireAddress(f.deployment, 'RateLimitPolicy'),
    ])
    await f.ownerCalls([encodeInstallCall({ account, smartSession, sessions: [session] })], account)
  })

  it('two transfers within the day’s 100 pass, each claiming the current window', async () => {
    const before = await balance(f.token, recipient)
    expect((await send(60n * USDC)).success).toBe(true)
    const policy = requireAddress(f.deployment, 'FixedWindowSpendingLimitPolicy')
    const configId = toConfigId(account, permissionId, toActionId(f.token, transferSelector))
    const [remaining] = await f.publicClient.readContract({
      address: policy,
      abi: fixedWindowSpendingLimitPolicyAbi,
      functionName: 'availableAt',
      args: [smartSession, configId, account, f.token, (await f.publicClient.getBlock()).timestamp],
    })
    expect(remaining).toBe(40n * USDC)
    // Left out, toSessionAccount finds the claims itself (the session's claimPeriod actions onchain): the same
    // calls as with the claims named, and not the calls without any.
    const calls = [transferCall(f.token, 40n * USDC)]
    const [named, found, none] = await Promise.all(
      (['named', 'found', 'none'] as const).map(async (claims) => (await sessionAccount(claims)).encodeCalls(calls)),
    )
    expect(found).toBe(named)
    expect(found).not.toBe(none)
    expect((await send(40n * USDC, 'found')).success).toBe(true)
    expect(await balance(f.token, recipient)).toBe(before + 100n * USDC)
  })

  it('a third operation in the hour: the rate limit refuses it, readably, and nothing moves', async () => {
    const before = await balance(f.token, recipient)
    const error = await send(0n).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SessionOperationError)
    const refusal = error as SessionOperationError
    expect(refusal.policy).toBe('RateLimitPolicy')
    expect(refusal.reason.name).toBe('WindowLimitExceeded')
    expect(await balance(f.token, recipient)).toBe(before)
    const [limit, , , , used] = await f.publicClient.readContract({
      address: requireAddress(f.deployment, 'RateLimitPolicy'),
      abi: rateLimitPolicyAbi,
      functionName: 'getAllowance',
      args: [smartSession, toConfigId(account, permissionId, USER_OP_SCOPE), account],
    })
    expect([limit, used]).toEqual([2n, 2n])
  })
})

describe('token-stream: 100 USDC at once, then 1 µUSDC per second, 1,000 USDC at most', () => {
  let account: Address
  let permissionId: Hex

  const send = async (amount: bigint) =>
    sendUserOperationDirect(f.walletClient, {
      account: await f.sessionAccount(account, permissionId),
      calls: [transferCall(f.token, amount)],
      book: f.book,
      // The EntryPoint's answer is under test (checkSessionCalls, run by default, refuses before sending).
      check: false,
    })

  beforeAll(async () => {
    account = await f.newAccount()
    const session = toSession(
      {
        owners: { type: 'ecdsa', accounts: [f.sessionKey] },
        actions: [
          {
            target: f.token,
            selector: transferSelector,
            policies: [
              {
                type: 'token-stream',
                token: f.token,
                initialAmount: 100n * USDC,
                amountPerSecond: 1n,
                maxAmount: 1000n * USDC,
              },
            ],
          },
        ],
      },
      f.deployment,
    )
    expect(session.actions[0]?.actionPolicies[0]?.policy).toBe(
      requireAddress(f.deployment, 'StreamingSpendingLimitPolicy'),
    )
    permissionId = toPermissionId(session)
    await f.ownerCalls([encodeInstallCall({ account, smartSession, sessions: [session] })], account)
  })

  it('the initial amount passes at once; more than the stream released is held (AA22) and counts nothing', async () => {
    const before = await balance(f.token, recipient)
    expect((await send(100n * USDC)).success).toBe(true)
    const error = await send(1n * USDC).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SessionOperationError)
    expect((error as SessionOperationError).reason).toMatchObject({
      name: 'FailedOp',
      args: [0n, 'AA22 expired or not due'],
    })
    expect(await balance(f.token, recipient)).toBe(before + 100n * USDC)
    const configId = toConfigId(account, permissionId, toActionId(f.token, transferSelector))
    const [token, , , , , spent] = await f.publicClient.readContract({
      address: requireAddress(f.deployment, 'StreamingSpendingLimitPolicy'),
      abi: streamingSpendingLimitPolicyAbi,
      functionName: 'getStream',
      args: [smartSession, configId, account],
    })
    expect([token, spent]).toEqual([f.token, 100n * USDC])
  })
})
