import { encodePacked, type Hex } from 'viem'
import { InvalidPolicyConfigError } from '../errors.js'
import { toInteger } from './period.js'
import type { UsageLimitPolicyConfig } from './types.js'

/** UsageLimitPolicy initData: `abi.encodePacked(uint128 limit)`. */
export function encodeUsageLimitPolicy(config: UsageLimitPolicyConfig): Hex {
  const limit = toInteger('usage-limit', 'limit', config.limit)
  if (limit <= 0n || limit >= 2n ** 128n) throw new InvalidPolicyConfigError('usage-limit', 'limit must be 1..2^128-1')
  return encodePacked(['uint128'], [limit])
}
