// @ts-check
// A dapp outside the repository: installed from the packed tarballs of @smart-sessions/client and
// @smart-sessions/bindings (npm, not the workspace), it starts a local chain with the installed
// @smart-sessions/client/testing (anvil from npm, the EntryPoints, our contracts from the bytecode the package
// carries, an OpenZeppelin ERC-7579 account holding a token), grants a session and uses it.
import {
  encodeInstallCall,
  getDeployment,
  SessionOperationError,
  sendUserOperationDirect,
  toErc7579Account,
  toPermissionId,
  toSession,
  toSessionAccount,
} from '@smart-sessions/client'
import { createTestStack } from '@smart-sessions/client/testing'
import { encodeFunctionData, erc20Abi } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'

const owner = privateKeyToAccount(generatePrivateKey())
const stack = await createTestStack({ owner })
try {
  await main()
} finally {
  await stack.close()
}

async function main() {
  const client = stack.publicClient
  // The EOA that plays the bundler (sends EntryPoint.handleOps).
  const bundler = stack.walletClient
  const account = stack.account.address
  const token = stack.token

  // The default deployment: the same CREATE2 addresses on every chain, checked for code here.
  const deployment = await getDeployment(client)
  const smartSession = /** @type {`0x${string}`} */ (deployment.SmartSession)

  // The owner grants: "transfer ≤ 100 tokens in total" to a fresh session key, installing SmartSession with it.
  const sessionKey = privateKeyToAccount(generatePrivateKey())
  const session = toSession({
    owners: { type: 'ecdsa', accounts: [sessionKey.address] },
    actions: [
      {
        target: token,
        selector: '0xa9059cbb',
        policies: [{ type: 'spending-limits', limits: [{ token, amount: 100n }] }],
      },
    ],
  })
  const ownerAccount = await toErc7579Account({
    client,
    address: account,
    validator: stack.account.ownerValidator,
    signUserOpHash: (hash) => owner.sign({ hash }),
    stubSignature: () => owner.sign({ hash: `0x${'11'.repeat(32)}` }),
  })
  await sendUserOperationDirect(bundler, {
    account: ownerAccount,
    calls: [encodeInstallCall({ account, smartSession, sessions: [session] })],
  })

  // The session key alone: 60 passes, 60 more is refused naming the policy.
  const sessionAccount = await toSessionAccount({
    client,
    address: account,
    smartSession,
    permissionId: toPermissionId(session),
    signers: [sessionKey],
  })
  const recipient = privateKeyToAccount(generatePrivateKey()).address
  /** @param {bigint} amount */
  const transfer = (amount) => ({
    to: token,
    data: encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [recipient, amount] }),
  })
  await sendUserOperationDirect(bundler, { account: sessionAccount, calls: [transfer(60n)] })
  const received = await client.readContract({
    address: token,
    abi: erc20Abi,
    functionName: 'balanceOf',
    args: [recipient],
  })
  if (received !== 60n) throw new Error(`recipient holds ${received}, expected 60`)
  try {
    await sendUserOperationDirect(bundler, { account: sessionAccount, calls: [transfer(60n)] })
    throw new Error('the second transfer was expected to be refused')
  } catch (error) {
    if (!(error instanceof SessionOperationError) || !error.message.includes('SpendingLimitPolicy')) throw error
    console.log(`refused as expected: ${error.shortMessage}`)
  }
  console.log('node-consumer: session granted, used and refused through the packed packages')
}
