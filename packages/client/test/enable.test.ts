// ENABLE mode and the configuration API against the contracts: the TS session digest equals
// SmartSession.getSessionDigest, an ENABLE user op (one owner signature) is accepted through the EntryPoint,
// the nonce bump of revokeEnableSignature kills an unused signature, and every policy-change call builder
// does what its name says.
import { smartSessionAbi } from '@smart-sessions/bindings'
import { type Address, encodeFunctionData, getAddress, type Hex, toFunctionSelector, toHex } from 'viem'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  buildEnableSession,
  type EnableChain,
  formatValidatorSignature,
  getActionId,
  getDisableActionCall,
  getDisableActionPoliciesCall,
  getDisableUserOpPoliciesCall,
  getEnableActionPoliciesCall,
  getEnableChain,
  getEnableTypedData,
  getEnableUserOpPoliciesCall,
  getInstallCall,
  getPermissionId,
  getRevokeEnableSignatureCall,
  getSessionDigest,
  getSessionNonce,
  getSetPaymasterPermitCall,
  isSessionEnabled,
  readSessionDigest,
  requireAddress,
  type Session,
  SessionOperationError,
  sendUserOperationDirect,
  smartSessionSpecAbi,
  toPolicyData,
  toSession,
  toSessionAccount,
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
      actions: [{ target: f.token, selector: transferSelector, policies: [{ type: 'usage-limit', limit: 10 }] }],
      policies: [{ type: 'time-frame', validUntil: 4_000_000_000 }],
      salt: toHex(salt, { size: 32 }),
    },
    f.deployment,
  )
}

/** A fresh account with SmartSession installed empty (ENABLE needs the module installed). */
async function accountWithModule(): Promise<Address> {
  const account = await f.newAccount()
  await f.ownerCalls([getInstallCall({ account, smartSession })], account)
  return account
}

async function ownerEnable(session: Session, chains: EnableChain[], chainIndex = 0) {
  const signature = await f.owner.signTypedData(getEnableTypedData(session, chains))
  return buildEnableSession({
    session,
    chains,
    chainIndex,
    permissionEnableSig: formatValidatorSignature(f.ownerValidator, signature),
  })
}

describe('the spec ABI the call builders use matches the contract', () => {
  it('every wire-format configuration function exists in the generated SmartSession ABI with the same selector', () => {
    const generated = new Set(
      smartSessionAbi.filter((item) => item.type === 'function').map((item) => toFunctionSelector(item)),
    )
    for (const item of smartSessionSpecAbi) {
      if (item.type === 'function') expect(generated.has(toFunctionSelector(item)), item.name).toBe(true)
    }
  })
})

describe('session digests equal the contract', () => {
  it('getSessionDigest (TS) == SmartSession.getSessionDigest for ENABLE and UNSAFE_ENABLE, fallback and actions', async () => {
    const account = await accountWithModule()
    const fallback = toSession({ owners: { type: 'ecdsa', accounts: [f.sessionKey] } }, f.deployment)
    for (const session of [transferSession(), fallback]) {
      const nonce = await getSessionNonce(f.publicClient, {
        smartSession,
        account,
        permissionId: getPermissionId(session),
      })
      for (const mode of [1, 2] as const) {
        const onchain = await readSessionDigest(f.publicClient, { smartSession, account, session, mode })
        expect(getSessionDigest(session, { account, smartSession, nonce }, mode)).toBe(onchain)
      }
    }
  })
})

