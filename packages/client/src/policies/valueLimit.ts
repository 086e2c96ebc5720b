import { encodeAbiParameters, type Hex } from 'viem'
import { InvalidPolicyConfigError } from '../errors.js'
import { checkPeriodicLimit, resolvePeriod } from './period.js'
import type { PolicyEncodeOptions, ValueLimitPolicyConfig } from './types.js'

/**
 * The initData of a value limit. Without `period`, ValueLimitPolicy's `abi.encode(uint256 limit)`; with it,
 * PeriodicValueLimitPolicy's `abi.encode(uint256 limit, uint48 period, uint48 start)` (start defaults to
 * `options.now()`, else the system clock).
 */
export function encodeValueLimitPolicy(config: ValueLimitPolicyConfig, options?: PolicyEncodeOptions): Hex {
  if (config.period !== undefined) {
    checkPeriodicLimit('value-limit', 'limit', config.limit)
    const { seconds, start } = resolvePeriod('value-limit', config.period, options)
    return encodeAbiParameters(
      [{ type: 'uint256' }, { type: 'uint48' }, { type: 'uint48' }],
      [config.limit, Number(seconds), Number(start)],
    )
  }
  if (config.limit < 0n || config.limit >= 2n ** 256n) {
    throw new InvalidPolicyConfigError('value-limit', 'limit must fit uint256')
  }
  return encodeAbiParameters([{ type: 'uint256' }], [config.limit])
}
