import { smartSessionAbi } from '@smart-sessions/bindings'
import { type Address, encodeFunctionData, type Hex } from 'viem'

import type { AccountCall } from './call.js'

/** `SmartSession.disableActionPolicies(permissionId, actionId, policies)`: removes policies of one action. */
export function encodeDisableActionPoliciesCall(parameters: {
  smartSession: Address
  permissionId: Hex
  actionId: Hex
  policies: readonly Address[]
}): AccountCall {
  return {
    to: parameters.smartSession,
    value: 0n,
    data: encodeFunctionData({
      abi: smartSessionAbi,
      functionName: 'disableActionPolicies',
      args: [parameters.permissionId, parameters.actionId, parameters.policies],
    }),
  }
}
