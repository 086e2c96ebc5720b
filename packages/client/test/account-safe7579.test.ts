// SmartSession on a safe7579 account: USE and ENABLE, a pass and a refusal each, on its own anvil (see
// utils/accountSuite.ts); and ENABLE signed by the Safe's own owners instead of a validator module.
import { encodeFunctionData } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireAddress } from '../src/encoding.js'
import {
  encodeInstallCall,
  encodeSafeOwnersSignature,
  getEnableChain,
  isSessionEnabled,
  SessionOperationError,
  sendUserOperationDirect,
  toEnableSession,
  toEnableTypedData,
  toPermissionId,
  toSafeOwnersTypedData,
  toSession,
  toSessionAccount,
} from '../src/index.js'
import { createTestStack, type TestStack, testTokenAbi } from '../src/testing/index.js'
import { describeAccountKind } from './utils/accountSuite.js'

describeAccountKind('safe7579', '0.7')

describe('safe7579: the enable signature from the Safe owners (address(0) ‖ Safe signatures)', () => {
  let stack: TestStack
  afterAll(() => stack?.close())
  beforeAll(async () => {
    stack = await createTestStack({ account: 'safe7579' })
  })

  it('a SafeMessage signed by the Safe owner enables the session; a signature by anyone else does not', async () => {
    const account = stack.account.address
    const smartSession = requireAddress(stack.deployment, 'SmartSession')
    expect((await stack.account.sendOwnerCalls([encodeInstallCall({ account, smartSession })])).success).toBe(true)
    const sessionKey = privateKeyToAccount(generatePrivateKey())
    const session = toSession(
      { owners: { type: 'ecdsa', accounts: [sessionKey] }, actions: [{ target: stack.token, selector: '0xa9059cbb' }] },
      stack.deployment,
    )
    const permissionId = toPermissionId(session)
    const chain = await getEnableChain(stack.publicClient, { smartSession, account, session })
    const safeMessage = toSafeOwnersTypedData({
      account,
      chainId: stack.chain.id,
      typedData: toEnableTypedData(session, [chain]),
    })
    const transfer = [
      {
        to: stack.token,
        data: encodeFunctionData({ abi: testTokenAbi, functionName: 'transfer', args: [sessionKey.address, 7n] }),
      },
    ]
    const keyAccount = async (signer: typeof stack.account.owner) =>
      toSessionAccount({
        client: stack.publicClient,
        address: account,
        smartSession,
        permissionId,
        signers: [sessionKey],
        implementation: stack.account.implementation,
        entryPointVersion: '0.7',
        enable: {
          enableSession: toEnableSession({
            session,
            chains: [chain],
            permissionEnableSig: encodeSafeOwnersSignature([await signer.signTypedData(safeMessage as never)]),
          }),
        },
      })

    const stranger = privateKeyToAccount(generatePrivateKey())
    const refused = await sendUserOperationDirect(stack.walletClient, {
      account: await keyAccount(stranger),
      calls: transfer,
      // What Safe7579 reports through the EntryPoint is under test (checkSessionCalls refuses before sending).
      check: false,
    }).catch((e: unknown) => e)
    // SmartSession's InvalidEnableSignature, as Safe7579 reports every validator revert: ExecutionFailed().
    expect(refused).toBeInstanceOf(SessionOperationError)
    expect((refused as SessionOperationError).reason.data).toBe('0xacfdb444')
    expect(await isSessionEnabled(stack.publicClient, { smartSession, account, permissionId })).toBe(false)

    const sent = await sendUserOperationDirect(stack.walletClient, {
      account: await keyAccount(stack.account.owner),
      calls: transfer,
    })
    expect(sent.success).toBe(true)
    expect(await isSessionEnabled(stack.publicClient, { smartSession, account, permissionId })).toBe(true)
  })
})
