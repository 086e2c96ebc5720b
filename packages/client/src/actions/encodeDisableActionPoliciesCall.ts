import type { Address, Hex } from 'viem'

import { type AccountCall, toSmartSessionCall } from './call.js'

/** `SmartSession.disableActionPolicies(permissionId, actionId, policies)`: removes policies of one action. */
export function encodeDisableActionPoliciesCall(parameters: {
  smartSession: Address
  permissionId: Hex
  actionId: Hex
  policies: readonly Address[]
}): AccountCall {
  return toSmartSessionCall(parameters.smartSession, 'disableActionPolicies', [
    parameters.permissionId,
    parameters.actionId,
    parameters.policies,
  ])
}
