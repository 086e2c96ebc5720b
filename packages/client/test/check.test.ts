// Explain before send: checkSessionCalls simulates SmartSession's validation as the account (no key, nothing
// sent) and names the refusing policy with the numbers; the sending functions run it first and throw the typed
// error; getSessionState reads what is left; ENABLE in fewer steps (signSessionEnable, derived permission id).
import { defaultDeployment } from '@smart-sessions/bindings'
import { type Address, encodeFunctionData, encodePacked, erc20Abi, type Hex } from 'viem'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  type AccountKind,
  checkSessionCalls,
  encodeInstallCall,
  encodeRemoveSessionCall,
  getSessionState,
  PolicyRefusedError,
  type Session,
  SessionExpiredError,
  SessionNotYetValidError,
  SessionRevokedError,
  sendUserOperationDirect,
  signSessionEnable,
  smartSessionActions,
  toPermissionId,
  toSession,
  toSessionAccount,
} from '../src/index.js'
import { mockErc20Abi, setupFixture } from './utils/fixture.js'

const USDC = 10n ** 6n
const DAY = 86_400n
const smartSession = defaultDeployment.SmartSession
let f: Awaited<ReturnType<typeof setupFixture>>
let now: bigint

beforeAll(async () => {
  f = await setupFixture('fresh')
  now = (await f.publicClient.getBlock()).timestamp
})

const transfer = (token: Address, amount: bigint) => ({
  to: token,
  data: encodeFunctionData({ abi: mockErc20Abi, functionName: 'transfer', args: [f.owner.address, amount] }),
})

/** A fresh account of the fixture with `session` installed. */
async function grant(session: Session, fixture = f): Promise<Address> {
  const account = await fixture.newAccount()
  const implementation = fixture.testAccount.implementation
  await fixture.ownerCalls([encodeInstallCall({ account, smartSession, sessions: [session], implementation })], account)
  return account
}

describe('checkSessionCalls', () => {
  it('names SpendingLimitPolicy with the amounts in words; sending throws PolicyRefusedError, nothing sent', async () => {
    const validUntil = now + DAY
    const session = toSession({
      owners: { type: 'ecdsa', accounts: [f.sessionKey] },
      actions: [
        {
          target: f.token,
          selector: '0xa9059cbb',
          policies: [
            { type: 'spending-limits', limits: [{ token: f.token, amount: 1_000n * USDC }] },
            { type: 'time-frame', validUntil },
          ],
        },
      ],
    })
    const permissionId = toPermissionId(session)
    const account = await grant(session)
    const sessionAccount = await f.sessionAccount(account, permissionId)
    await sendUserOperationDirect(f.walletClient, { account: sessionAccount, calls: [transfer(f.token, 650n * USDC)] })

    const ok = await checkSessionCalls(f.publicClient, {
      account,
      permissionId,
      calls: [transfer(f.token, 350n * USDC)],
    })
    expect(ok).toEqual({ ok: true, validAfter: 0n, validUntil })
    const refused = await checkSessionCalls(f.publicClient, {
      account,
      permissionId,
      calls: [transfer(f.token, 1_200n * USDC)],
    })
    expect(refused).toMatchObject({
      ok: false,
      policy: 'SpendingLimitPolicy',
      reason: 'SpendingLimitPolicy: 1,200 USDC asked, 350 USDC left',
    })
    const nonce = await sessionAccount.getNonce()
    const attempt = sendUserOperationDirect(f.walletClient, {
      account: sessionAccount,
      calls: [transfer(f.token, 1_200n * USDC)],
    })
    await expect(attempt).rejects.toBeInstanceOf(PolicyRefusedError)
    await expect(attempt).rejects.toThrow('SpendingLimitPolicy: 1,200 USDC asked, 350 USDC left')
    expect(await sessionAccount.getNonce()).toBe(nonce)

    // What is left, per policy.
    const state = await getSessionState(f.publicClient, { account, permissionId, session })
    expect(state.enabled).toBe(true)
    expect(state.validator?.owners).toEqual([f.sessionKey.address])
    const [action] = state.actions
    expect(action).toMatchObject({ target: f.token, selector: '0xa9059cbb' })
    expect(action?.policies.map((policy) => policy.name)).toEqual(['SpendingLimitPolicy', 'TimeFramePolicy'])
    expect(action?.policies[0]?.state).toEqual({
      tokens: [{ token: f.token, limit: 1_000n * USDC, used: 650n * USDC, left: 350n * USDC }],
    })
    expect(action?.policies[1]?.state).toEqual({ validAfter: 0n, validUntil })
  })

  it('a session not valid yet: SessionNotYetValidError with the time, naming TimeFramePolicy', async () => {
    const validAfter = now + DAY
    const session = toSession({
      owners: { type: 'ecdsa', accounts: [f.sessionKey] },
      policies: [{ type: 'time-frame', validAfter, validUntil: validAfter + DAY }],
    })
    const account = await grant(session)
    const check = await checkSessionCalls(f.publicClient, {
      account,
      permissionId: toPermissionId(session),
      calls: [transfer(f.token, 1n)],
    })
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.error).toBeInstanceOf(SessionNotYetValidError)
    expect((check.error as SessionNotYetValidError).validAfter).toBe(validAfter)
    expect(check.policy).toBe('TimeFramePolicy')
  })

  it('an expired session: SessionExpiredError naming TimeFramePolicy', async () => {
    const validUntil = now - 10n
    const session = toSession({
      owners: { type: 'ecdsa', accounts: [f.sessionKey] },
      // Encoded raw: the client refuses to build a session that has already expired.
      policies: [
        {
          type: 'raw',
          address: defaultDeployment.TimeFramePolicy,
          initData: encodePacked(['uint48', 'uint48'], [Number(validUntil), 0]),
        },
      ],
    })
    const account = await grant(session)
    const check = await checkSessionCalls(f.publicClient, {
      account,
      permissionId: toPermissionId(session),
      calls: [transfer(f.token, 1n)],
    })
    expect(check).toMatchObject({ ok: false, policy: 'TimeFramePolicy' })
    if (check.ok) return
    expect(check.error).toBeInstanceOf(SessionExpiredError)
    expect((check.error as SessionExpiredError).validUntil).toBe(validUntil)
  })

  it('a periodic allowance: "the allowance covers it from <time>"', async () => {
    const start = now - 60n
    const session = toSession({
      owners: { type: 'ecdsa', accounts: [f.sessionKey] },
      actions: [
        {
          target: f.token,
          abi: erc20Abi,
          functionName: 'transfer',
          policies: [
            {
              type: 'spending-limits',
              limits: [{ token: f.token, amount: 100n * USDC }],
              period: { seconds: DAY, start, carryOver: true },
            },
          ],
        },
      ],
    })
    const account = await grant(session)
    const check = await checkSessionCalls(f.publicClient, {
      account,
      permissionId: toPermissionId(session),
      calls: [transfer(f.token, 150n * USDC)],
    })
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.error).toBeInstanceOf(SessionNotYetValidError)
    expect(check.policy).toBe('PeriodicSpendingLimitPolicy')
    const day2 = new Date(Number(start + DAY) * 1000).toISOString().slice(0, 16).replace('T', ' ')
    expect(check.reason).toBe(`PeriodicSpendingLimitPolicy: the allowance covers it from ${day2} UTC`)
  })

  it('CallPolicy rules by ABI: the refused argument in words', async () => {
    const session = toSession({
      owners: { type: 'ecdsa', accounts: [f.sessionKey] },
      actions: [
        {
          target: f.token,
          abi: erc20Abi,
          functionName: 'transfer',
          args: [undefined, { condition: 'lessThanOrEqual', value: 500n * USDC }],
        },
      ],
    })
    const account = await grant(session)
    const check = await checkSessionCalls(f.publicClient, {
      account,
      permissionId: toPermissionId(session),
      calls: [transfer(f.token, 600n * USDC)],
    })
    expect(check).toMatchObject({
      ok: false,
      policy: 'CallPolicy',
      reason: 'CallPolicy: rule 0 (lessThanOrEqual 500000000) refuses the argument 600000000',
    })
  })
})

