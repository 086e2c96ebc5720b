// Policies as typed objects: the declarative half of a session. Each builder in this folder turns one
// into the wire-format `PolicyData` (policy address + initData as docs/policies.md gives them).
import type { Address, Hex } from 'viem'

/** Always passes. */
export type SudoPolicyConfig = { type: 'sudo' }

/** Valid only between `validAfter` and `validUntil` (unix seconds; 0 or absent = unbounded). */
export type TimeFramePolicyConfig = {
  type: 'time-frame'
  validUntil?: bigint | undefined
  validAfter?: bigint | undefined
}

/** At most `limit` uses (calls of the action, or user operations at session level). */
export type UsageLimitPolicyConfig = { type: 'usage-limit'; limit: bigint }

/**
 * A limit per period, in windows `[start + k·seconds, start + (k+1)·seconds)`.
 *
 * Default (`carryOver` false or absent): fixed windows (FixedWindowSpendingLimitPolicy /
 * FixedWindowValueLimitPolicy / RateLimitPolicy) — at most the limit in every window; what is not used lapses at
 * the end of the window. Validation cannot read the clock, so each operation claims its window with a
 * `claimPeriod(time)` call to the policy: `toSession` grants that call, and `toSessionAccount` puts it first in every
 * operation with the chain's latest block time (it finds the session's fixed-window policies, or takes them from
 * its `periodClaims` option, see `toPeriodClaimPolicies`). An operation is only valid inside the window it claimed: one that reaches the chain after its window
 * ended is refused with "AA22 expired or not due" and must be sent again.
 *
 * `carryOver: true`: accrual (PeriodicSpendingLimitPolicy / PeriodicValueLimitPolicy) — the limit accrues once
 * at the start of every period, so by any time t ≥ start at most limit × (periods begun by t) has been spent,
 * nothing before `start`; unused allowance carries over without a cap (after three idle days, four days' worth
 * in one go). A spend that is not covered yet is held by the EntryPoint ("AA22 expired or not due") until the
 * period that covers it. No claim needed.
 */
export type PolicyPeriod = {
  /** The period length in seconds (1 to 2^48 − 1), e.g. 86400 for "per day". */
  seconds: bigint
  /**
   * When the first window opens (unix seconds); e.g. 0 with 86400 seconds gives UTC days. Accrual: a past start
   * releases all elapsed periods at once. Default: 60 s (DEFAULT_START_SLACK) before the current time when the
   * policy is encoded (`Math.floor(Date.now() / 1000)`, or the `now` option of the encoder / `toSession`),
   * because the EntryPoint's validAfter is exclusive (an operation needs a block timestamp after `start`) and
   * clocks drift.
   */
  start?: bigint | undefined
  /** Whether unused allowance carries over to later periods (accrual); default false (fixed windows). */
  carryOver?: boolean | undefined
}

/**
 * Cumulative ETH value (wei) the calls may send: the action's calls at action level, all calls of each
 * operation at session level. With `period`: at most `limit` per period (FixedWindowValueLimitPolicy, or
 * PeriodicValueLimitPolicy with `carryOver`; limit 1 to 2^104 − 1), otherwise `limit` over the session's lifetime
 * (ValueLimitPolicy).
 */
export type ValueLimitPolicyConfig = { type: 'value-limit'; limit: bigint; period?: PolicyPeriod | undefined }

/**
 * ERC-20 `transfer` / `approve` amounts counted per token against `amount` (token units); 1 to 16 distinct
 * tokens. With `period`: at most `amount` per period for each token (FixedWindowSpendingLimitPolicy, or
 * PeriodicSpendingLimitPolicy with `carryOver`; amounts 1 to 2^104 − 1), otherwise `amount` over the session's
 * lifetime (SpendingLimitPolicy).
 */
export type SpendingLimitsPolicyConfig = {
  type: 'spending-limits'
  limits: readonly { token: Address; amount: bigint }[]
  period?: PolicyPeriod | undefined
}

/**
 * At most `uses` per period in fixed windows (RateLimitPolicy): operations at session level, calls of the action
 * at action level; unused uses lapse at the end of the window (see PolicyPeriod; `carryOver` is not offered).
 */
export type RateLimitPolicyConfig = {
  type: 'rate-limit'
  uses: bigint
  period: Omit<PolicyPeriod, 'carryOver'>
}

/**
 * FeeLimitPolicy (session level only): bounds the ETH the account pays for gas of the session's user operations,
 * `perOp` for one op and `total` over the session's lifetime (wei). An op costs its required prefund,
 * `maxFeePerGas × (all its gas limits + preVerificationGas)`, or 0 when a paymaster pays; `total: 0n` lets
 * through only paymaster-paid ops. Limits above 2^85 − 1 wei are kept as 2^85 − 1.
 */
export type FeeLimitPolicyConfig = { type: 'fee-limit'; perOp: bigint; total: bigint }

