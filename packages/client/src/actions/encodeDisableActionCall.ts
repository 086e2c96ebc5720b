import type { Address, Hex } from 'viem'

import { type AccountCall, toSmartSessionCall } from './call.js'

/** `SmartSession.disableActionId(permissionId, actionId)`: the action is no longer granted. */
export function encodeDisableActionCall(parameters: {
  smartSession: Address
  permissionId: Hex
  actionId: Hex
}): AccountCall {
  return toSmartSessionCall(parameters.smartSession, 'disableActionId', [parameters.permissionId, parameters.actionId])
}
