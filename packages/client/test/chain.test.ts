// The client against our contracts on anvil: every user op goes through the real EntryPoint v0.8
// (handleOps) on an OpenZeppelin ERC-7579 account; ids computed in TS equal the contract's.
import { feeLimitPolicyAbi, smartSessionAbi } from '@smart-sessions/bindings'
import { type Address, encodeFunctionData, formatEther, getAddress, type Hex, parseEther, toHex } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { beforeAll, describe, expect, it } from 'vitest'
import { requireAddress, toActionId, toConfigId, USER_OP_SCOPE } from '../src/encoding.js'
import {
  encodeEnableSessionsCall,
  encodeInstallCall,
  encodeRemoveSessionCall,
  encodeUninstallCall,
  getPermissionIds,
  getSessionNonce,
  isSessionEnabled,
  PolicyRefusedError,
  type Session,
  SessionOperationError,
  SessionRevokedError,
  sendUserOperationDirect,
  toPermissionId,
  toSession,
  toSessionAccount,
} from '../src/index.js'
import { mockErc20Abi, setupFixture } from './utils/fixture.js'

let f: Awaited<ReturnType<typeof setupFixture>>
let smartSession: Address
const recipient: Address = '0x000000000000000000000000000000000000b0b0'
const transferSelector: Hex = '0xa9059cbb'

const transferCall = (token: Address, amount: bigint) => ({
  to: token,
  data: encodeFunctionData({ abi: mockErc20Abi, functionName: 'transfer', args: [recipient, amount] }),
})

const balance = (token: Address, who: Address) =>
  f.publicClient.readContract({ address: token, abi: mockErc20Abi, functionName: 'balanceOf', args: [who] })

beforeAll(async () => {
  f = await setupFixture(1)
  smartSession = requireAddress(f.deployment, 'SmartSession')
})

describe('ids equal the contract', () => {
  it('toPermissionId equals SmartSession.toPermissionId for ECDSA sessions with salts', async () => {
    for (const salt of [toHex(0n, { size: 32 }), toHex(123n, { size: 32 })]) {
      const session = toSession({ owners: { type: 'ecdsa', accounts: [f.sessionKey] }, salt }, f.deployment)
      const onchain = await f.publicClient.readContract({
        address: smartSession,
        abi: smartSessionAbi,
        functionName: 'getPermissionId',
        args: [session],
      })
      expect(toPermissionId(session)).toBe(onchain)
    }
  })
})

