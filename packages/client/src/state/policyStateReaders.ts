import {
  callPolicyAbi,
  periodicSpendingLimitPolicyAbi,
  periodicValueLimitPolicyAbi,
  spendingLimitPolicyAbi,
  timeFramePolicyAbi,
  usageLimitPolicyAbi,
  valueLimitPolicyAbi,
} from '@smart-sessions/bindings'
import type { Address, Client, Hex } from 'viem'
import { readContract } from 'viem/actions'

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
  spent: bigint
  /** What may be spent now (before the next refill). */
  left: bigint
  /** When the next period begins (unix seconds): `left` grows by the limit then. */
  nextRefill: bigint
}

/** Reads what is left of one policy instance; returns a plain object (bigints), shape per policy. */
export type PolicyStateReader = (client: Client, context: PolicyStateContext) => Promise<Record<string, unknown>>

function periodic(limit: bigint, period: bigint, start: bigint, spent: bigint, now: bigint): PeriodicAllowanceState {
  const begun = period === 0n || now < start ? 0n : (now - start) / period + 1n
  const granted = limit * begun
  return {
    limitPerPeriod: limit,
    period,
    start,
    spent,
    left: granted > spent ? granted - spent : 0n,
    nextRefill: start + begun * period,
  }
}

const args = ({ smartSession, configId, account }: PolicyStateContext) => [smartSession, configId, account] as const

/**
 * The state readers of the policies the client knows, keyed by contract name: each reads the policy's own view
 * functions for one instance. Policies written elsewhere plug in by passing their reader to getSessionState
 * (`readers: { FeeLimitPolicy: … }`), under their contract name.
 */
export const policyStateReaders: Readonly<Record<string, PolicyStateReader>> = {
  SudoPolicy: async () => ({}),
  TimeFramePolicy: async (client, context) => {
    const [validUntil, validAfter] = await readContract(client, {
      address: context.policy,
      abi: timeFramePolicyAbi,
      functionName: 'getTimeFrame',
      args: args(context),
    })
    return { validAfter: BigInt(validAfter), validUntil: BigInt(validUntil) }
  },
  UsageLimitPolicy: async (client, context) => {
    const [limit, used] = await readContract(client, {
      address: context.policy,
      abi: usageLimitPolicyAbi,
      functionName: 'getUsage',
      args: args(context),
    })
    return { limit, used, left: limit - used }
  },
  ValueLimitPolicy: async (client, context) => {
    const [limit, used] = await readContract(client, {
      address: context.policy,
      abi: valueLimitPolicyAbi,
      functionName: 'getValueLimit',
      args: args(context),
    })
    return { limit, used, left: limit - used }
  },
  PeriodicValueLimitPolicy: async (client, context) => {
    const [limit, period, start, spent] = await readContract(client, {
      address: context.policy,
      abi: periodicValueLimitPolicyAbi,
      functionName: 'getAllowance',
      args: args(context),
    })
    return periodic(limit, period, start, spent, context.now)
  },
  SpendingLimitPolicy: async (client, context) => {
    const tokens = await readContract(client, {
      address: context.policy,
      abi: spendingLimitPolicyAbi,
      functionName: 'getTokens',
      args: args(context),
    })
    const limits = await Promise.all(
      tokens.map(async (token) => {
        const [limit, used] = await readContract(client, {
          address: context.policy,
          abi: spendingLimitPolicyAbi,
          functionName: 'getSpendingLimit',
          args: [...args(context), token],
        })
        return { token, limit, used, left: limit - used }
      }),
    )
    return { tokens: limits }
  },
  PeriodicSpendingLimitPolicy: async (client, context) => {
    const tokens = await readContract(client, {
      address: context.policy,
      abi: periodicSpendingLimitPolicyAbi,
      functionName: 'getTokens',
      args: args(context),
    })
    const allowances = await Promise.all(
      tokens.map(async (token) => {
        const [limit, period, start, spent] = await readContract(client, {
          address: context.policy,
          abi: periodicSpendingLimitPolicyAbi,
          functionName: 'getAllowance',
          args: [...args(context), token],
        })
        return { token, ...periodic(limit, period, start, spent, context.now) }
      }),
    )
    return { tokens: allowances }
  },
  CallPolicy: async (client, context) => {
    const config = await readContract(client, {
      address: context.policy,
      abi: callPolicyAbi,
      functionName: 'getActionConfig',
      args: args(context),
    })
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
}
