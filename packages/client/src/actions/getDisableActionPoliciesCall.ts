import { type Address, encodeFunctionData, type Hex } from 'viem'
import { smartSessionSpecAbi } from '../abi.js'

import type { AccountCall } from './call.js'

/** `SmartSession.disableActionPolicies(permissionId, actionId, policies)`: removes policies of one action. */
export function getDisableActionPoliciesCall(parameters: {
  smartSession: Address
  permissionId: Hex
  actionId: Hex
  policies: readonly Address[]
}): AccountCall {
  return {
    to: parameters.smartSession,
    value: 0n,
    data: encodeFunctionData({
      abi: smartSessionSpecAbi,
      functionName: 'disableActionPolicies',
      args: [parameters.permissionId, parameters.actionId, parameters.policies],
    }),
  }
}
