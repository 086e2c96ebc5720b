import type { Address, Hex } from 'viem'
import { type AccountCall, toSmartSessionCall } from './call.js'

/** `SmartSession.removeSession(permissionId)`, made by the account: the session stops working at once. */
export function encodeRemoveSessionCall(parameters: { smartSession: Address; permissionId: Hex }): AccountCall {
  return toSmartSessionCall(parameters.smartSession, 'removeSession', [parameters.permissionId])
}
