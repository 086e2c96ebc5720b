// An outside client: @rhinestone/module-sdk@0.4.0 drives our contracts unchanged. Our code is put at the
// addresses it hard-codes (anvil_setCode): SmartSession, its "ownable validator" (our multisig session
// validator, same data format) and the sudo policy. Its ids, USE signature and ENABLE flow must produce
// user ops our contracts accept.
import {
  encodeSmartSessionSignature,
  encodeValidationData,
  GLOBAL_CONSTANTS,
  getEnableSessionDetails,
  getSmartSessionsValidator,
  getSudoPolicy,
  SmartSessionMode as SdkMode,
  type Session as SdkSession,
  getPermissionId as sdkGetPermissionId,
} from '@rhinestone/module-sdk'
import { ierc7579AccountAbi, smartSessionAbi } from '@smart-sessions/bindings'
import { type Address, encodeFunctionData, type Hex, toHex } from 'viem'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  FALLBACK_SELECTOR,
  FALLBACK_TARGET,
  MODULE_TYPE_VALIDATOR,
  requireAddress,
  toEnableDigest,
} from '../src/encoding.js'
import {
  isSessionEnabled,
  type Session,
  sendUserOperationDirect,
  toErc7579Account,
  toPermissionId,
} from '../src/index.js'
import { mockErc20Abi, setupFixture } from './utils/fixture.js'

let f: Awaited<ReturnType<typeof setupFixture>>
const SDK_SMART_SESSION = GLOBAL_CONSTANTS.SMART_SESSIONS_ADDRESS as Address
const SDK_OWNABLE_VALIDATOR = GLOBAL_CONSTANTS.OWNABLE_VALIDATOR_ADDRESS as Address
const SDK_SUDO = GLOBAL_CONSTANTS.SUDO_POLICY_ADDRESS as Address
const recipient: Address = '0x000000000000000000000000000000000000d5d5'

async function copyCode(from: Address, to: Address) {
  const code = await f.publicClient.getCode({ address: from })
  if (!code) throw new Error(`no code at ${from}`)
  await f.publicClient.request({ method: 'anvil_setCode' as never, params: [to, code] as never })
}

function sdkSession(): SdkSession {
  return {
    sessionValidator: SDK_OWNABLE_VALIDATOR,
    sessionValidatorInitData: encodeValidationData({ threshold: 1, owners: [f.sessionKey.address] }),
    salt: toHex(0n, { size: 32 }),
    userOpPolicies: [],
    erc7739Policies: { allowedERC7739Content: [], erc1271Policies: [] },
    actions: [{ actionTarget: f.token, actionTargetSelector: '0xa9059cbb', actionPolicies: [getSudoPolicy()] }],
    chainId: 31337n,
    permitERC4337Paymaster: false,
  }
}

const transfer = (amount: bigint) => ({
  to: f.token,
  data: encodeFunctionData({ abi: mockErc20Abi, functionName: 'transfer', args: [recipient, amount] }),
})

/** The account, validated through the SDK's SmartSession address, signed the way the SDK's docs do. */
function sessionAccount(account: Address, sign: (userOpHash: Hex) => Promise<Hex>) {
  return toErc7579Account({
    client: f.publicClient,
    address: account,
    validator: SDK_SMART_SESSION,
    signUserOpHash: sign,
    stubSignature: () => '0x00',
  })
}

const installCall = (account: Address, initData: Hex) => ({
  to: account,
  value: 0n,
  data: encodeFunctionData({
    abi: ierc7579AccountAbi,
    functionName: 'installModule',
    args: [MODULE_TYPE_VALIDATOR, SDK_SMART_SESSION, initData],
  }),
})

beforeAll(async () => {
  f = await setupFixture(3)
  await copyCode(requireAddress(f.deployment, 'SmartSession'), SDK_SMART_SESSION)
  await copyCode(requireAddress(f.deployment, 'MultisigSessionValidator'), SDK_OWNABLE_VALIDATOR)
  await copyCode(requireAddress(f.deployment, 'SudoPolicy'), SDK_SUDO)
})

