import { smartSessionAbi } from '@smart-sessions/bindings'
import { type Address, encodeFunctionData, type Hex } from 'viem'

import type { AccountCall } from './call.js'

/** `SmartSession.disableUserOpPolicies(permissionId, policies)`: removes session-level policies. */
export function encodeDisableUserOpPoliciesCall(parameters: {
  smartSession: Address
  permissionId: Hex
  policies: readonly Address[]
}): AccountCall {
  return {
    to: parameters.smartSession,
    value: 0n,
    data: encodeFunctionData({
      abi: smartSessionAbi,
      functionName: 'disableUserOpPolicies',
      args: [parameters.permissionId, parameters.policies],
    }),
  }
}