describe('ENABLE in fewer steps', () => {
  it('signSessionEnable + toSessionAccount({ enable }) (id derived); once removed, the check says revoked', async () => {
    const account = await f.newAccount()
    await f.ownerCalls([encodeInstallCall({ account, smartSession })], account)
    const session = toSession({ owners: { type: 'ecdsa', accounts: [f.sessionKey] } })
    const enableSession = await signSessionEnable(f.publicClient, {
      account,
      session,
      owner: f.owner,
      validator: f.ownerValidator,
    })
    const sessionAccount = await toSessionAccount({
      client: f.publicClient,
      address: account,
      smartSession,
      signers: [f.sessionKey],
      enable: { enableSession },
    })
    const calls = [transfer(f.token, 1n)]
    expect(await checkSessionCalls(f.publicClient, { account, calls, enable: { enableSession } })).toMatchObject({
      ok: true,
    })
    await sendUserOperationDirect(f.walletClient, { account: sessionAccount, calls })
    const permissionId = toPermissionId(session)
    await f.ownerCalls([encodeRemoveSessionCall({ smartSession, permissionId })], account)
    const check = await checkSessionCalls(f.publicClient, { account, calls, enable: { enableSession } })
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.error).toBeInstanceOf(SessionRevokedError)
    expect(check.reason).toContain('the enable signature was used or revoked')
    await expect(sendUserOperationDirect(f.walletClient, { account: sessionAccount, calls })).rejects.toBeInstanceOf(
      SessionRevokedError,
    )
    // The bound form: the same reads without passing the client or SmartSession.
    const bound = f.publicClient.extend(smartSessionActions())
    expect(await bound.isSessionEnabled({ account, permissionId })).toBe(false)
    expect((await bound.getSessionState({ account, permissionId })).nonce).toBe(1n)
    expect(await bound.getSessionPermissions({ account, permissionId })).toMatchObject({
      enabled: false,
      permissions: [],
    })
  })
})

describe('checkSessionCalls on every account kind (it talks to SmartSession directly)', () => {
  for (const kind of ['safe7579', 'kernel', 'nexus'] as AccountKind[]) {
    it(`${kind}: names the refusing policy`, async () => {
      const fixture = await setupFixture('fresh', { account: kind })
      const session = toSession({
        owners: { type: 'ecdsa', accounts: [fixture.sessionKey] },
        actions: [
          {
            target: fixture.token,
            selector: '0xa9059cbb',
            policies: [{ type: 'spending-limits', limits: [{ token: fixture.token, amount: 10n * USDC }] }],
          },
        ],
      })
      const account = await grant(session, fixture)
      const check = await checkSessionCalls(fixture.publicClient, {
        account,
        permissionId: toPermissionId(session),
        calls: [transfer(fixture.token, 20n * USDC) as { to: Address; data: Hex }],
      })
      expect(check).toMatchObject({
        ok: false,
        policy: 'SpendingLimitPolicy',
        reason: 'SpendingLimitPolicy: 20 USDC asked, 10 USDC left',
      })
    }, 120_000)
  }
})
