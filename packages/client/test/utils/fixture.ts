// Per-test-file fixture: a test stack on the shared anvil (each file sends from its own anvil key, so files can
// run in parallel) — an account of the chosen kind with its owner, an ERC-20 — plus a session key.
import { type Address, createTestClient, type Hex, http, parseEther } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { inject } from 'vitest'
import { requireAddress } from '../../src/encoding.js'
import {
  type AccountKind,
  type Call,
  type Deployment,
  type EntryPointVersion,
  encodeInstallCall,
  type Session,
  sendUserOperationDirect,
  toPeriodClaimPolicies,
  toPermissionId,
  toSessionAccount,
} from '../../src/index.js'
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
  const sessionKey = privateKeyToAccount(generatePrivateKey())
  const ownerCalls = (calls: readonly Call[], address: Address = stack.account.address) =>
    of(address).sendOwnerCalls(calls)

  const smartSession = requireAddress(deployment, 'SmartSession')

  /** The fixture's session key's view of `address` under the session `permissionId` (toSessionAccount). */
  const sessionAccount = (
    address: Address,
    permissionId: Hex,
    options: Omit<Parameters<typeof toSessionAccount>[0], 'client' | 'address' | 'smartSession' | 'signers'> = {},
  ) =>
    toSessionAccount({
      client: stack.publicClient,
      address,
      smartSession,
      permissionId,
      signers: [sessionKey],
      deployment,
      ...options,
    })

  /**
   * The owner installs SmartSession with `session` on a fresh account; `send` makes user ops signed by the
   * fixture's session key (each carrying the session's period claims), through handleOps.
   */
  async function installSession(session: Session) {
    const account = await newAccount()
    await ownerCalls([encodeInstallCall({ account, smartSession, sessions: [session] })], account)
    const permissionId = toPermissionId(session)
    const send = async (
      calls: readonly Call[],
      options: Omit<Parameters<typeof sendUserOperationDirect>[1], 'account' | 'calls'> = {},
    ) =>
      sendUserOperationDirect(stack.walletClient, {
        account: await sessionAccount(account, permissionId, { periodClaims: toPeriodClaimPolicies(session) }),
        calls,
        ...options,
      })
    return { account, permissionId, send }
  }

  return {
    stack,
    publicClient: stack.publicClient,
    walletClient: stack.walletClient,
    deployment,
    book: deployment as Record<string, Address>,
    owner,
    ownerValidator: stack.account.ownerValidator,
    sessionKey,
    token: stack.token,
    account: stack.account.address,
    testAccount: stack.account,
    newAccount,
    /** The owner's own view of an account (its validator, raw-hash signatures). */
    ownerAccount: (address: Address = stack.account.address) => of(address).toOwnerAccount(),
    /** The owner makes `calls` from the account through the EntryPoint. */
    ownerCalls,
    sessionAccount,
    installSession,
  }
}
