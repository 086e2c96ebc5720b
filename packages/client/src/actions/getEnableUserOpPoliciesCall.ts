import { type Address, encodeFunctionData, type Hex } from 'viem'
import { smartSessionSpecAbi } from '../abi.js'
import type { PolicyData } from '../types.js'
import type { AccountCall } from './call.js'

/** `SmartSession.enableUserOpPolicies(permissionId, policies)`: adds session-level policies. */
export function getEnableUserOpPoliciesCall(parameters: {
  smartSession: Address
  permissionId: Hex
  policies: readonly PolicyData[]
}): AccountCall {
  return {
    to: parameters.smartSession,
    value: 0n,
    data: encodeFunctionData({
      abi: smartSessionSpecAbi,
      functionName: 'enableUserOpPolicies',
      args: [parameters.permissionId, parameters.policies],
    }),
  }
}
