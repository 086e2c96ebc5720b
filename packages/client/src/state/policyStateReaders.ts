import {
  callPolicyAbi,
  callRulesPolicyAbi,
  feeLimitPolicyAbi,
  fixedWindowSpendingLimitPolicyAbi,
  fixedWindowValueLimitPolicyAbi,
  periodicSpendingLimitPolicyAbi,
  periodicValueLimitPolicyAbi,
  rateLimitPolicyAbi,
  spendingLimitPolicyAbi,
  streamingSpendingLimitPolicyAbi,
  streamingValueLimitPolicyAbi,
  timeFramePolicyAbi,
  usageLimitPolicyAbi,
  valueLimitPolicyAbi,
} from '@smart-sessions/bindings'
import type { Abi, Address, Client, ContractFunctionName, ContractFunctionReturnType, Hex } from 'viem'
import { readContract } from 'viem/actions'
import { toCallRulesConfig } from '../policies/callRules.js'

/** Where one policy instance's state lives: the policy, SmartSession (its multiplexer), the config id, the account. */
export type PolicyStateContext = {
  policy: Address
  smartSession: Address
  configId: Hex
  account: Address
  /** The latest block's timestamp (unix seconds). */
  now: bigint
}

/** What is left of one periodic allowance now, and when it grows next. */
export type PeriodicAllowanceState = {
  limitPerPeriod: bigint
  period: bigint
  start: bigint
  /** Accrual: spent since start. Fixed windows: used in the window last claimed. */
  spent: bigint
  /** What an operation running now may spend. */
  left: bigint
  /** When the next period begins (unix seconds): accrual adds the limit to `left` then, a fixed window resets it. */
  nextRefill: bigint
  /** Whether unused allowance carries over (accrual) or lapses at the end of each window (fixed windows). */
  carryOver: boolean
}

/** What a stream has released and what is left of it now. */
export type StreamState = {
  initialAmount: bigint
  amountPerSecond: bigint
  maxAmount: bigint
  start: bigint
  spent: bigint
  /** What an operation running now may spend: released by now, less spent. */
  left: bigint
}

/** Reads what is left of one policy instance; returns a plain object (bigints), shape per policy. */
export type PolicyStateReader = (client: Client, context: PolicyStateContext) => Promise<Record<string, unknown>>

function accrual(limit: bigint, period: bigint, start: bigint, spent: bigint, now: bigint): PeriodicAllowanceState {
  const begun = period === 0n || now < start ? 0n : (now - start) / period + 1n
  const granted = limit * begun
  return {
    limitPerPeriod: limit,
    period,
    start,
    spent,
    left: granted > spent ? granted - spent : 0n,
    nextRefill: start + begun * period,
    carryOver: true,
  }
}

/** A view function of the policy for this instance: `(multiplexer, configId, account, ...extra)`. */
function readPolicy<const abi extends Abi, name extends ContractFunctionName<abi, 'view'>>(
  client: Client,
  { policy, smartSession, configId, account }: PolicyStateContext,
  abi: abi,
  functionName: name,
  extra: readonly unknown[] = [],
): Promise<ContractFunctionReturnType<abi, 'view', name>> {
  return readContract(client, {
    address: policy,
    abi,
    functionName,
    args: [smartSession, configId, account, ...extra],
  } as never) as never
}

/** Fixed windows: the configured allowance, and what an operation running now may use (`availableAt(now)`). */
async function fixedWindow(
  client: Client,
  context: PolicyStateContext,
  abi: typeof fixedWindowValueLimitPolicyAbi | typeof rateLimitPolicyAbi | typeof fixedWindowSpendingLimitPolicyAbi,
  token: readonly Address[] = [],
): Promise<PeriodicAllowanceState> {
  const [[limit, period, start, , used], [left, nextRefill]] = await Promise.all([
    readPolicy(client, context, abi as typeof fixedWindowValueLimitPolicyAbi, 'getAllowance', token),
    readPolicy(client, context, abi as typeof fixedWindowValueLimitPolicyAbi, 'availableAt', [...token, context.now]),
  ])
  return { limitPerPeriod: limit, period, start, spent: used, left, nextRefill, carryOver: false }
}

/** Per token of a token-limit policy (its `getTokens`), `read(token)`. */
async function perToken<state>(
  client: Client,
  context: PolicyStateContext,
  abi: typeof spendingLimitPolicyAbi | typeof periodicSpendingLimitPolicyAbi | typeof fixedWindowSpendingLimitPolicyAbi,
  read: (token: Address) => Promise<state>,
): Promise<{ tokens: (state & { token: Address })[] }> {
  const tokens = await readPolicy(client, context, abi as typeof spendingLimitPolicyAbi, 'getTokens')
  return { tokens: await Promise.all(tokens.map(async (token) => ({ token, ...(await read(token)) }))) }
}

