import {
  type Address,
  type Chain,
  concat,
  createPublicClient,
  createWalletClient,
  encodeAbiParameters,
  encodePacked,
  type Hex,
  http,
  keccak256,
  type LocalAccount,
  type PublicClient,
  type Transport,
  type TypedDataDefinition,
  type WalletClient,
} from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { getChainId, waitForTransactionReceipt, writeContract } from 'viem/actions'
import { foundry } from 'viem/chains'
import { accountAdapters } from '../accounts/index.js'
import type { AccountAdapter, AccountKind, EntryPointVersion } from '../accounts/types.js'
import { type DirectResult, sendUserOperationDirect } from '../actions/sendUserOperationDirect.js'
import { type Erc7579Account, toErc7579Account } from '../actions/toErc7579Account.js'
import type { Deployment } from '../deployment.js'
import type { Call } from '../encoding/execute.js'
import { anvilKeys } from './anvilKeys.js'
import { deployAccount } from './deployAccount.js'
import { deployCreate2 } from './deployCreate2.js'
import { deployEntryPoints } from './deployEntryPoints.js'
import { deploySmartSessions } from './deploySmartSessions.js'
import { fetchTestBytecode } from './fetchTestBytecode.js'
import { findArtifactsDir, requireTestBytecode } from './readArtifact.js'
import { startAnvil, testStackAnvilArgs } from './startAnvil.js'
import { testTokenAbi } from './testTokenAbi.js'

export type TestStackOptions = {
  /** The kind of the stack's account; default `'oz'`. */
  account?: AccountKind | undefined
  /** The account's EntryPoint; default v0.8, v0.7 for Safe7579 (its only one). Both are deployed either way. */
  entryPoint?: EntryPointVersion | undefined
  /** anvil's chain id (default 31337). */
  chainId?: number | undefined
  /** Use this node instead of starting anvil (what is deployed already is kept; `close()` leaves it running). */
  rpcUrl?: string | undefined
  /** The key that deploys and sends `handleOps` (the "bundler"); default anvil key 0. */
  senderKey?: Hex | undefined
  /** The account's owner; default a fresh key. */
  owner?: LocalAccount | undefined
  /** Forge's output directory with our contracts; default the repository's `out/`. */
  artifactsDir?: string | undefined
  /** Where the third-party bytecode is cached (see fetchTestBytecode). */
  cacheDir?: string | undefined
}

/** One account of the stack, with its owner and the owner's validator. */
export type TestAccount = {
  address: Address
  kind: AccountKind
  implementation: AccountAdapter
  entryPoint: { address: Address; version: EntryPointVersion }
  owner: LocalAccount
  ownerValidator: Address
  /** The owner's own viem smart account for this account (through the owner's validator). */
  toOwnerAccount: () => Promise<Erc7579Account>
  /** The owner makes `calls` from the account through `EntryPoint.handleOps`. */
  sendOwnerCalls: (calls: readonly Call[]) => Promise<DirectResult>
  /**
   * The owner's ERC-1271 signature of `typedData` for this account (what `account.isValidSignature` accepts):
   * wrapped as the account kind wants, signed by the owner, routed to the owner's validator.
   */
  signOwnerTypedData: (typedData: TypedDataDefinition) => Promise<Hex>
}

export type TestStack = {
  rpcUrl: string
  chain: Chain
  publicClient: PublicClient<Transport, Chain>
  /** anvil funded key that deployed the stack and sends `handleOps`. */
  walletClient: WalletClient<Transport, Chain, LocalAccount>
  entryPoints: Record<EntryPointVersion, Address>
  /** Our contracts at their CREATE2 addresses. */
  deployment: Deployment
  /** A mintable ERC-20 ("USD Coin", 6 decimals); the account holds 1,000,000 of it. */
  token: Address
  /** The funded account of the chosen kind. */
  account: TestAccount
  /** Another funded account of the same kind and owner (a fresh salt each time). */
  newAccount: (options?: { owner?: LocalAccount | undefined }) => Promise<TestAccount>
  /** Stops anvil (by PID) when the stack started it. */
  close: () => Promise<void>
}

/**
 * A local chain for sessions: anvil (native binary, free port) with the EntryPoints v0.7 and v0.8 at their
 * canonical addresses, our contracts at their CREATE2 addresses, a token, and a funded account of `account`'s
 * kind — OpenZeppelin AccountERC7579, Safe7579 v1.0.0, Kernel v3.1 or Nexus 1.0.1 — owned by one ECDSA key.
 */
