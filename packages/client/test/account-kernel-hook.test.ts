// Kernel with SmartSession installed behind a hook: Kernel then requires `executeUserOp ‖ execute(…)` calldata
// (and runs the hook around the execution); SmartSession validates the inner `execute`. A plain `execute` is
// refused by Kernel itself, an over-limit transfer by the session's policy.
import { type Address, encodeFunctionData, parseAbi } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireAddress } from '../src/encoding.js'
import {
  type AccountAdapter,
  type EntryPointVersion,
  encodeInstallCall,
  kernelAccount,
  type Session,
  SessionOperationError,
  sendUserOperationDirect,
  toKernelAccount,
  toPermissionId,
  toSession,
  toSessionAccount,
} from '../src/index.js'
import {
  createTestStack,
  deployCreate2,
  findArtifactsDir,
  readArtifact,
  type TestStack,
  testTokenAbi,
} from '../src/testing/index.js'

const hookAbi = parseAbi([
  'function preChecks(address account) view returns (uint256)',
  'function postChecks(address account) view returns (uint256)',
])
/**
 * Kernel's `InvalidValidator()`: with a hook, Kernel reads the granted selector at `callData[4:8]` (behind
 * `executeUserOp`), so a plain `execute` asks for a selector the validator was never granted.
 */
const INVALID_VALIDATOR = '0x682a6e7c'

describe.each(['0.7', '0.8'] as const satisfies readonly EntryPointVersion[])(
  'kernel on EntryPoint v%s, SmartSession installed with a hook',
  (entryPoint) => {
    let stack: TestStack
    let hook: Address
    let withHook: AccountAdapter
    let session: Session
    const sessionKey = privateKeyToAccount(generatePrivateKey())
    const recipient = privateKeyToAccount(generatePrivateKey()).address

    const keyAccount = (implementation: AccountAdapter) =>
      toSessionAccount({
        client: stack.publicClient,
        address: stack.account.address,
        smartSession: requireAddress(stack.deployment, 'SmartSession'),
        permissionId: toPermissionId(session),
        signers: [sessionKey],
        implementation,
        entryPointVersion: entryPoint,
      })
    const send = async (implementation: AccountAdapter, amount: bigint) =>
      sendUserOperationDirect(stack.walletClient, {
        account: await keyAccount(implementation),
        calls: [
          {
            to: stack.token,
            data: encodeFunctionData({ abi: testTokenAbi, functionName: 'transfer', args: [recipient, amount] }),
          },
        ],
        book: stack.deployment,
      })
    const hookCounts = async () =>
      Promise.all(
        (['preChecks', 'postChecks'] as const).map((functionName) =>
          stack.publicClient.readContract({ address: hook, abi: hookAbi, functionName, args: [stack.account.address] }),
        ),
      )
    const received = () =>
      stack.publicClient.readContract({
        address: stack.token,
        abi: testTokenAbi,
        functionName: 'balanceOf',
        args: [recipient],
      })

    beforeAll(async () => {
      stack = await createTestStack({ account: 'kernel', entryPoint })
      const artifact = readArtifact(findArtifactsDir(), 'CountingHook')
      if (!artifact) throw new Error('CountingHook not built')
      hook = await deployCreate2(stack.walletClient, artifact.bytecode)
      withHook = toKernelAccount({ hook })
      session = toSession(
        {
          owners: { type: 'ecdsa', accounts: [sessionKey] },
          actions: [
            {
              target: stack.token,
              selector: '0xa9059cbb',
              policies: [{ type: 'spending-limits', limits: [{ token: stack.token, amount: 100n }] }],
            },
          ],
        },
        stack.deployment,
      )
      const installed = await stack.account.sendOwnerCalls([
        encodeInstallCall({
          account: stack.account.address,
          smartSession: requireAddress(stack.deployment, 'SmartSession'),
          sessions: [session],
          implementation: withHook,
        }),
      ])
      expect(installed.success).toBe(true)
    })
    afterAll(() => stack?.close())

    it('executeUserOp calldata: the session transfers and the hook runs around it', async () => {
      const sent = await send(withHook, 60n)
      expect(sent.success).toBe(true)
      expect(await received()).toBe(60n)
      expect(await hookCounts()).toEqual([1n, 1n])
    })

    it('over the limit: refused by SpendingLimitPolicy, nothing moves, the hook does not run', async () => {
      const error = await send(withHook, 41n).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(SessionOperationError)
      expect((error as SessionOperationError).reason.name).toBe('SpendingLimitExceeded')
      expect((error as SessionOperationError).policy).toBe('SpendingLimitPolicy')
      expect(await received()).toBe(60n)
      expect(await hookCounts()).toEqual([1n, 1n])
    })

    it('plain execute calldata (no executeUserOp) is refused by Kernel: the hook cannot be skipped', async () => {
      const error = await send(kernelAccount, 1n).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(SessionOperationError)
      expect((error as SessionOperationError).reason.data).toBe(INVALID_VALIDATOR)
      expect(await received()).toBe(60n)
    })
  },
)
