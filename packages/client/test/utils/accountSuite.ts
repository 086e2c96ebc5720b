// The same session story on every account kind, through the real EntryPoint (handleOps): USE (the owner installs
// SmartSession with the session) and ENABLE (the owner signs once, the key's first op enables), each with a
// passing transfer and a refused one (over the session's spending limit) that moves nothing.
import { type Address, encodeFunctionData, type Hex, hashTypedData, toHex } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireAddress } from '../../src/encoding.js'
import {
  type AccountKind,
  type EntryPointVersion,
  encodeInstallCall,
  getEnableChain,
  InvalidSessionError,
  isSessionEnabled,
  PolicyRefusedError,
  type Session,
  SessionOperationError,
  sendUserOperationDirect,
  signSessionTypedData,
  toEnableSession,
  toEnableTypedData,
  toPermissionId,
  toSession,
  toSessionAccount,
} from '../../src/index.js'
import { createTestStack, type TestAccount, type TestStack, testTokenAbi } from '../../src/testing/index.js'
import { ERC1271_MAGIC, isValidSignatureAbi } from './erc1271.js'

const LIMIT = 100n * 10n ** 6n

/** Safe7579 replaces a validator's revert data with `ExecutionFailed()`. */
const EXECUTION_FAILED = '0xacfdb444'