export async function createTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const kind = options.account ?? 'oz'
  const implementation = accountAdapters[kind]
  const version = options.entryPoint ?? (implementation.entryPointVersions.includes('0.8') ? '0.8' : '0.7')
  if (!implementation.entryPointVersions.includes(version)) {
    throw new Error(`a ${kind} account does not work with EntryPoint v${version}`)
  }
  const bytecode = fetchTestBytecode({ cacheDir: options.cacheDir })
  const artifactsDir = findArtifactsDir(options.artifactsDir)
  const anvil = options.rpcUrl ? undefined : await startAnvil({ args: testStackAnvilArgs(options.chainId) })
  const rpcUrl = options.rpcUrl ?? anvil?.rpcUrl
  if (!rpcUrl) throw new Error('no node')
  try {
    const transport = http(rpcUrl)
    const chainId = options.chainId ?? (await getChainId(createPublicClient({ transport })))
    const chain: Chain = { ...foundry, id: chainId }
    const publicClient = createPublicClient({ chain, transport, pollingInterval: 50 })
    const walletClient = createWalletClient({
      account: privateKeyToAccount(options.senderKey ?? anvilKeys[0]),
      chain,
      transport,
      pollingInterval: 50,
    })
    const entryPoints = await deployEntryPoints(walletClient, bytecode)
    const deployment = await deploySmartSessions(walletClient, artifactsDir)
    const ownerValidator = await deployCreate2(
      walletClient,
      requireTestBytecode(artifactsDir, 'SessionKitOwnerValidator'),
    )
    const token = await deployCreate2(
      walletClient,
      concat([
        requireTestBytecode(artifactsDir, 'MockERC20'),
        encodeAbiParameters([{ type: 'string' }, { type: 'string' }, { type: 'uint8' }], ['USD Coin', 'USDC', 6]),
      ]),
      // One token per sender key: test files sharing a node do not share balances.
      keccak256(walletClient.account.address),
    )
    const entryPoint = { address: entryPoints[version], version }
    const defaultOwner = options.owner ?? privateKeyToAccount(generatePrivateKey())
    let accounts = 0

    const newAccount = async (accountOptions: { owner?: LocalAccount | undefined } = {}): Promise<TestAccount> => {
      const owner = accountOptions.owner ?? defaultOwner
      const salt = keccak256(encodePacked(['address', 'string', 'uint256'], [owner.address, kind, BigInt(accounts++)]))
      const address = await deployAccount(walletClient, {
        kind,
        entryPoint,
        bytecode,
        artifactsDir,
        ownerValidator,
        owner,
        salt,
      })
      const mint = await writeContract(walletClient, {
        address: token,
        abi: testTokenAbi,
        functionName: 'mint',
        args: [address, 1_000_000n * 10n ** 6n],
      })
      await waitForTransactionReceipt(publicClient, { hash: mint, pollingInterval: 50 })
      const toOwnerAccount = () =>
        toErc7579Account({
          client: publicClient,
          address,
          validator: ownerValidator,
          implementation,
          // Kernel: the owner's validator is the root validator (nonce key 0), allowed every selector.
          nonceKey: kind === 'kernel' ? 0n : undefined,
          entryPointVersion: version,
          entryPoint: entryPoint.address,
          signUserOpHash: (hash: Hex) => signHash(owner, hash),
          stubSignature: () => signHash(owner, `0x${'11'.repeat(32)}`),
        })
      return {
        address,
        kind,
        implementation,
        entryPoint,
        owner,
        ownerValidator,
        toOwnerAccount,
        sendOwnerCalls: async (calls) =>
          sendUserOperationDirect(walletClient, { account: await toOwnerAccount(), calls }),
        signOwnerTypedData: async (typedData) =>
          implementation.encodeErc1271Signature({
            validator: ownerValidator,
            signature: await owner.signTypedData(
              implementation.toErc1271TypedData({ account: address, chainId, typedData }) as never,
            ),
          }),
      }
    }

    return {
      rpcUrl,
      chain,
      publicClient: publicClient as PublicClient<Transport, Chain>,
      walletClient,
      entryPoints,
      deployment,
      token,
      account: await newAccount(),
      newAccount,
      close: async () => {
        await anvil?.stop()
      },
    }
  } catch (error) {
    await anvil?.stop()
    throw error
  }
}

function signHash(owner: LocalAccount, hash: Hex): Promise<Hex> {
  if (!owner.sign) throw new Error('the owner must be a local account that signs raw hashes')
  return owner.sign({ hash })
}