describe('@rhinestone/module-sdk@0.4.0 against our contracts', () => {
  it('its toPermissionId equals ours and the contract’s', async () => {
    const session = sdkSession()
    const onchain = await f.publicClient.readContract({
      address: SDK_SMART_SESSION,
      abi: smartSessionAbi,
      functionName: 'getPermissionId',
      args: [session as unknown as Session],
    })
    expect(sdkGetPermissionId({ session })).toBe(onchain)
    expect(toPermissionId(session as unknown as Session)).toBe(onchain)
  })

  it('install with getSmartSessionsValidator, then a USE op signed with encodeSmartSessionSignature', async () => {
    const account = await f.newAccount()
    const session = sdkSession()
    await f.ownerCalls([installCall(account, getSmartSessionsValidator({ sessions: [session] }).initData)], account)
    const permissionId = sdkGetPermissionId({ session })
    expect(await isSessionEnabled(f.publicClient, { smartSession: SDK_SMART_SESSION, account, permissionId })).toBe(
      true,
    )
    // The SDK's docs sign the user op hash as a personal message (EIP-191): our validators accept that form.
    const sdkAccount = await sessionAccount(account, async (hash) =>
      encodeSmartSessionSignature({
        mode: SdkMode.USE,
        permissionId,
        signature: await f.sessionKey.signMessage({ message: { raw: hash } }),
      }),
    )
    const result = await sendUserOperationDirect(f.walletClient, { account: sdkAccount, calls: [transfer(11n)] })
    expect(result.success).toBe(true)
  })

  it('ENABLE: getEnableSessionDetails + the owner’s signature + encodeSmartSessionSignature is accepted', async () => {
    const account = await f.newAccount()
    await f.ownerCalls([installCall(account, getSmartSessionsValidator({}).initData)], account)
    const session = sdkSession()
    const details = await getEnableSessionDetails({
      sessions: [session],
      account: { address: account, type: 'erc7579-implementation', deployedOnChains: [] },
      clients: [f.publicClient as never],
      enableValidatorAddress: f.ownerValidator,
    })
    // The SDK's multichain hash equals ours (this session has no fallback action: see the report on permitGenericPolicy).
    expect(details.permissionEnableHash).toBe(
      toEnableDigest(session as unknown as Session, [
        { chainId: 31337, account, smartSession: SDK_SMART_SESSION, nonce: 0n },
      ]),
    )
    details.enableSessionData.enableSession.permissionEnableSig = await f.owner.sign({
      hash: details.permissionEnableHash,
    })
    const sdkAccount = await sessionAccount(account, async (hash) =>
      encodeSmartSessionSignature({
        mode: SdkMode.ENABLE,
        permissionId: details.permissionId,
        signature: await f.sessionKey.signMessage({ message: { raw: hash } }),
        enableSessionData: details.enableSessionData,
      }),
    )
    const result = await sendUserOperationDirect(f.walletClient, { account: sdkAccount, calls: [transfer(12n)] })
    expect(result.success).toBe(true)
    expect(
      await isSessionEnabled(f.publicClient, {
        smartSession: SDK_SMART_SESSION,
        account,
        permissionId: details.permissionId,
      }),
    ).toBe(true)
  })

  it('disagreement: for a fallback session its hash matches only with permitGenericPolicy: true (our contract derives it from the actions)', async () => {
    const account = await f.newAccount()
    await f.ownerCalls([installCall(account, getSmartSessionsValidator({}).initData)], account)
    const session: SdkSession = {
      ...sdkSession(),
      actions: [
        { actionTarget: FALLBACK_TARGET, actionTargetSelector: FALLBACK_SELECTOR, actionPolicies: [getSudoPolicy()] },
      ],
    }
    const ours = toEnableDigest(session as unknown as Session, [
      { chainId: 31337, account, smartSession: SDK_SMART_SESSION, nonce: 0n },
    ])
    const args = {
      sessions: [session],
      account: { address: account, type: 'erc7579-implementation' as const, deployedOnChains: [] },
      clients: [f.publicClient as never],
      enableValidatorAddress: f.ownerValidator,
    }
    expect((await getEnableSessionDetails(args)).permissionEnableHash).not.toBe(ours)
    expect((await getEnableSessionDetails({ ...args, permitGenericPolicy: true })).permissionEnableHash).toBe(ours)
  })
})
