import type { Address, Client, Hex } from 'viem'
import {
  entryPoint07Abi,
  entryPoint07Address,
  entryPoint08Abi,
  entryPoint08Address,
  getUserOperationHash,
  type SmartAccount,
  type SmartAccountImplementation,
  toSmartAccount,
} from 'viem/account-abstraction'
import { readContract } from 'viem/actions'
import { ozAccount } from '../accounts/ozAccount.js'
import type { AccountAdapter, EntryPointVersion } from '../accounts/types.js'

export type Erc7579AccountImplementation = SmartAccountImplementation<
  typeof entryPoint08Abi | typeof entryPoint07Abi,
  EntryPointVersion
>
export type Erc7579Account = SmartAccount<Erc7579AccountImplementation>

/**
 * A viem smart account for a deployed ERC-7579 account (OpenZeppelin, Safe7579, Kernel, Nexus: see
 * `accountAdapters`) whose user operations `validator` checks. `signUserOpHash` turns the user-op hash into that
 * validator's signature. Used for the session (validator SmartSession) and for the owner (its own validator).
 */
export function toErc7579Account(parameters: {
  client: Client
  address: Address
  validator: Address
  signUserOpHash: (hash: Hex) => Promise<Hex>
  stubSignature: () => Promise<Hex> | Hex
  /** The account implementation (nonce key, call encoding); default OpenZeppelin's. */
  implementation?: AccountAdapter | undefined
  /** Overrides the nonce key the adapter derives from `validator` (e.g. 0 for Kernel's root validator). */
  nonceKey?: bigint | undefined
  /** Default v0.8. */
  entryPointVersion?: EntryPointVersion | undefined
  /** Default the canonical address of `entryPointVersion`. */
  entryPoint?: Address | undefined
  /** ERC-1271 signing for the account; default: refuse (the account signs user operations only). */
  signMessage?: Erc7579AccountImplementation['signMessage'] | undefined
  signTypedData?: Erc7579AccountImplementation['signTypedData'] | undefined
}): Promise<Erc7579Account> {
  const { client, address, validator } = parameters
  const adapter = parameters.implementation ?? ozAccount
  const version = parameters.entryPointVersion ?? '0.8'
  if (!adapter.entryPointVersions.includes(version)) {
    throw new Error(`a ${adapter.kind} account does not work with EntryPoint v${version}`)
  }
  const entryPoint = {
    abi: version === '0.7' ? entryPoint07Abi : entryPoint08Abi,
    address: parameters.entryPoint ?? (version === '0.7' ? entryPoint07Address : entryPoint08Address),
    version,
  } as const
  const key = parameters.nonceKey ?? adapter.encodeNonceKey(validator)
  const unsupported = () => Promise.reject(new Error('this account signs user operations only'))
  const implementation: Erc7579AccountImplementation = {
    client: client as Erc7579AccountImplementation['client'],
    entryPoint,
    getAddress: async () => address,
    encodeCalls: async (calls) => adapter.encodeCalls(calls),
    getFactoryArgs: async () => ({ factory: undefined, factoryData: undefined }),
    getNonce: () =>
      readContract(client, {
        abi: entryPoint08Abi,
        address: entryPoint.address,
        functionName: 'getNonce',
        args: [address, key],
      }),
    getStubSignature: async () => parameters.stubSignature(),
    signMessage: parameters.signMessage ?? unsupported,
    signTypedData: parameters.signTypedData ?? unsupported,
    async signUserOperation({ chainId, ...userOperation }) {
      const hash = getUserOperationHash({
        chainId: chainId ?? client.chain?.id ?? 31337,
        entryPointAddress: entryPoint.address,
        entryPointVersion: version,
        userOperation: { ...userOperation, sender: address },
      } as Parameters<typeof getUserOperationHash>[0])
      return parameters.signUserOpHash(hash)
    },
  }
  return toSmartAccount(implementation)
}
