import type { Address, Hex } from 'viem'
import type { ActionData } from '../types.js'
import { type AccountCall, toSmartSessionCall } from './call.js'

/** `SmartSession.enableActionPolicies(permissionId, actions)`: adds actions, or policies to granted actions. */
export function encodeEnableActionPoliciesCall(parameters: {
  smartSession: Address
  permissionId: Hex
  actions: readonly ActionData[]
}): AccountCall {
  return toSmartSessionCall(parameters.smartSession, 'enableActionPolicies', [
    parameters.permissionId,
    parameters.actions,
  ])
}
