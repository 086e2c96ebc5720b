import type { Address, Hex } from 'viem'

import { type AccountCall, toSmartSessionCall } from './call.js'

/** `SmartSession.disableUserOpPolicies(permissionId, policies)`: removes session-level policies. */
export function encodeDisableUserOpPoliciesCall(parameters: {
  smartSession: Address
  permissionId: Hex
  policies: readonly Address[]
}): AccountCall {
  return toSmartSessionCall(parameters.smartSession, 'disableUserOpPolicies', [
    parameters.permissionId,
    parameters.policies,
  ])
}
