// ENABLE mode and the configuration API against the contracts: the TS session digest equals
// SmartSession.toSessionDigest, an ENABLE user op (one owner signature) is accepted through the EntryPoint,
// the nonce bump of revokeEnableSignature kills an unused signature, and every policy-change call builder
// does what its name says.
import { smartSessionAbi } from '@smart-sessions/bindings'
import {
  type Address,
  encodeFunctionData,
  getAddress,
  type Hex,
  slice,
  toFunctionSelector,
  toHex,
  zeroAddress,
} from 'viem'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  encodeDisableActionCall,
  encodeDisableActionPoliciesCall,
  encodeDisableUserOpPoliciesCall,
  encodeEnableActionPoliciesCall,
  encodeEnableUserOpPoliciesCall,
  encodeSetPaymasterPermitCall,
  readSessionDigest,
  requireAddress,
  toActionId,
  toPolicyData,
  toSessionDigest,
} from '../src/encoding.js'
import {
  checkSessionCalls,
  type EnableChain,
  encodeEnableSessionsCall,
  encodeInstallCall,
  encodeRemoveSessionCall,
  encodeRevokeEnableSignatureCall,
  encodeValidatorSignature,
  getEnableChain,
  getSessionNonce,
  isSessionEnabled,
  type Session,
  SessionNotYetValidError,
  SessionOperationError,
  sendUserOperationDirect,
  toEnableSession,
  toEnableTypedData,
  toPermissionId,
  toSession,
} from '../src/index.js'
import { mockErc20Abi, setupFixture } from './utils/fixture.js'

let f: Awaited<ReturnType<typeof setupFixture>>
let smartSession: Address
const recipient: Address = '0x000000000000000000000000000000000000e4ab'
const transferSelector: Hex = '0xa9059cbb'

const transfer = (amount: bigint) => ({
  to: f.token,
  data: encodeFunctionData({ abi: mockErc20Abi, functionName: 'transfer', args: [recipient, amount] }),
})

beforeAll(async () => {
  f = await setupFixture(4)
  smartSession = requireAddress(f.deployment, 'SmartSession')
})

function transferSession(salt = 0n): Session {
  return toSession(
    {
      owners: { type: 'ecdsa', accounts: [f.sessionKey] },
      actions: [{ target: f.token, selector: transferSelector, policies: [{ type: 'usage-limit', limit: 10n }] }],
      policies: [{ type: 'time-frame', validUntil: 4_000_000_000n }],
      salt: toHex(salt, { size: 32 }),
    },
    f.deployment,
  )
}

/** A fresh account with SmartSession installed empty (ENABLE needs the module installed). */
async function accountWithModule(): Promise<Address> {
  const account = await f.newAccount()
  await f.ownerCalls([encodeInstallCall({ account, smartSession })], account)
  return account
}

async function ownerEnable(session: Session, chains: EnableChain[], chainIndex = 0) {
  const signature = await f.owner.signTypedData(toEnableTypedData(session, chains))
  return toEnableSession({
    session,
    chains,
    chainIndex,
    permissionEnableSig: encodeValidatorSignature(f.ownerValidator, signature),
  })
}

describe('the configuration calls are encoded with the generated ABI', () => {
  it('every configuration call builder calls a function of the generated SmartSession ABI', () => {
    const generated = new Set(
      smartSessionAbi.filter((item) => item.type === 'function').map((item) => toFunctionSelector(item)),
    )
    const smartSession = zeroAddress
    const permissionId = toHex(1n, { size: 32 })
    const actionId = toHex(2n, { size: 32 })
    const calls = [
      encodeEnableUserOpPoliciesCall({ smartSession, permissionId, policies: [] }),
      encodeDisableUserOpPoliciesCall({ smartSession, permissionId, policies: [] }),
      encodeEnableActionPoliciesCall({ smartSession, permissionId, actions: [] }),
      encodeDisableActionPoliciesCall({ smartSession, permissionId, actionId, policies: [] }),
      encodeDisableActionCall({ smartSession, permissionId, actionId }),
      encodeSetPaymasterPermitCall({ smartSession, permissionId, permit: true }),
      encodeRevokeEnableSignatureCall({ smartSession, permissionId }),
      encodeRemoveSessionCall({ smartSession, permissionId }),
      encodeEnableSessionsCall({ smartSession, sessions: [] }),
    ]
    for (const call of calls) expect(generated.has(slice(call.data, 0, 4)), call.data).toBe(true)
    expect(new Set(calls.map((call) => slice(call.data, 0, 4))).size).toBe(calls.length)
  })
})

