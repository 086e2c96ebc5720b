import { encodeAbiParameters, getAddress, type Hex, isAddress, zeroAddress } from 'viem'
import { InvalidPolicyConfigError } from '../errors.js'
import { checkPeriodicLimit, resolvePeriod } from './period.js'
import type { PolicyEncodeOptions, SpendingLimitsPolicyConfig } from './types.js'

/** The most tokens one config may limit (TokenLimitLib.MAX_TOKENS). */
export const MAX_LIMITED_TOKENS = 16

/**
 * The initData of ERC-20 spending limits, one entry per token (1 to 16 distinct non-zero tokens, non-zero
 * amounts). Without `period`, SpendingLimitPolicy's `abi.encode(address[] tokens, uint256[] limits)`; with
 * it, PeriodicSpendingLimitPolicy's `abi.encode(address[] tokens, uint256[] limits, uint48 period,
 * uint48 start)` (amounts ≤ 2^104 − 1; start defaults to `options.now()`, else the system clock).
 */
export function encodeSpendingLimitsPolicy(config: SpendingLimitsPolicyConfig, options?: PolicyEncodeOptions): Hex {
  const type = 'spending-limits'
  if (config.limits.length === 0) throw new InvalidPolicyConfigError(type, 'at least one token limit')
  if (config.limits.length > MAX_LIMITED_TOKENS) {
    throw new InvalidPolicyConfigError(type, `at most ${MAX_LIMITED_TOKENS} tokens, got ${config.limits.length}`)
  }
  const seen = new Set<string>()
  for (const { token, amount } of config.limits) {
    if (typeof token !== 'string' || !isAddress(token, { strict: true })) {
      throw new InvalidPolicyConfigError(type, `token ${String(token)} is not an address (or has a bad checksum)`)
    }
    const key = getAddress(token)
    if (key === zeroAddress) throw new InvalidPolicyConfigError(type, 'the zero address is no token')
    if (seen.has(key)) throw new InvalidPolicyConfigError(type, `token ${key} listed twice`)
    seen.add(key)
    if (config.period !== undefined) checkPeriodicLimit(type, `amount of ${key}`, amount)
    else if (amount <= 0n || amount >= 2n ** 256n) {
      throw new InvalidPolicyConfigError(type, `amount of ${key} must be 1..2^256-1, got ${amount}`)
    }
  }
  const tokens = config.limits.map((limit) => limit.token)
  const amounts = config.limits.map((limit) => limit.amount)
  if (config.period === undefined) {
    return encodeAbiParameters([{ type: 'address[]' }, { type: 'uint256[]' }], [tokens, amounts])
  }
  const { seconds, start } = resolvePeriod(type, config.period, options)
  return encodeAbiParameters(
    [{ type: 'address[]' }, { type: 'uint256[]' }, { type: 'uint48' }, { type: 'uint48' }],
    [tokens, amounts, Number(seconds), Number(start)],
  )
}
