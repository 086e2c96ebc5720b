import { concat, type Hex, hashTypedData, type TypedDataDefinition, zeroAddress } from 'viem'
import { encodeExecute } from '../encoding/execute.js'
import type { AccountAdapter } from './types.js'

/**
 * Safe with the Safe7579 adapter v1.0.0 (EntryPoint v0.7 only: its address is built into the adapter). The
 * validator is `nonce >> 96` (`key = validator << 32`); an unknown validator falls back to the Safe owners'
 * signatures. ERC-1271 with `validator ‖ signature` goes to an installed validator with the hash unchanged; with
 * `address(0) ‖ signatures` to the Safe's own owners (see toSafeOwnersTypedData).
 * The adapter calls validators through the Safe (`execTransactionFromModuleReturnData`) and turns their revert
 * data into `ExecutionFailed()`: a refusal's reason has to come from simulating SmartSession itself.
 */
export const safe7579Account: AccountAdapter = {
  kind: 'safe7579',
  entryPointVersions: ['0.7'],
  encodeNonceKey: (validator) => BigInt(validator) << 32n,
  encodeValidatorInstallData: (validatorInitData) => validatorInitData,
  encodeCalls: encodeExecute,
  toErc1271TypedData: ({ typedData }) => typedData,
  encodeErc1271Signature: ({ validator, signature }) => concat([validator, signature]),
}

/**
 * What the Safe's owners sign so that Safe7579's `isValidSignature(hashTypedData(typedData), address(0) ‖ sigs)`
 * holds: a `SafeMessage(bytes message)` on the Safe's domain {chainId, the Safe} whose message is
 * the 32-byte hash itself (as with Safe's own fallback handler). Bound to one chain.
 */
export function toSafeOwnersTypedData(parameters: {
  account: Hex
  chainId: number
  typedData: TypedDataDefinition
}): TypedDataDefinition {
  return {
    domain: { chainId: parameters.chainId, verifyingContract: parameters.account },
    types: { SafeMessage: [{ name: 'message', type: 'bytes' }] },
    primaryType: 'SafeMessage',
    message: { message: hashTypedData(parameters.typedData) },
  }
}

/**
 * Safe7579's ERC-1271 signature checked by the Safe's owners: `address(0) ‖ signatures`, the owners' 65-byte
 * ECDSA signatures of toSafeOwnersTypedData concatenated in ascending owner-address order (Safe's format).
 */
export function encodeSafeOwnersSignature(signatures: readonly Hex[]): Hex {
  return concat([zeroAddress, ...signatures])
}
