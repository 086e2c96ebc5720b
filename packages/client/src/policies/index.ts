// One policy config → the SPEC PolicyData (address from the deployment or the config, initData from its builder).
import type { Hex } from 'viem'
import { type Deployment, requireAddress } from '../deployment.js'
import { InvalidPolicyConfigError } from '../errors.js'
import type { PolicyData } from '../types.js'
import { encodeCallPolicy } from './call.js'
import { encodeSpendingLimitsPolicy } from './spendingLimits.js'
import { encodeSudoPolicy } from './sudo.js'
import { encodeTimeFramePolicy } from './timeFrame.js'
import type { AnyPolicyConfig, PolicyConfig } from './types.js'
import { encodeUsageLimitPolicy } from './usageLimit.js'
import { encodeValueLimitPolicy } from './valueLimit.js'

/** The contract (SPEC "Names") each policy type is served by. */
export const policyContracts = {
  sudo: 'SudoPolicy',
  'time-frame': 'TimeFramePolicy',
  'usage-limit': 'UsageLimitPolicy',
  'value-limit': 'ValueLimitPolicy',
  'spending-limits': 'SpendingLimitPolicy',
  call: 'CallPolicy',
} as const satisfies Record<PolicyConfig['type'], string>

/** Where each policy type may be used (SPEC "Parts"): session level = user-op policies; action level. */
export type PolicyScope = 'userOp' | 'action' | 'erc1271'
export const policyScopes: Record<PolicyConfig['type'], Record<PolicyScope, boolean>> = {
  sudo: { userOp: true, action: true, erc1271: true },
  'time-frame': { userOp: true, action: true, erc1271: true },
  'usage-limit': { userOp: true, action: true, erc1271: false },
  'value-limit': { userOp: false, action: true, erc1271: false },
  'spending-limits': { userOp: false, action: true, erc1271: false },
  call: { userOp: false, action: true, erc1271: false },
}

const scopeNames: Record<PolicyScope, string> = {
  userOp: 'session level (user-op policies)',
  action: 'action level',
  erc1271: 'ERC-1271 level',
}

/** The initData of a built-in policy config. */
export function encodePolicyInitData(config: PolicyConfig): Hex {
  switch (config.type) {
    case 'sudo':
      return encodeSudoPolicy(config)
    case 'time-frame':
      return encodeTimeFramePolicy(config)
    case 'usage-limit':
      return encodeUsageLimitPolicy(config)
    case 'value-limit':
      return encodeValueLimitPolicy(config)
    case 'spending-limits':
      return encodeSpendingLimitsPolicy(config)
    case 'call':
      return encodeCallPolicy(config)
    default: {
      const unknown: { type: string } = config
      throw new InvalidPolicyConfigError(unknown.type, 'unknown policy type')
    }
  }
}

/**
 * The SPEC PolicyData for `config` used at `scope`: the policy address (config.address, else the
 * deployment's) and its initData. Throws when the policy cannot serve that scope.
 */
export function toPolicyData(config: AnyPolicyConfig, deployment: Deployment, scope: PolicyScope): PolicyData {
  if (config.type === 'raw') return { policy: config.address, initData: config.initData }
  const scopes = policyScopes[config.type]
  if (!scopes?.[scope]) {
    throw new InvalidPolicyConfigError(config.type, `cannot be used at ${scopeNames[scope]}`)
  }
  const initData = encodePolicyInitData(config)
  return { policy: config.address ?? requireAddress(deployment, policyContracts[config.type]), initData }
}

export { encodeCallPolicy } from './call.js'
export { encodeSpendingLimitsPolicy } from './spendingLimits.js'
export { encodeSudoPolicy } from './sudo.js'
export { encodeTimeFramePolicy } from './timeFrame.js'
export * from './types.js'
export { encodeUsageLimitPolicy } from './usageLimit.js'
export { encodeValueLimitPolicy } from './valueLimit.js'
