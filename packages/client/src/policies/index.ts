// One policy config → the wire-format PolicyData (address from the deployment or the config, initData from its builder).
import type { Hex } from 'viem'
import { type ContractName, type Deployment, requireAddress } from '../deployment.js'
import { InvalidPolicyConfigError } from '../errors.js'
import type { PolicyData } from '../types.js'
import { encodeCallPolicy } from './call.js'
import { encodeCallRulesPolicy } from './callRules.js'
import { encodeFeeLimitPolicy } from './feeLimit.js'
import { encodeRateLimitPolicy } from './rateLimit.js'
import { encodeSpendingLimitsPolicy } from './spendingLimits.js'
import { encodeStreamPolicy } from './stream.js'
import { encodeSudoPolicy } from './sudo.js'
import { encodeTimeFramePolicy } from './timeFrame.js'
import type { AnyPolicyConfig, PolicyConfig, PolicyEncodeOptions } from './types.js'
import { encodeUsageLimitPolicy } from './usageLimit.js'
import { encodeValueLimitPolicy } from './valueLimit.js'

/** The contract (docs/wire-format.md) each policy type is served by (without a `period`). */
export const policyContracts = {
  sudo: 'SudoPolicy',
  'time-frame': 'TimeFramePolicy',
  'usage-limit': 'UsageLimitPolicy',
  'value-limit': 'ValueLimitPolicy',
  'spending-limits': 'SpendingLimitPolicy',
  'rate-limit': 'RateLimitPolicy',
  'token-stream': 'StreamingSpendingLimitPolicy',
  'native-stream': 'StreamingValueLimitPolicy',
  call: 'CallPolicy',
  'call-rules': 'CallRulesPolicy',
  'fee-limit': 'FeeLimitPolicy',
} as const satisfies Record<PolicyConfig['type'], ContractName>

/** The contract serving a value or spending limit with a `period` (fixed windows, no carry-over: the default). */
export const periodicPolicyContracts = {
  'value-limit': 'FixedWindowValueLimitPolicy',
  'spending-limits': 'FixedWindowSpendingLimitPolicy',
} as const satisfies Partial<Record<PolicyConfig['type'], ContractName>>

/** The contract serving a value or spending limit with a `period` and `carryOver: true` (accrual). */
export const carryOverPolicyContracts = {
  'value-limit': 'PeriodicValueLimitPolicy',
  'spending-limits': 'PeriodicSpendingLimitPolicy',
} as const satisfies Partial<Record<PolicyConfig['type'], ContractName>>

/** The fixed-window contracts: each operation they count claims its window with a `claimPeriod` call. */
export const periodClaimContracts = [
  'FixedWindowSpendingLimitPolicy',
  'FixedWindowValueLimitPolicy',
  'RateLimitPolicy',
] as const satisfies readonly ContractName[]

/** Where each policy type may be used (docs/wire-format.md): session level = user-op policies; action level. */
export type PolicyScope = 'userOp' | 'action' | 'erc1271'
type Scopes = Record<PolicyScope, boolean>

/** The scopes each policy contract serves: its ERC-165 answers (PolicyBase `_scopes()`), checked at enable. */
export const policyContractScopes = {
  SudoPolicy: { userOp: true, action: true, erc1271: true },
  TimeFramePolicy: { userOp: true, action: true, erc1271: true },
  UsageLimitPolicy: { userOp: true, action: true, erc1271: false },
  ValueLimitPolicy: { userOp: true, action: true, erc1271: false },
  SpendingLimitPolicy: { userOp: false, action: true, erc1271: false },
  CallPolicy: { userOp: false, action: true, erc1271: false },
  CallRulesPolicy: { userOp: false, action: true, erc1271: false },
  PeriodicValueLimitPolicy: { userOp: true, action: true, erc1271: false },
  PeriodicSpendingLimitPolicy: { userOp: false, action: true, erc1271: false },
  FixedWindowValueLimitPolicy: { userOp: true, action: true, erc1271: false },
  FixedWindowSpendingLimitPolicy: { userOp: false, action: true, erc1271: false },
  RateLimitPolicy: { userOp: true, action: true, erc1271: false },
  FeeLimitPolicy: { userOp: true, action: false, erc1271: false },
  StreamingSpendingLimitPolicy: { userOp: false, action: true, erc1271: false },
  StreamingValueLimitPolicy: { userOp: true, action: true, erc1271: false },
} as const satisfies Record<PolicyContractName, Scopes>

