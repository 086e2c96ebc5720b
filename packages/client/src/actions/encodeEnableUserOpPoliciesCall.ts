import { smartSessionAbi } from '@smart-sessions/bindings'
import { type Address, encodeFunctionData, type Hex } from 'viem'
import type { PolicyData } from '../types.js'
import type { AccountCall } from './call.js'

/** `SmartSession.enableUserOpPolicies(permissionId, policies)`: adds session-level policies. */
export function encodeEnableUserOpPoliciesCall(parameters: {
  smartSession: Address
  permissionId: Hex
  policies: readonly PolicyData[]
}): AccountCall {
  return {
    to: parameters.smartSession,
    value: 0n,
    data: encodeFunctionData({
      abi: smartSessionAbi,
      functionName: 'enableUserOpPolicies',
      args: [parameters.permissionId, parameters.policies],
    }),
  }
}
