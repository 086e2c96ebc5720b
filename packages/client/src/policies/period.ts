// The period of the per-period policies (fixed windows: FixedWindowSpendingLimitPolicy, FixedWindowValueLimitPolicy,
// RateLimitPolicy; accrual: PeriodicSpendingLimitPolicy, PeriodicValueLimitPolicy):
// range checks that mirror the contracts, so a bad config fails here with a readable error, not at enable.
import { InvalidPolicyConfigError } from '../errors.js'
import type { PolicyEncodeOptions, PolicyPeriod } from './types.js'

/** The largest uint48: periods and start times are 48-bit on chain. */
export const MAX_UINT48 = 2n ** 48n - 1n
/** The largest per-period limit of the periodic policies (PeriodicAllowance.MAX_LIMIT: limit and used share a slot). */
export const MAX_PERIODIC_LIMIT = 2n ** 104n - 1n

/** The current unix time in seconds. */
export const systemNow = (): bigint => BigInt(Math.floor(Date.now() / 1000))

/**
 * How far before "now" a default `start` is placed: the EntryPoint's validAfter is exclusive and a client's clock
 * may run ahead of the chain, so a session used right after it was granted would otherwise be "not due" (AA22)
 * for a moment. The cost: the first period boundary comes this much earlier.
 */
export const DEFAULT_START_SLACK = 60

/**
 * `value` as a bigint when it is an integer, else an InvalidPolicyConfigError naming `name` (the types ask for
 * bigints; a JavaScript number that is a safe integer is taken too, anything else — 1.5, NaN, '3' — refused).
 */
export function toInteger(type: string, name: string, value: number | bigint): bigint {
  if (typeof value === 'bigint') return value
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new InvalidPolicyConfigError(type, `${name} must be an integer, got ${String(value)}`)
  }
  return BigInt(value)
}

/** The period and start as they go into initData (start defaults to now − DEFAULT_START_SLACK); checked to fit uint48, period > 0. */
export function resolvePeriod(
  type: string,
  period: PolicyPeriod,
  options: PolicyEncodeOptions = {},
): { seconds: bigint; start: bigint } {
  const seconds = toInteger(type, 'period.seconds', period.seconds)
  if (seconds <= 0n || seconds > MAX_UINT48) {
    throw new InvalidPolicyConfigError(type, `period.seconds must be 1..2^48-1, got ${seconds}`)
  }
  const start =
    period.start === undefined
      ? toInteger(type, 'now', (options.now ?? systemNow)()) - BigInt(DEFAULT_START_SLACK)
      : toInteger(type, 'period.start', period.start)
  if (start < 0n || start > MAX_UINT48) {
    throw new InvalidPolicyConfigError(type, `period.start must be 0..2^48-1, got ${start}`)
  }
  // A first window ending at time 0 would read as "no expiry" (FixedWindowAllowance refuses it).
  if (!period.carryOver && start + seconds < 2n) {
    throw new InvalidPolicyConfigError(type, 'period.start + period.seconds must be at least 2')
  }
  return { seconds, start }
}

/** Refuses a per-period limit outside 1..2^104-1 (the periodic policies revert InvalidAllowance / AllowanceLimitTooLarge). */
export function checkPeriodicLimit(type: string, name: string, limit: bigint): void {
  if (limit <= 0n || limit > MAX_PERIODIC_LIMIT) {
    throw new InvalidPolicyConfigError(type, `${name} per period must be 1..2^104-1, got ${limit}`)
  }
}