describe('ENABLE mode through EntryPoint.handleOps', () => {
  it('the first op enables the session with one owner signature and transfers; the next is USE mode', async () => {
    const account = await accountWithModule()
    const session = transferSession()
    const permissionId = getPermissionId(session)
    const chain = await getEnableChain(f.publicClient, { smartSession, account, session })
    expect(chain.chainId).toBe(31337)
    const enableSession = await ownerEnable(session, [chain])
    const sessionAccount = await toSessionAccount({
      client: f.publicClient,
      address: account,
      smartSession,
      permissionId,
      signers: [f.sessionKey],
      enable: { enableSession },
    })
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
    const sessionAccount = await toSessionAccount({
      client: f.publicClient,
      address: account,
      smartSession,
      permissionId: getPermissionId(session),
      signers: [f.sessionKey],
      enable: { enableSession },
    })
    const result = await sendUserOperationDirect(f.walletClient, { account: sessionAccount, calls: [transfer(1n)] })
    expect(result.success).toBe(true)
  })

  it('revokeEnableSignature bumps the nonce: the unused signature is refused', async () => {
    const account = await accountWithModule()
    const session = transferSession(2n)
    const permissionId = getPermissionId(session)
    const chain = await getEnableChain(f.publicClient, { smartSession, account, session })
    const enableSession = await ownerEnable(session, [chain])
    await f.ownerCalls([getRevokeEnableSignatureCall({ smartSession, permissionId })], account)
    expect(await getSessionNonce(f.publicClient, { smartSession, account, permissionId })).toBe(chain.nonce + 1n)
    const sessionAccount = await toSessionAccount({
      client: f.publicClient,
      address: account,
      smartSession,
      permissionId,
      signers: [f.sessionKey],
      enable: { enableSession },
    })
    const error = await sendUserOperationDirect(f.walletClient, {
      account: sessionAccount,
      calls: [transfer(1n)],
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SessionOperationError)
    expect(await isSessionEnabled(f.publicClient, { smartSession, account, permissionId })).toBe(false)
  })
})

describe('policy-change call builders', () => {
  it('enable/disable user-op policies and action policies, disable an action, paymaster permit', async () => {
    const account = await f.newAccount()
    const session = transferSession(3n)
    const permissionId = getPermissionId(session)
    await f.ownerCalls([getInstallCall({ account, smartSession, sessions: [session] })], account)
    const read = (functionName: 'getUserOpPolicies' | 'getEnabledActions') =>
      f.publicClient.readContract({
        address: smartSession,
        abi: smartSessionAbi,
        functionName: functionName as 'getUserOpPolicies',
        args: [account, permissionId],
      }) as Promise<readonly Hex[]>
    const timeFrame = getAddress(requireAddress(f.deployment, 'TimeFramePolicy'))
    const feeLimit = getAddress(requireAddress(f.deployment, 'FeeLimitPolicy'))
    const usage = toPolicyData({ type: 'usage-limit', limit: 3 }, f.deployment, 'userOp')
    const userOpPolicies = async () => (await read('getUserOpPolicies')).map((a) => getAddress(a)).sort()

    await f.ownerCalls([getEnableUserOpPoliciesCall({ smartSession, permissionId, policies: [usage] })], account)
    expect(await userOpPolicies()).toEqual([timeFrame, feeLimit, getAddress(usage.policy)].sort())
    await f.ownerCalls([getDisableUserOpPoliciesCall({ smartSession, permissionId, policies: [timeFrame] })], account)
    expect(await userOpPolicies()).toEqual([feeLimit, getAddress(usage.policy)].sort())

    const approve = {
      actionTarget: f.token,
      actionTargetSelector: '0x095ea7b3' as Hex,
      actionPolicies: [toPolicyData({ type: 'sudo' }, f.deployment, 'action')],
    }
    await f.ownerCalls([getEnableActionPoliciesCall({ smartSession, permissionId, actions: [approve] })], account)
    const approveId = getActionId(f.token, '0x095ea7b3')
    expect(await read('getEnabledActions')).toContain(approveId)
    const transferId = getActionId(f.token, transferSelector)
    await f.ownerCalls(
      [
        getEnableActionPoliciesCall({
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
        getDisableActionPoliciesCall({
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

    await f.ownerCalls([getDisableActionCall({ smartSession, permissionId, actionId: approveId })], account)
    expect(await read('getEnabledActions')).not.toContain(approveId)

    await f.ownerCalls([getSetPaymasterPermitCall({ smartSession, permissionId, permit: true })], account)
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
