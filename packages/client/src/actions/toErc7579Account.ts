import type { Address, Client, Hex } from 'viem'
import {
  entryPoint08Abi,
  entryPoint08Address,
  getUserOperationHash,
  type SmartAccount,
  type SmartAccountImplementation,
  toSmartAccount,
} from 'viem/account-abstraction'
import { readContract } from 'viem/actions'
import { encodeExecute } from '../encoding/execute.js'

export type Erc7579AccountImplementation = SmartAccountImplementation<typeof entryPoint08Abi, '0.8'>
export type Erc7579Account = SmartAccount<Erc7579AccountImplementation>

/**
 * A viem smart account for a deployed ERC-7579 account whose validator is picked from the user-op nonce
 * key (OpenZeppelin AccountERC7579, Nexus: `key = validator << 32`), on EntryPoint v0.8. `signUserOpHash`
 * turns the user-op hash into that validator's signature. Used for the session (validator SmartSession)
 * and for the owner (its own validator).
 */
export function toErc7579Account(parameters: {
  client: Client
  address: Address
  validator: Address
  signUserOpHash: (hash: Hex) => Promise<Hex>
  stubSignature: () => Promise<Hex> | Hex
  entryPoint?: Address | undefined
  /** ERC-1271 signing for the account; default: refuse (the account signs user operations only). */
  signMessage?: Erc7579AccountImplementation['signMessage'] | undefined
  signTypedData?: Erc7579AccountImplementation['signTypedData'] | undefined
}): Promise<Erc7579Account> {
  const { client, address, validator } = parameters
  const entryPoint = {
    abi: entryPoint08Abi,
    address: parameters.entryPoint ?? entryPoint08Address,
    version: '0.8',
  } as const
  const key = BigInt(validator) << 32n
  const unsupported = () => Promise.reject(new Error('this account signs user operations only'))
  const implementation: Erc7579AccountImplementation = {
    client: client as Erc7579AccountImplementation['client'],
    entryPoint,
    getAddress: async () => address,
    encodeCalls: async (calls) => encodeExecute(calls),
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
        entryPointVersion: '0.8',
        userOperation: { ...userOperation, sender: address },
      })
      return parameters.signUserOpHash(hash)
    },
  }
  return toSmartAccount(implementation)
}
