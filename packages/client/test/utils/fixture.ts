// Per-test-file fixture: a test stack on the shared anvil (each file sends from its own anvil key, so files can
// run in parallel) — an account of the chosen kind with its owner, an ERC-20 — plus a session key.
import { type Address, createTestClient, http, parseEther } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { inject } from 'vitest'
import type { AccountKind, Call, Deployment, EntryPointVersion } from '../../src/index.js'
import { anvilKeys, createTestStack, type TestAccount, testTokenAbi } from '../../src/testing/index.js'

export { testTokenAbi as mockErc20Abi }

/** `keyIndex`: one of anvil's funded keys, or `'fresh'` for a new key funded with anvil_setBalance. */
export async function setupFixture(
  keyIndex: number | 'fresh',
  options: { account?: AccountKind | undefined; entryPoint?: EntryPointVersion | undefined } = {},
) {
  const key = keyIndex === 'fresh' ? generatePrivateKey() : anvilKeys[keyIndex]
  if (!key) throw new Error(`no anvil key ${keyIndex}`)
  if (keyIndex === 'fresh') {
    await createTestClient({ mode: 'anvil', transport: http(inject('rpcUrl')) }).setBalance({
      address: privateKeyToAccount(key).address,
      value: parseEther('1000'),
    })
  }
  const owner = privateKeyToAccount(generatePrivateKey())
  const stack = await createTestStack({ ...options, rpcUrl: inject('rpcUrl'), senderKey: key, owner })
  const accounts = new Map<string, TestAccount>([[stack.account.address.toLowerCase(), stack.account]])
  const of = (address: Address) => {
    const found = accounts.get(address.toLowerCase())
    if (!found) throw new Error(`${address} is not an account of this fixture`)
    return found
  }

  async function newAccount(): Promise<Address> {
    const created = await stack.newAccount()
    accounts.set(created.address.toLowerCase(), created)
    return created.address
  }

  const deployment = stack.deployment as Deployment

  return {
    stack,
    publicClient: stack.publicClient,
    walletClient: stack.walletClient,
    deployment,
    book: deployment as Record<string, Address>,
    owner,
    ownerValidator: stack.account.ownerValidator,
    sessionKey: privateKeyToAccount(generatePrivateKey()),
    token: stack.token,
    account: stack.account.address,
    testAccount: stack.account,
    newAccount,
    /** The owner's own view of an account (its validator, raw-hash signatures). */
    ownerAccount: (address: Address = stack.account.address) => of(address).toOwnerAccount(),
    /** The owner makes `calls` from the account through the EntryPoint. */
    ownerCalls: (calls: readonly Call[], address: Address = stack.account.address) => of(address).sendOwnerCalls(calls),
  }
}
