import { encodeAbiParameters, type Hex } from 'viem'
import { checkPeriodicLimit, resolvePeriod, toInteger } from './period.js'
import type { PolicyEncodeOptions, RateLimitPolicyConfig } from './types.js'

/**
 * RateLimitPolicy initData: `abi.encode(uint256 uses, uint48 period, uint48 start)` — at most `uses` (1 to
 * 2^104 − 1) per fixed window (start defaults to `options.now()` less DEFAULT_START_SLACK, else the system clock).
 */
export function encodeRateLimitPolicy(config: RateLimitPolicyConfig, options?: PolicyEncodeOptions): Hex {
  const uses = toInteger('rate-limit', 'uses', config.uses)
  checkPeriodicLimit('rate-limit', 'uses', uses)
  const { seconds, start } = resolvePeriod('rate-limit', config.period, options)
  return encodeAbiParameters(
    [{ type: 'uint256' }, { type: 'uint48' }, { type: 'uint48' }],
    [uses, Number(seconds), Number(start)],
  )
}
