// Per-test-file fixture: clients on the shared anvil (each file sends from its own anvil key, so files can
// run in parallel), a fresh OpenZeppelin ERC-7579 test account with its owner, an ERC-20, and helpers.
import { type Address, createPublicClient, createWalletClient, type Hex, http, parseEther } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { foundry } from 'viem/chains'
import { inject } from 'vitest'
import {
  anvilKeys,
  deployOwnerValidator,
  deployTestAccount,
  deployToken,
  mockErc20Abi,
} from '../../../../tools/devnet.js'
import { type Call, type Deployment, sendUserOperationDirect, toErc7579Account } from '../../src/index.js'

export { mockErc20Abi }

export async function setupFixture(keyIndex: number) {
  const transport = http(inject('rpcUrl'))
  const deployment = inject('deployment') as Deployment
  const publicClient = createPublicClient({ chain: foundry, transport, pollingInterval: 50 })
  const key = anvilKeys[keyIndex]
  if (!key) throw new Error(`no anvil key ${keyIndex}`)
  const walletClient = createWalletClient({
    account: privateKeyToAccount(key),
    chain: foundry,
    transport,
    pollingInterval: 50,
  })
  const owner = privateKeyToAccount(generatePrivateKey())
  const sessionKey = privateKeyToAccount(generatePrivateKey())
  const ownerValidator = await deployOwnerValidator(walletClient)
  const token = await deployToken(walletClient, 'USD Coin', 'USDC', 6)

  async function newAccount(): Promise<Address> {
    const address = await deployTestAccount(walletClient, ownerValidator, owner.address)
    const funding = await walletClient.sendTransaction({ to: address, value: parseEther('10') })
    await publicClient.waitForTransactionReceipt({ hash: funding })
    const mint = await walletClient.writeContract({
      address: token,
      abi: mockErc20Abi,
      functionName: 'mint',
      args: [address, 1_000_000n * 10n ** 6n],
    })
    await publicClient.waitForTransactionReceipt({ hash: mint })
    return address
  }

  const account = await newAccount()

  /** The owner's own view of an account (its validator, raw-hash signatures). */
  function ownerAccount(address: Address = account) {
    return toErc7579Account({
      client: publicClient,
      address,
      validator: ownerValidator,
      signUserOpHash: (hash: Hex) => owner.sign({ hash }),
      stubSignature: () => owner.sign({ hash: `0x${'11'.repeat(32)}` }),
    })
  }

  /** The owner makes `calls` from the account through the EntryPoint. */
  async function ownerCalls(calls: readonly Call[], address: Address = account) {
    return sendUserOperationDirect(walletClient, { account: await ownerAccount(address), calls })
  }

  const book = deployment as Record<string, Address>

  return {
    publicClient,
    walletClient,
    deployment,
    book,
    owner,
    ownerValidator,
    sessionKey,
    token,
    account,
    newAccount,
    ownerAccount,
    ownerCalls,
  }
}
