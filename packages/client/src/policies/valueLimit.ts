import { encodeAbiParameters, type Hex } from 'viem'
import { InvalidPolicyConfigError } from '../errors.js'
import type { ValueLimitPolicyConfig } from './types.js'

/** ValueLimitPolicy initData: `abi.encode(uint256 limit)`. */
export function encodeValueLimitPolicy(config: ValueLimitPolicyConfig): Hex {
  if (config.limit < 0n || config.limit >= 2n ** 256n) {
    throw new InvalidPolicyConfigError('value-limit', 'limit must fit uint256')
  }
  return encodeAbiParameters([{ type: 'uint256' }], [config.limit])
}
