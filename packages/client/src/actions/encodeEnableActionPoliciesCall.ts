import { smartSessionAbi } from '@smart-sessions/bindings'
import { type Address, encodeFunctionData, type Hex } from 'viem'
import type { ActionData } from '../types.js'
import type { AccountCall } from './call.js'

/** `SmartSession.enableActionPolicies(permissionId, actions)`: adds actions, or policies to granted actions. */
export function encodeEnableActionPoliciesCall(parameters: {
  smartSession: Address
  permissionId: Hex
  actions: readonly ActionData[]
}): AccountCall {
  return {
    to: parameters.smartSession,
    value: 0n,
    data: encodeFunctionData({
      abi: smartSessionAbi,
      functionName: 'enableActionPolicies',
      args: [parameters.permissionId, parameters.actions],
    }),
  }
}
