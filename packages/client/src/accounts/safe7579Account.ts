import { concat } from 'viem'
import { encodeExecute } from '../encoding/execute.js'
import type { AccountAdapter } from './types.js'

/**
 * Safe with the Safe7579 adapter v1.0.0 (EntryPoint v0.7 only: its address is built into the adapter). The
 * validator is `nonce >> 96` (`key = validator << 32`); an unknown validator falls back to the Safe owners'
 * signatures. ERC-1271 with `validator ‖ signature` goes to an installed validator with the hash unchanged.
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