describe('install with a session, use it, remove it, uninstall', () => {
  let session: Session
  let permissionId: Hex
  let account: Address

  beforeAll(async () => {
    account = await f.newAccount()
    session = toSession(
      {
        owners: { type: 'ecdsa', accounts: [f.sessionKey] },
        actions: [{ target: f.token, selector: transferSelector }],
      },
      f.deployment,
    )
    permissionId = toPermissionId(session)
    await f.ownerCalls([encodeInstallCall({ account, smartSession, sessions: [session] })], account)
  })

  it('the installed session is enabled and listed, its action id is the TS one, nonce readable', async () => {
    expect(await isSessionEnabled(f.publicClient, { smartSession, account, permissionId })).toBe(true)
    expect(await getPermissionIds(f.publicClient, { smartSession, account })).toEqual([permissionId])
    const actions = await f.publicClient.readContract({
      address: smartSession,
      abi: smartSessionAbi,
      functionName: 'getEnabledActions',
      args: [account, permissionId],
    })
    expect(actions).toEqual([toActionId(f.token, transferSelector)])
    expect(typeof (await getSessionNonce(f.publicClient, { smartSession, account, permissionId }))).toBe('bigint')
  })

  it('the session key sends a transfer (USE mode) without the owner', async () => {
    const before = await balance(f.token, recipient)
    const sessionAccount = await f.sessionAccount(account, permissionId)
    const result = await sendUserOperationDirect(f.walletClient, {
      account: sessionAccount,
      calls: [transferCall(f.token, 5n)],
    })
    expect(result.success).toBe(true)
    expect(result.actualGasUsed).toBeGreaterThan(0n)
    expect(await balance(f.token, recipient)).toBe(before + 5n)
  })

  it('a call outside the session is refused with ActionNotPermitted, decoded', async () => {
    const sessionAccount = await f.sessionAccount(account, permissionId)
    const approve = {
      to: f.token,
      data: encodeFunctionData({ abi: mockErc20Abi, functionName: 'approve', args: [recipient, 1n] }),
    }
    // The EntryPoint's refusal is under test (checkSessionCalls would refuse before sending).
    const error = await sendUserOperationDirect(f.walletClient, {
      account: sessionAccount,
      calls: [approve],
      check: false,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SessionOperationError)
    const refusal = error as SessionOperationError
    expect(refusal.reason.name).toBe('ActionNotPermitted')
    expect(refusal.reason.args).toEqual([permissionId, getAddress(f.token), '0x095ea7b3'])
    expect(refusal.message).toContain('AA23 reverted')
  })

  it('a wrong session key is refused by the EntryPoint (AA24 signature error)', async () => {
    const sessionAccount = await toSessionAccount({
      client: f.publicClient,
      address: account,
      smartSession,
      permissionId,
      signers: [privateKeyToAccount(generatePrivateKey())],
    })
    const error = await sendUserOperationDirect(f.walletClient, {
      account: sessionAccount,
      calls: [transferCall(f.token, 1n)],
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SessionOperationError)
    expect((error as SessionOperationError).reason).toMatchObject({
      name: 'FailedOp',
      args: [0n, 'AA24 signature error'],
    })
  })

  it('enableSessions adds a second session; removeSession stops the first; uninstall clears all', async () => {
    const second = toSession(
      { owners: { type: 'ecdsa', accounts: [f.sessionKey] }, salt: toHex(2n, { size: 32 }) },
      f.deployment,
    )
    const secondId = toPermissionId(second)
    await f.ownerCalls([encodeEnableSessionsCall({ smartSession, sessions: [second] })], account)
    expect(await isSessionEnabled(f.publicClient, { smartSession, account, permissionId: secondId })).toBe(true)

    await f.ownerCalls([encodeRemoveSessionCall({ smartSession, permissionId })], account)
    expect(await isSessionEnabled(f.publicClient, { smartSession, account, permissionId })).toBe(false)
    const sessionAccount = await f.sessionAccount(account, permissionId)
    const error = await sendUserOperationDirect(f.walletClient, {
      account: sessionAccount,
      calls: [transferCall(f.token, 1n)],
      check: false,
    }).catch((e: unknown) => e)
    expect((error as SessionOperationError).reason).toMatchObject({ name: 'SessionNotEnabled', args: [permissionId] })
    // Checked before sending, the same refusal is typed: the session was removed.
    const checked = await sendUserOperationDirect(f.walletClient, {
      account: sessionAccount,
      calls: [transferCall(f.token, 1n)],
    }).catch((e: unknown) => e)
    expect(checked).toBeInstanceOf(SessionRevokedError)
    expect((checked as SessionRevokedError).permissionId).toBe(permissionId)

    await f.ownerCalls([encodeUninstallCall({ account, smartSession })], account)
    expect(await getPermissionIds(f.publicClient, { smartSession, account })).toEqual([])
    expect(await isSessionEnabled(f.publicClient, { smartSession, account, permissionId: secondId })).toBe(false)
  })
})

describe('the fallback session (no actions → any call, sudo)', () => {
  it('sends a batch of two transfers to the token through the fallback action', async () => {
    const account = await f.newAccount()
    const session = toSession({ owners: { type: 'ecdsa', accounts: [f.sessionKey] } }, f.deployment)
    await f.ownerCalls([encodeInstallCall({ account, smartSession, sessions: [session] })], account)
    const sessionAccount = await f.sessionAccount(account, toPermissionId(session))
    const before = await balance(f.token, recipient)
    const result = await sendUserOperationDirect(f.walletClient, {
      account: sessionAccount,
      calls: [transferCall(f.token, 2n), transferCall(f.token, 3n)],
    })
    expect(result.success).toBe(true)
    expect(await balance(f.token, recipient)).toBe(before + 5n)
  })
})

describe('the fee budget (FeeLimitPolicy, added by toSession)', () => {
  /** A fresh account with one transfer session under `fees`, and that session's key-side account. */
  async function sessionWithFees(fees: Parameters<typeof toSession>[0]['fees']) {
    const account = await f.newAccount()
    const session = toSession(
      {
        owners: { type: 'ecdsa', accounts: [f.sessionKey] },
        actions: [{ target: f.token, selector: transferSelector }],
        fees,
      },
      f.deployment,
    )
    await f.ownerCalls([encodeInstallCall({ account, smartSession, sessions: [session] })], account)
    const permissionId = toPermissionId(session)
    const sessionAccount = await f.sessionAccount(account, permissionId)
    return { account, permissionId, sessionAccount }
  }

  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => expect.unreachable('the op went through'),
      (e: unknown) => {
        expect(e).toBeInstanceOf(SessionOperationError)
        return e as SessionOperationError
      },
    )

  it('an op within the budget passes and is counted; an op whose gas could cost more than perOp is refused', async () => {
    const perOp = parseEther('0.05')
    const { account, permissionId, sessionAccount } = await sessionWithFees({ perOp, total: parseEther('0.2') })
    const feeLimit = requireAddress(f.deployment, 'FeeLimitPolicy')
    const budget = () =>
      f.publicClient.readContract({
        address: feeLimit,
        abi: feeLimitPolicyAbi,
        functionName: 'getFeeLimit',
        args: [smartSession, toConfigId(account, permissionId, USER_OP_SCOPE), account],
      })
    const passed = await sendUserOperationDirect(f.walletClient, {
      account: sessionAccount,
      calls: [transferCall(f.token, 1n)],
    })
    expect(passed.success).toBe(true)
    const [maxCostPerOp, totalLimit, spent] = await budget()
    expect([maxCostPerOp, totalLimit]).toEqual([perOp, parseEther('0.2')])
    expect(spent).toBeGreaterThan(0n)

    // A preVerificationGas of 10^9 makes the op's prefund (what the bundler could take) at least 1 ETH.
    const funds = await f.publicClient.getBalance({ address: account })
    const error = await refusal(
      sendUserOperationDirect(f.walletClient, {
        account: sessionAccount,
        calls: [transferCall(f.token, 1n)],
        gas: { preVerificationGas: 10n ** 9n },
        book: f.book,
      }),
    )
    expect(error.policy).toBe('FeeLimitPolicy')
    expect(error.reason.name).toBe('FeePerOpExceeded')
    const [cost, limit] = error.reason.args as [bigint, bigint]
    expect(cost).toBeGreaterThanOrEqual(parseEther('1'))
    expect(limit).toBe(perOp)
    // Checked with the op's own gas and fees before signing: refused in words, nothing sent.
    expect(error).toBeInstanceOf(PolicyRefusedError)
    expect(error.message).toContain(
      `FeeLimitPolicy: the operation may cost up to ${formatEther(cost)} ETH in fees, at most 0.05 ETH per operation`,
    )
    expect(await f.publicClient.getBalance({ address: account })).toBe(funds)
    expect((await budget())[2]).toBe(spent)
  })

  it("fees: 'sponsored' refuses every op the account itself would pay", async () => {
    const { sessionAccount } = await sessionWithFees('sponsored')
    const error = await refusal(
      sendUserOperationDirect(f.walletClient, {
        account: sessionAccount,
        calls: [transferCall(f.token, 1n)],
        book: f.book,
      }),
    )
    expect(error.policy).toBe('FeeLimitPolicy')
    expect(error.reason.name).toBe('FeePerOpExceeded')
    expect((error.reason.args as [bigint, bigint])[1]).toBe(0n)
    expect(error.message).toContain('in fees, at most 0 ETH per operation')
  })
})
