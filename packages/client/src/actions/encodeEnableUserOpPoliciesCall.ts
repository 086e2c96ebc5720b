import type { Address, Hex } from 'viem'
import type { PolicyData } from '../types.js'
import { type AccountCall, toSmartSessionCall } from './call.js'

/** `SmartSession.enableUserOpPolicies(permissionId, policies)`: adds session-level policies. */
export function encodeEnableUserOpPoliciesCall(parameters: {
  smartSession: Address
  permissionId: Hex
  policies: readonly PolicyData[]
}): AccountCall {
  return toSmartSessionCall(parameters.smartSession, 'enableUserOpPolicies', [
    parameters.permissionId,
    parameters.policies,
  ])
}