/**
 * The state readers of the policies the client knows, keyed by contract name: each reads the policy's own view
 * functions for one instance. Policies written elsewhere plug in by passing their reader to getSessionState
 * (`readers: { MyPolicy: … }`), under their contract name.
 */
export const policyStateReaders: Readonly<Record<string, PolicyStateReader>> = {
  SudoPolicy: async () => ({}),
  TimeFramePolicy: async (client, context) => {
    const [validUntil, validAfter] = await readPolicy(client, context, timeFramePolicyAbi, 'getTimeFrame')
    return { validAfter: BigInt(validAfter), validUntil: BigInt(validUntil) }
  },
  UsageLimitPolicy: async (client, context) => {
    const [limit, used] = await readPolicy(client, context, usageLimitPolicyAbi, 'getUsage')
    return { limit, used, left: limit - used }
  },
  ValueLimitPolicy: async (client, context) => {
    const [limit, used] = await readPolicy(client, context, valueLimitPolicyAbi, 'getValueLimit')
    return { limit, used, left: limit - used }
  },
  PeriodicValueLimitPolicy: async (client, context) => {
    const [limit, period, start, spent] = await readPolicy(client, context, periodicValueLimitPolicyAbi, 'getAllowance')
    return accrual(limit, period, start, spent, context.now)
  },
  FixedWindowValueLimitPolicy: (client, context) => fixedWindow(client, context, fixedWindowValueLimitPolicyAbi),
  RateLimitPolicy: async (client, context) => {
    const { limitPerPeriod, spent, ...window } = await fixedWindow(client, context, rateLimitPolicyAbi)
    return { usesPerPeriod: limitPerPeriod, used: spent, ...window }
  },
  StreamingValueLimitPolicy: async (client, context): Promise<StreamState> => {
    const [[initialAmount, amountPerSecond, maxAmount, start, spent], left] = await Promise.all([
      readPolicy(client, context, streamingValueLimitPolicyAbi, 'getStream'),
      readPolicy(client, context, streamingValueLimitPolicyAbi, 'availableAt', [context.now]),
    ])
    return { initialAmount, amountPerSecond, maxAmount, start, spent, left }
  },
  StreamingSpendingLimitPolicy: async (client, context): Promise<StreamState & { token: Address }> => {
    const [[token, initialAmount, amountPerSecond, maxAmount, start, spent], left] = await Promise.all([
      readPolicy(client, context, streamingSpendingLimitPolicyAbi, 'getStream'),
      readPolicy(client, context, streamingSpendingLimitPolicyAbi, 'availableAt', [context.now]),
    ])
    return { token, initialAmount, amountPerSecond, maxAmount, start, spent, left }
  },
  SpendingLimitPolicy: (client, context) =>
    perToken(client, context, spendingLimitPolicyAbi, async (token) => {
      const [limit, used] = await readPolicy(client, context, spendingLimitPolicyAbi, 'getSpendingLimit', [token])
      return { limit, used, left: limit - used }
    }),
  PeriodicSpendingLimitPolicy: (client, context) =>
    perToken(client, context, periodicSpendingLimitPolicyAbi, async (token) => {
      const [limit, period, start, spent] = await readPolicy(
        client,
        context,
        periodicSpendingLimitPolicyAbi,
        'getAllowance',
        [token],
      )
      return accrual(limit, period, start, spent, context.now)
    }),
  FixedWindowSpendingLimitPolicy: (client, context) =>
    perToken(client, context, fixedWindowSpendingLimitPolicyAbi, (token) =>
      fixedWindow(client, context, fixedWindowSpendingLimitPolicyAbi, [token]),
    ),
  CallPolicy: async (client, context) => {
    const config = await readPolicy(client, context, callPolicyAbi, 'getActionConfig')
    const rules = config.paramRules.rules.slice(0, Number(config.paramRules.length))
    return {
      valueLimitPerUse: config.valueLimitPerUse,
      rules: rules.map((rule, index) => ({
        index,
        condition: rule.condition,
        offset: rule.offset,
        ...(rule.isLimited
          ? { limit: rule.usage.limit, used: rule.usage.used, left: rule.usage.limit - rule.usage.used }
          : {}),
      })),
    }
  },
  CallRulesPolicy: async (client, context) => {
    const [valueLimitPerUse, rules, values, used] = await readPolicy(
      client,
      context,
      callRulesPolicyAbi,
      'getCallRules',
    )
    const config = toCallRulesConfig(valueLimitPerUse, rules, values)
    // Used amounts per rule, in the order of the rules (group by group), for the limited ones.
    return {
      ...config,
      used: rules.flatMap((rule, index) => (rule.isLimited ? [{ rule: index, used: used[index] }] : [])),
    }
  },
  FeeLimitPolicy: async (client, context) => {
    const [maxCostPerOp, totalLimit, spent] = await readPolicy(client, context, feeLimitPolicyAbi, 'getFeeLimit')
    return { perOp: maxCostPerOp, total: totalLimit, spent, left: totalLimit - spent }
  },
}
