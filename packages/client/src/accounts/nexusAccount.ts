import { concat } from 'viem'
import { encodeExecute } from '../encoding/execute.js'
import type { AccountAdapter } from './types.js'

/**
 * Biconomy Nexus 1.0.1 (EntryPoint given at deployment: v0.7 or v0.8). Nonce layout
 * `[3 bytes 0][1 byte mode][20 bytes validator][8 bytes sequence]`: `key = uint192(uint160(validator))` in the
 * default mode. ERC-1271 takes `validator ‖ signature` and passes the hash through.
 */
export const nexusAccount: AccountAdapter = {
  kind: 'nexus',
  entryPointVersions: ['0.7', '0.8'],
  encodeNonceKey: (validator) => BigInt(validator),
  encodeValidatorInstallData: (validatorInitData) => validatorInitData,
  encodeCalls: encodeExecute,
  toErc1271TypedData: ({ typedData }) => typedData,
  encodeErc1271Signature: ({ validator, signature }) => concat([validator, signature]),
}
