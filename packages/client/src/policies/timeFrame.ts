import { encodePacked, type Hex } from 'viem'
import { InvalidPolicyConfigError } from '../errors.js'
import type { TimeFramePolicyConfig } from './types.js'

const MAX_UINT48 = 2n ** 48n - 1n

/** TimeFramePolicy initData: `abi.encodePacked(uint48 validUntil, uint48 validAfter)`; 0 = unbounded. */
export function encodeTimeFramePolicy(config: TimeFramePolicyConfig): Hex {
  const validUntil = BigInt(config.validUntil ?? 0)
  const validAfter = BigInt(config.validAfter ?? 0)
  for (const [name, value] of [
    ['validUntil', validUntil],
    ['validAfter', validAfter],
  ] as const) {
    if (value < 0n || value > MAX_UINT48) throw new InvalidPolicyConfigError('time-frame', `${name} must fit uint48`)
  }
  if (validUntil !== 0n && validUntil <= validAfter) {
    throw new InvalidPolicyConfigError('time-frame', 'validUntil must be after validAfter')
  }
  return encodePacked(['uint48', 'uint48'], [Number(validUntil), Number(validAfter)])
}