describe('session digests equal the contract', () => {
  it('toSessionDigest (TS) == SmartSession.toSessionDigest for ENABLE and UNSAFE_ENABLE, fallback and actions', async () => {
    const account = await accountWithModule()
    const fallback = toSession({ owners: { type: 'ecdsa', accounts: [f.sessionKey] } }, f.deployment)
    for (const session of [transferSession(), fallback]) {
      const nonce = await getSessionNonce(f.publicClient, {
        smartSession,
        account,
        permissionId: toPermissionId(session),
      })
      for (const mode of [1, 2] as const) {
        const onchain = await readSessionDigest(f.publicClient, { smartSession, account, session, mode })
        expect(toSessionDigest(session, { account, smartSession, nonce }, mode)).toBe(onchain)
      }
    }
  })
})

describe('ENABLE mode through EntryPoint.handleOps', () => {
  it('the first op enables the session with one owner signature and transfers; the next is USE mode', async () => {
    const account = await accountWithModule()
    const session = transferSession()
    const permissionId = toPermissionId(session)
    const chain = await getEnableChain(f.publicClient, { smartSession, account, session })
    expect(chain.chainId).toBe(31337)
    const enableSession = await ownerEnable(session, [chain])
    const sessionAccount = await f.sessionAccount(account, permissionId, { enable: { enableSession } })
    expect(await isSessionEnabled(f.publicClient, { smartSession, account, permissionId })).toBe(false)
    const first = await sendUserOperationDirect(f.walletClient, { account: sessionAccount, calls: [transfer(7n)] })
    expect(first.success).toBe(true)
    expect(await isSessionEnabled(f.publicClient, { smartSession, account, permissionId })).toBe(true)
    expect(await getSessionNonce(f.publicClient, { smartSession, account, permissionId })).toBe(chain.nonce + 1n)
    const second = await sendUserOperationDirect(f.walletClient, { account: sessionAccount, calls: [transfer(8n)] })
    expect(second.success).toBe(true)
  })

  it('a multichain signature (two chains) enables on this chain from its index', async () => {
    const account = await accountWithModule()
    const session = transferSession(1n)
    const here = await getEnableChain(f.publicClient, { smartSession, account, session })
    const elsewhere: EnableChain = { chainId: 8453, account, smartSession, nonce: 5n }
    const enableSession = await ownerEnable(session, [elsewhere, here], 1)
    const sessionAccount = await f.sessionAccount(account, toPermissionId(session), { enable: { enableSession } })
    const result = await sendUserOperationDirect(f.walletClient, { account: sessionAccount, calls: [transfer(1n)] })
    expect(result.success).toBe(true)
  })

  it('revokeEnableSignature bumps the nonce: the unused signature is refused', async () => {
    const account = await accountWithModule()
    const session = transferSession(2n)
    const permissionId = toPermissionId(session)
    const chain = await getEnableChain(f.publicClient, { smartSession, account, session })
    const enableSession = await ownerEnable(session, [chain])
    await f.ownerCalls([encodeRevokeEnableSignatureCall({ smartSession, permissionId })], account)
    expect(await getSessionNonce(f.publicClient, { smartSession, account, permissionId })).toBe(chain.nonce + 1n)
    const sessionAccount = await f.sessionAccount(account, permissionId, { enable: { enableSession } })
    const error = await sendUserOperationDirect(f.walletClient, {
      account: sessionAccount,
      calls: [transfer(1n)],
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SessionOperationError)
    expect(await isSessionEnabled(f.publicClient, { smartSession, account, permissionId })).toBe(false)
  })

  it('a session not valid yet, checked in ENABLE mode: SessionNotYetValidError naming its TimeFramePolicy', async () => {
    const account = await accountWithModule()
    const { timestamp } = await f.publicClient.getBlock()
    const validAfter = timestamp + 86_400n
    const session = toSession(
      {
        owners: { type: 'ecdsa', accounts: [f.sessionKey] },
        actions: [{ target: f.token, selector: transferSelector }],
        policies: [{ type: 'time-frame', validAfter, validUntil: validAfter + 86_400n }],
      },
      f.deployment,
    )
    const chain = await getEnableChain(f.publicClient, { smartSession, account, session })
    const enableSession = await ownerEnable(session, [chain])
    const check = await checkSessionCalls(f.publicClient, {
      account,
      calls: [transfer(1n)],
      enable: { enableSession },
      deployment: f.deployment,
    })
    expect(check).toMatchObject({ ok: false, policy: 'TimeFramePolicy' })
    if (check.ok) return
    expect(check.error).toBeInstanceOf(SessionNotYetValidError)
    expect((check.error as SessionNotYetValidError).validAfter).toBe(validAfter)
    expect(check.reason).toContain('TimeFramePolicy: not valid yet')
    expect(
      await isSessionEnabled(f.publicClient, { smartSession, account, permissionId: toPermissionId(session) }),
    ).toBe(false)
  })
})

describe('policy-change call builders', () => {
  it('enable/disable user-op policies and action policies, disable an action, paymaster permit', async () => {
    const account = await f.newAccount()
    const session = transferSession(3n)
    const permissionId = toPermissionId(session)
    await f.ownerCalls([encodeInstallCall({ account, smartSession, sessions: [session] })], account)
    const read = (functionName: 'getUserOpPolicies' | 'getEnabledActions') =>
      f.publicClient.readContract({
        address: smartSession,
        abi: smartSessionAbi,
        functionName: functionName as 'getUserOpPolicies',
        args: [account, permissionId],
      }) as Promise<readonly Hex[]>
    const timeFrame = getAddress(requireAddress(f.deployment, 'TimeFramePolicy'))
    const feeLimit = getAddress(requireAddress(f.deployment, 'FeeLimitPolicy'))
    const usage = toPolicyData({ type: 'usage-limit', limit: 3n }, f.deployment, 'userOp')
    const userOpPolicies = async () => (await read('getUserOpPolicies')).map((a) => getAddress(a)).sort()

    await f.ownerCalls([encodeEnableUserOpPoliciesCall({ smartSession, permissionId, policies: [usage] })], account)
    expect(await userOpPolicies()).toEqual([timeFrame, feeLimit, getAddress(usage.policy)].sort())
    await f.ownerCalls(
      [encodeDisableUserOpPoliciesCall({ smartSession, permissionId, policies: [timeFrame] })],
      account,
    )
    expect(await userOpPolicies()).toEqual([feeLimit, getAddress(usage.policy)].sort())

    const approve = {
      actionTarget: f.token,
      actionTargetSelector: '0x095ea7b3' as Hex,
      actionPolicies: [toPolicyData({ type: 'sudo' }, f.deployment, 'action')],
    }
    await f.ownerCalls([encodeEnableActionPoliciesCall({ smartSession, permissionId, actions: [approve] })], account)
    const approveId = toActionId(f.token, '0x095ea7b3')
    expect(await read('getEnabledActions')).toContain(approveId)
    const transferId = toActionId(f.token, transferSelector)
    await f.ownerCalls(
      [
        encodeEnableActionPoliciesCall({
          smartSession,
          permissionId,
          actions: [
            {
              ...approve,
              actionTargetSelector: transferSelector,
              actionPolicies: [approve.actionPolicies[0] as never],
            },
          ],
        }),
        encodeDisableActionPoliciesCall({
          smartSession,
          permissionId,
          actionId: transferId,
          policies: [requireAddress(f.deployment, 'UsageLimitPolicy')],
        }),
      ],
      account,
    )
    const transferPolicies = await f.publicClient.readContract({
      address: smartSession,
      abi: smartSessionAbi,
      functionName: 'getActionPolicies',
      args: [account, permissionId, transferId],
    })
    expect(transferPolicies.map((a) => getAddress(a))).toEqual([getAddress(requireAddress(f.deployment, 'SudoPolicy'))])

    await f.ownerCalls([encodeDisableActionCall({ smartSession, permissionId, actionId: approveId })], account)
    expect(await read('getEnabledActions')).not.toContain(approveId)

    await f.ownerCalls([encodeSetPaymasterPermitCall({ smartSession, permissionId, permit: true })], account)
    expect(
      await f.publicClient.readContract({
        address: smartSession,
        abi: smartSessionAbi,
        functionName: 'isPermit4337Paymaster',
        args: [account, permissionId],
      }),
    ).toBe(true)
  })
})