/**
 * A stream (StreamingSpendingLimitPolicy for `token-stream`, StreamingValueLimitPolicy for `native-stream`):
 * `initialAmount` available at `start`, growing by `amountPerSecond`, at most `maxAmount` in total — by any time
 * t ≥ start at most min(maxAmount, initialAmount + amountPerSecond·(t − start)) has been spent. A spend the stream
 * does not cover yet is held by the EntryPoint ("AA22 expired or not due") until it does; beyond `maxAmount` it is
 * refused. Amounts in token units (wei for ETH); maxAmount 1 to 2^128 − 1, initialAmount ≤ maxAmount,
 * amountPerSecond < 2^104, not both 0; `start` defaults as PolicyPeriod's.
 */
type StreamFields = {
  initialAmount: bigint
  amountPerSecond: bigint
  maxAmount: bigint
  start?: bigint | undefined
}

/** An ERC-20 stream of `token` (its `transfer`/`approve` amounts), at action level. */
export type TokenStreamPolicyConfig = { type: 'token-stream'; token: Address } & StreamFields

/** An ETH value stream: the action's calls at action level, all calls of each operation at session level. */
export type NativeStreamPolicyConfig = { type: 'native-stream' } & StreamFields

/** Options of the policy encoders. */
export type PolicyEncodeOptions = {
  /** The current unix time in seconds, the default `period.start` (default: the system clock). */
  now?: (() => bigint) | undefined
}

/** Readable names of CallPolicy conditions, in the order of the contract's enum (0..6). */
export const callConditions = [
  'equal',
  'greaterThan',
  'lessThan',
  'greaterThanOrEqual',
  'lessThanOrEqual',
  'notEqual',
  'inRange',
] as const
export type CallCondition = (typeof callConditions)[number]

/** A value compared with a 32-byte calldata word: numbers, addresses, booleans or raw 32-byte hex. */
export type RuleValue = bigint | boolean | Hex

/** Where the compared word is: `param` = the n-th 32-byte argument, or `offset` = bytes after the selector. */
export type RulePosition = { param: number; offset?: undefined } | { offset: number; param?: undefined }

/** One rule: the word at the position compared with `value` (or within `[min, max]` for 'inRange'). */
export type CallRule = RulePosition &
  (
    | { condition: Exclude<CallCondition, 'inRange'>; value: RuleValue; min?: undefined; max?: undefined }
    | { condition: 'inRange'; min: bigint; max: bigint; value?: undefined }
  ) & {
    /** Adds the word to a running total and refuses past this limit (e.g. a cumulative amount). */
    limit?: bigint | undefined
  }

/** CallPolicy: rules on calldata arguments, all must hold; optional ETH value cap per call. */
export type CallPolicyConfig = {
  type: 'call'
  rules: readonly CallRule[]
  valueLimitPerUse?: bigint | undefined
}

/** Where CallRulesPolicy reads a rule's word (offsets in bytes after the selector). */
export type CallRulesLocation =
  /** The word at `offset` (a static argument, or a field of a static tuple). */
  | { offset: number | bigint; element?: undefined; tailWord?: undefined; calldataLength?: undefined }
  /** Element `element` of the array of 32-byte elements whose ABI offset is at `offset` (bounded by its length). */
  | { offset: number | bigint; element: number; tailWord?: undefined; calldataLength?: undefined }
  /** Word `tailWord` of the dynamic argument whose ABI offset is at `offset` (0 = an array's length). */
  | { offset: number | bigint; tailWord: number; element?: undefined; calldataLength?: undefined }
  /** The calldata's length in bytes, selector included (0 = a plain ETH transfer). */
  | { calldataLength: true; offset?: undefined; element?: undefined; tailWord?: undefined }

/** A CallRulesPolicy rule: the word at `at` compared with `value`, within `[min, max]`, or one of `values`. */
export type CallRulesRule = { at: CallRulesLocation; limit?: bigint | undefined } & (
  | {
      condition: Exclude<CallCondition, 'inRange'>
      value: RuleValue
      min?: undefined
      max?: undefined
      values?: undefined
    }
  | { condition: 'inRange'; min: bigint | number; max: bigint | number; value?: undefined; values?: undefined }
  | { condition: 'oneOf'; values: readonly RuleValue[]; value?: undefined; min?: undefined; max?: undefined }
)

/**
 * CallRulesPolicy: a call passes when every rule of at least one group of `anyOf` holds (the first such group
 * counts its `limit`ed words); optional ETH value cap per call (default 0: no ETH).
 */
export type CallRulesPolicyConfig = {
  type: 'call-rules'
  anyOf: readonly (readonly CallRulesRule[])[]
  valueLimitPerUse?: bigint | undefined
}

/** A policy of an action or of the session; `policy` overrides the deployment's address for it. */
export type PolicyConfig = (
  | SudoPolicyConfig
  | TimeFramePolicyConfig
  | UsageLimitPolicyConfig
  | ValueLimitPolicyConfig
  | SpendingLimitsPolicyConfig
  | RateLimitPolicyConfig
  | TokenStreamPolicyConfig
  | NativeStreamPolicyConfig
  | CallPolicyConfig
  | CallRulesPolicyConfig
  | FeeLimitPolicyConfig
) & { address?: Address | undefined }

/** A policy contract not built into the client: its address and initData as they go on the wire. */
export type RawPolicyConfig = { type: 'raw'; address: Address; initData: Hex }

export type AnyPolicyConfig = PolicyConfig | RawPolicyConfig
