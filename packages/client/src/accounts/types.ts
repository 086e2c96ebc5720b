import type { Address, Hex, TypedDataDefinition } from 'viem'
import type { Call } from '../encoding/execute.js'

/** The ERC-7579 accounts the client drives SmartSession on. */
export type AccountKind = 'oz' | 'safe7579' | 'kernel' | 'nexus'

export type EntryPointVersion = '0.7' | '0.8'

/**
 * What differs between account implementations when SmartSession is one of their validators: how a user
 * operation selects the validator (nonce key), how the validator is installed, how calls are encoded, and how
 * the account's ERC-1271 `isValidSignature` wants a validator's signature (the owner's enable signature is
 * checked through it).
 */
export type AccountAdapter = {
  kind: AccountKind
  /** The EntryPoint versions the account's code works with. */
  entryPointVersions: readonly EntryPointVersion[]
  /** The 192-bit user-op nonce key under which the account validates with `validator`. */
  encodeNonceKey: (validator: Address) => bigint
  /** The `installModule(1, validator, data)` data carrying the validator's own `onInstall` data. */
  encodeValidatorInstallData: (validatorInitData: Hex) => Hex
  /** The user-op `callData` executing `calls`. */
  encodeCalls: (calls: readonly Call[]) => Hex
  /**
   * What a validator of `account` must see signed so that `account.isValidSignature(hashTypedData(typedData), …)`
   * holds: `typedData` itself for accounts that pass the hash through, the account's own wrapper otherwise
   * (Kernel binds the hash to its chain and address).
   */
  toErc1271TypedData: (parameters: {
    account: Address
    chainId: number
    typedData: TypedDataDefinition
  }) => TypedDataDefinition
  /** The `isValidSignature` signature that routes to `validator` with the validator's `signature`. */
  encodeErc1271Signature: (parameters: { validator: Address; signature: Hex }) => Hex
}
