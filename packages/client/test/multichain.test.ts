// Two chains, one signature: two anvil chains with different chain ids and the same addresses (CREATE2: our
// contracts, the account of the same owner); the owner signs one multichain enable, and the session key enables
// and uses the session on each chain with it.
import { type Address, encodeFunctionData } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireAddress } from '../src/encoding.js'
import {
  type AccountKind,
  encodeInstallCall,
  getEnableChain,
  isSessionEnabled,
  sendUserOperationDirect,
  toEnableSession,
  toEnableTypedData,
  toPermissionId,
  toSession,
  toSessionAccount,
} from '../src/index.js'
import { createTestStack, type TestStack, testTokenAbi } from '../src/testing/index.js'

// Kernel binds an ERC-1271 signature to one chain (its EIP-712 wrapper has the chain id), so one signature cannot
// enable on two chains there; Safe7579 is v0.7 only and behaves as OpenZeppelin's here.
describe.each(['oz', 'nexus'] as const satisfies readonly AccountKind[])(
  'two chains, one owner signature (%s)',
  (kind) => {
    const owner = privateKeyToAccount(generatePrivateKey())
    const sessionKey = privateKeyToAccount(generatePrivateKey())
    const recipient = privateKeyToAccount(generatePrivateKey()).address
    let stacks: TestStack[] = []

    beforeAll(async () => {
      stacks = await Promise.all([
        createTestStack({ account: kind, chainId: 10, owner }),
        createTestStack({ account: kind, chainId: 8453, owner }),
      ])
    })
    afterAll(() => Promise.all(stacks.map((stack) => stack.close())))

    it('same addresses on both chains; one signature enables and uses the session on each', async () => {
      const [a, b] = stacks as [TestStack, TestStack]
      expect(await a.publicClient.getChainId()).toBe(10)
      expect(await b.publicClient.getChainId()).toBe(8453)
      expect(b.deployment).toEqual(a.deployment)
      expect(b.token).toBe(a.token)
      expect(b.account.address).toBe(a.account.address)
      const smartSession = requireAddress(a.deployment, 'SmartSession')
      const account: Address = a.account.address
      const session = toSession(
        {
          owners: { type: 'ecdsa', accounts: [sessionKey] },
          actions: [
            {
              target: a.token,
              selector: '0xa9059cbb',
              policies: [{ type: 'spending-limits', limits: [{ token: a.token, amount: 50n }] }],
            },
          ],
        },
        a.deployment,
      )
      const permissionId = toPermissionId(session)
      for (const stack of stacks) {
        const installed = await stack.account.sendOwnerCalls([
          encodeInstallCall({ account, smartSession, implementation: stack.account.implementation }),
        ])
        expect(installed.success).toBe(true)
      }
      const chains = await Promise.all(
        stacks.map((stack) => getEnableChain(stack.publicClient, { smartSession, account, session })),
      )
      expect(chains.map((chain) => chain.chainId)).toEqual([10, 8453])
      // The one owner signature, in the account's ERC-1271 form.
      const permissionEnableSig = await a.account.signOwnerTypedData(toEnableTypedData(session, chains))

      for (const [chainIndex, stack] of stacks.entries()) {
        const key = await toSessionAccount({
          client: stack.publicClient,
          address: account,
          smartSession,
          permissionId,
          signers: [sessionKey],
          enable: { enableSession: toEnableSession({ session, chains, chainIndex, permissionEnableSig }) },
          implementation: stack.account.implementation,
        })
        const sent = await sendUserOperationDirect(stack.walletClient, {
          account: key,
          calls: [
            {
              to: stack.token,
              data: encodeFunctionData({
                abi: testTokenAbi,
                functionName: 'transfer',
                args: [recipient, 20n + BigInt(chainIndex)],
              }),
            },
          ],
        })
        expect(sent.success).toBe(true)
        expect(await isSessionEnabled(stack.publicClient, { smartSession, account, permissionId })).toBe(true)
        expect(
          await stack.publicClient.readContract({
            address: stack.token,
            abi: testTokenAbi,
            functionName: 'balanceOf',
            args: [recipient],
          }),
        ).toBe(20n + BigInt(chainIndex))
      }
    })
  },
)