export function describeAccountKind(kind: AccountKind, entryPoint: EntryPointVersion): void {
  describe(`${kind} account on EntryPoint v${entryPoint}`, () => {
    let stack: TestStack
    let smartSession: Address
    const sessionKey = privateKeyToAccount(generatePrivateKey())
    const recipient = privateKeyToAccount(generatePrivateKey()).address

    const transfer = (amount: bigint) => ({
      to: stack.token,
      data: encodeFunctionData({ abi: testTokenAbi, functionName: 'transfer', args: [recipient, amount] }),
    })
    const balanceOf = (who: Address) =>
      stack.publicClient.readContract({
        address: stack.token,
        abi: testTokenAbi,
        functionName: 'balanceOf',
        args: [who],
      })
    const transferSession = (salt: bigint): Session =>
      toSession(
        {
          owners: { type: 'ecdsa', accounts: [sessionKey] },
          actions: [
            {
              target: stack.token,
              selector: '0xa9059cbb',
              policies: [{ type: 'spending-limits', limits: [{ token: stack.token, amount: LIMIT }] }],
            },
          ],
          salt: toHex(salt, { size: 32 }),
        },
        stack.deployment,
      )
    const sessionAccount = (
      account: TestAccount,
      session: Session,
      enable?: Parameters<typeof toSessionAccount>[0]['enable'],
    ) =>
      toSessionAccount({
        client: stack.publicClient,
        address: account.address,
        smartSession,
        permissionId: toPermissionId(session),
        signers: [sessionKey],
        enable,
        implementation: account.implementation,
        entryPointVersion: account.entryPoint.version,
        entryPoint: account.entryPoint.address,
      })
    /**
     * The refusal names the spending-limit policy's own error, except on Safe7579, where only `ExecutionFailed()`
     * comes out of the EntryPoint (the reason then comes from simulating SmartSession itself).
     */
    const expectRefused = async (attempt: Promise<unknown>) => {
      const error = await attempt.catch((e: unknown) => e)
      expect(error).toBeInstanceOf(SessionOperationError)
      const { reason, policy } = error as SessionOperationError
      if (kind === 'safe7579') {
        expect(reason.data).toBe(EXECUTION_FAILED)
      } else {
        expect(reason.name).toBe('SpendingLimitExceeded')
        expect(policy).toBe('SpendingLimitPolicy')
        // The EntryPoint's refusal in words, as checkSessionCalls would have said it.
        expect(error).toBeInstanceOf(PolicyRefusedError)
        expect((error as PolicyRefusedError).message).toMatch(
          /SpendingLimitPolicy: [\d.,]+ USDC asked, [\d.,]+ USDC left/,
        )
      }
    }
    const send = (account: Awaited<ReturnType<typeof sessionAccount>>, amount: bigint) =>
      // The EntryPoint's own answer is under test (checkSessionCalls, run by default, refuses before sending).
      sendUserOperationDirect(stack.walletClient, {
        account,
        calls: [transfer(amount)],
        book: stack.deployment,
        check: false,
      })

    /** The owner installs SmartSession on `account` with `sessions` (none: installed empty, for ENABLE), in one op. */
    const install = async (account: TestAccount, sessions: readonly Session[]) => {
      const installed = await account.sendOwnerCalls([
        encodeInstallCall({
          account: account.address,
          smartSession,
          sessions,
          implementation: account.implementation,
        }),
      ])
      expect(installed.success).toBe(true)
    }

    beforeAll(async () => {
      stack = await createTestStack({ account: kind, entryPoint })
      smartSession = requireAddress(stack.deployment, 'SmartSession')
    })
    afterAll(() => stack?.close())

    it('USE: the owner installs SmartSession with the session; the key transfers within the limit, not over it', async () => {
      const account = stack.account
      const session = transferSession(1n)
      await install(account, [session])
      const permissionId = toPermissionId(session)
      expect(await isSessionEnabled(stack.publicClient, { smartSession, account: account.address, permissionId })).toBe(
        true,
      )
      const key = await sessionAccount(account, session)
      const sent = await send(key, 60n * 10n ** 6n)
      expect(sent.success).toBe(true)
      expect(await balanceOf(recipient)).toBe(60n * 10n ** 6n)
      await expectRefused(send(key, 41n * 10n ** 6n))
      expect(await balanceOf(recipient)).toBe(60n * 10n ** 6n)
    })

    it('ENABLE: one owner signature (the account’s ERC-1271 form); an over-limit first op enables nothing, a good one enables and transfers', async () => {
      const account = await stack.newAccount()
      await install(account, [])
      const session = transferSession(2n)
      const permissionId = toPermissionId(session)
      const chain = await getEnableChain(stack.publicClient, { smartSession, account: account.address, session })
      const enableSession = toEnableSession({
        session,
        chains: [chain],
        permissionEnableSig: await account.signOwnerTypedData(toEnableTypedData(session, [chain])),
      })
      const key = await sessionAccount(account, session, { enableSession })
      const before = await balanceOf(recipient)
      await expectRefused(send(key, LIMIT + 1n))
      expect(await isSessionEnabled(stack.publicClient, { smartSession, account: account.address, permissionId })).toBe(
        false,
      )
      const sent = await send(key, LIMIT)
      expect(sent.success).toBe(true)
      expect(await isSessionEnabled(stack.publicClient, { smartSession, account: account.address, permissionId })).toBe(
        true,
      )
      expect(await balanceOf(recipient)).toBe(before + LIMIT)
      // Now in USE mode: the limit is spent.
      await expectRefused(send(key, 1n))
    })

    it('ERC-1271: the session signs typed data of its granted app domain; the account accepts it, not another domain', async () => {
      const account = await stack.newAccount()
      const app: Address = '0x000000000000000000000000000000000000a99a'
      const appDomain = {
        name: 'Permit app',
        version: '1',
        chainId: stack.publicClient.chain.id,
        verifyingContract: app,
      }
      const session = toSession(
        {
          owners: { type: 'ecdsa', accounts: [sessionKey] },
          erc1271: { contents: [{ domain: appDomain, contentNames: ['Permit'] }] },
          salt: toHex(3n, { size: 32 }),
        },
        stack.deployment,
      )
      await install(account, [session])
      const permit = (domain: typeof appDomain) => ({
        domain,
        types: {
          Permit: [
            { name: 'spender', type: 'address' },
            { name: 'value', type: 'uint256' },
          ],
        },
        primaryType: 'Permit' as const,
        message: { spender: recipient, value: 5n },
      })
      const sign = (typedData: ReturnType<typeof permit>) =>
        signSessionTypedData(stack.publicClient, {
          account: account.address,
          smartSession,
          permissionId: toPermissionId(session),
          signers: [sessionKey],
          typedData,
          implementation: account.implementation,
        })
      const verdict = (hash: Hex, signature: Hex) =>
        stack.publicClient
          .readContract({
            address: account.address,
            abi: isValidSignatureAbi,
            functionName: 'isValidSignature',
            args: [hash, signature],
            account: app,
          })
          .catch(() => 'reverted')
      if (kind === 'kernel') {
        // Kernel hands validators its own wrapper of the hash: the client refuses rather than sign what fails.
        await expect(sign(permit(appDomain))).rejects.toThrow(InvalidSessionError)
        return
      }
      const granted = permit(appDomain)
      expect(await verdict(hashTypedData(granted), await sign(granted))).toBe(ERC1271_MAGIC)
      const other = permit({ ...appDomain, name: 'Other app' })
      expect(await verdict(hashTypedData(other), await sign(other))).not.toBe(ERC1271_MAGIC)
    })
  })
}