/** The scopes of each policy type without a `period` (see policyContractScopes). */
export const policyScopes: Record<PolicyConfig['type'], Scopes> = {
  sudo: policyContractScopes.SudoPolicy,
  'time-frame': policyContractScopes.TimeFramePolicy,
  'usage-limit': policyContractScopes.UsageLimitPolicy,
  'value-limit': policyContractScopes.ValueLimitPolicy,
  'spending-limits': policyContractScopes.SpendingLimitPolicy,
  'rate-limit': policyContractScopes.RateLimitPolicy,
  'token-stream': policyContractScopes.StreamingSpendingLimitPolicy,
  'native-stream': policyContractScopes.StreamingValueLimitPolicy,
  call: policyContractScopes.CallPolicy,
  'call-rules': policyContractScopes.CallRulesPolicy,
  'fee-limit': policyContractScopes.FeeLimitPolicy,
}

/** The name of a policy contract the client builds configs for. */
export type PolicyContractName =
  | (typeof policyContracts)[keyof typeof policyContracts]
  | (typeof periodicPolicyContracts)[keyof typeof periodicPolicyContracts]
  | (typeof carryOverPolicyContracts)[keyof typeof carryOverPolicyContracts]

const scopeNames: Record<PolicyScope, string> = {
  userOp: 'session level (user-op policies)',
  action: 'action level',
  erc1271: 'ERC-1271 level',
}

/**
 * The contract that serves `config`: for a value or spending limit with a `period`, the fixed-window one, or the
 * accrual one with `carryOver: true`.
 */
export function policyContractOf(config: PolicyConfig): PolicyContractName {
  if ((config.type === 'value-limit' || config.type === 'spending-limits') && config.period !== undefined) {
    return (config.period.carryOver ? carryOverPolicyContracts : periodicPolicyContracts)[config.type]
  }
  const name = policyContracts[config.type]
  if (!name) throw new InvalidPolicyConfigError((config as { type: string }).type, 'unknown policy type')
  return name
}

/** The initData of a built-in policy config (`options.now`: the default start of a `period`). */
export function encodePolicyInitData(config: PolicyConfig, options?: PolicyEncodeOptions): Hex {
  switch (config.type) {
    case 'sudo':
      return encodeSudoPolicy(config)
    case 'time-frame':
      return encodeTimeFramePolicy(config, options)
    case 'usage-limit':
      return encodeUsageLimitPolicy(config)
    case 'value-limit':
      return encodeValueLimitPolicy(config, options)
    case 'spending-limits':
      return encodeSpendingLimitsPolicy(config, options)
    case 'rate-limit':
      return encodeRateLimitPolicy(config, options)
    case 'token-stream':
    case 'native-stream':
      return encodeStreamPolicy(config, options)
    case 'call':
      return encodeCallPolicy(config)
    case 'call-rules':
      return encodeCallRulesPolicy(config)
    case 'fee-limit':
      return encodeFeeLimitPolicy(config)
    default: {
      const unknown: { type: string } = config
      throw new InvalidPolicyConfigError(unknown.type, 'unknown policy type')
    }
  }
}

/**
 * The wire-format PolicyData for `config` used at `scope`: the policy address (config.address, else the
 * deployment's address of the contract serving it, see policyContractOf) and its initData. Throws when the
 * policy cannot serve that scope.
 */
export function toPolicyData(
  config: AnyPolicyConfig,
  deployment: Deployment,
  scope: PolicyScope,
  options?: PolicyEncodeOptions,
): PolicyData {
  if (config.type === 'raw') return { policy: config.address, initData: config.initData }
  const contract = policyContractOf(config)
  if (!policyContractScopes[contract][scope]) {
    throw new InvalidPolicyConfigError(config.type, `${contract} cannot be used at ${scopeNames[scope]}`)
  }
  const initData = encodePolicyInitData(config, options)
  return { policy: config.address ?? requireAddress(deployment, contract), initData }
}

export { encodeCallPolicy } from './call.js'
export { type CallRulesWireRule, encodeCallRulesPolicy, toCallRulesConfig } from './callRules.js'
export { DEFAULT_FEE_PER_OP, DEFAULT_FEE_TOTAL, encodeFeeLimitPolicy } from './feeLimit.js'
export { MAX_PERIODIC_LIMIT, MAX_UINT48 } from './period.js'
export { encodeRateLimitPolicy } from './rateLimit.js'
export { encodeSpendingLimitsPolicy, MAX_LIMITED_TOKENS } from './spendingLimits.js'
export { encodeStreamPolicy } from './stream.js'
export { encodeSudoPolicy } from './sudo.js'
export { encodeTimeFramePolicy } from './timeFrame.js'
export { toCallRulesPolicy } from './toCallRulesPolicy.js'
export * from './types.js'
export { encodeUsageLimitPolicy } from './usageLimit.js'
export { encodeValueLimitPolicy } from './valueLimit.js'
