// @ts-check
// A dapp outside the repository: installed from the packed tarballs of @smart-sessions/client and
// @smart-sessions/bindings (npm, not the workspace), it grants a session on a local chain and uses it.
// The chain, the account and its owner come from the environment (run.ts deploys them).
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
import { createPublicClient, createWalletClient, encodeFunctionData, erc20Abi, http } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { foundry } from 'viem/chains'

/** @param {string} name */
const env = (name) => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set`)
  return /** @type {`0x${string}`} */ (value)
}
const transport = http(env('RPC_URL'))
const client = createPublicClient({ chain: foundry, transport, pollingInterval: 50 })
// The EOA that plays the bundler (sends EntryPoint.handleOps).
const bundler = createWalletClient({ account: privateKeyToAccount(env('BUNDLER_KEY')), chain: foundry, transport })
const owner = privateKeyToAccount(env('OWNER_KEY'))
const account = env('ACCOUNT')
const token = env('TOKEN')

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
  validator: env('OWNER_VALIDATOR'),
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
