import { type Address, encodeFunctionData, type Hex } from 'viem'
import { smartSessionSpecAbi } from '../abi.js'
import type { ActionData } from '../types.js'
import type { AccountCall } from './call.js'

/** `SmartSession.enableActionPolicies(permissionId, actions)`: adds actions, or policies to granted actions. */
export function getEnableActionPoliciesCall(parameters: {
  smartSession: Address
  permissionId: Hex
  actions: readonly ActionData[]
}): AccountCall {
  return {
    to: parameters.smartSession,
    value: 0n,
    data: encodeFunctionData({
      abi: smartSessionSpecAbi,
      functionName: 'enableActionPolicies',
      args: [parameters.permissionId, parameters.actions],
    }),
  }
}
