import { encodePacked, type Hex } from 'viem'
import { InvalidPolicyConfigError } from '../errors.js'
import { systemNow, toInteger } from './period.js'
import type { PolicyEncodeOptions, TimeFramePolicyConfig } from './types.js'

const MAX_UINT48 = 2n ** 48n - 1n
/** Unix seconds past this (year 5138) are taken for milliseconds: `Date.now()` passed where seconds belong. */
const MAX_PLAUSIBLE_SECONDS = 10n ** 11n

/**
 * TimeFramePolicy initData: `abi.encodePacked(uint48 validUntil, uint48 validAfter)`; 0 = unbounded. Refuses a
 * validUntil that has passed (`options.now`, default the system clock) or that looks like milliseconds.
 */
export function encodeTimeFramePolicy(config: TimeFramePolicyConfig, options: PolicyEncodeOptions = {}): Hex {
  const validUntil = toInteger('time-frame', 'validUntil', config.validUntil ?? 0n)
  const validAfter = toInteger('time-frame', 'validAfter', config.validAfter ?? 0n)
  for (const [name, value] of [
    ['validUntil', validUntil],
    ['validAfter', validAfter],
  ] as const) {
    if (value < 0n || value > MAX_UINT48) throw new InvalidPolicyConfigError('time-frame', `${name} must fit uint48`)
    if (value > MAX_PLAUSIBLE_SECONDS) {
      throw new InvalidPolicyConfigError('time-frame', `${name} ${value} looks like milliseconds: pass unix seconds`)
    }
  }
  if (validUntil !== 0n && validUntil <= validAfter) {
    throw new InvalidPolicyConfigError('time-frame', 'validUntil must be after validAfter')
  }
  const now = toInteger('time-frame', 'now', (options.now ?? systemNow)())
  if (validUntil !== 0n && validUntil <= now) {
    throw new InvalidPolicyConfigError('time-frame', `validUntil ${validUntil} has passed (now ${now})`)
  }
  return encodePacked(['uint48', 'uint48'], [Number(validUntil), Number(validAfter)])
}
