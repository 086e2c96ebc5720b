import { type Address, encodeFunctionData, type Hex } from 'viem'
import { smartSessionSpecAbi } from '../abi.js'

import type { AccountCall } from './call.js'

/** `SmartSession.disableUserOpPolicies(permissionId, policies)`: removes session-level policies. */
export function getDisableUserOpPoliciesCall(parameters: {
  smartSession: Address
  permissionId: Hex
  policies: readonly Address[]
}): AccountCall {
  return {
    to: parameters.smartSession,
    value: 0n,
    data: encodeFunctionData({
      abi: smartSessionSpecAbi,
      functionName: 'disableUserOpPolicies',
      args: [parameters.permissionId, parameters.policies],
    }),
  }
}
