import { concat } from 'viem'
import { encodeExecute } from '../encoding/execute.js'
import type { AccountAdapter } from './types.js'

/**
 * OpenZeppelin `AccountERC7579`: the validator sits in the top 20 bytes of the nonce key
 * (`key = uint192(uint160(validator)) << 32`), install data is the validator's own, ERC-1271 takes
 * `validator ‖ signature` and passes the hash through. Its EntryPoint is whatever the deployment overrides.
 */
export const ozAccount: AccountAdapter = {
  kind: 'oz',
  entryPointVersions: ['0.7', '0.8'],
  encodeNonceKey: (validator) => BigInt(validator) << 32n,
  encodeValidatorInstallData: (validatorInitData) => validatorInitData,
  encodeCalls: encodeExecute,
  toErc1271TypedData: ({ typedData }) => typedData,
  encodeErc1271Signature: ({ validator, signature }) => concat([validator, signature]),
}
