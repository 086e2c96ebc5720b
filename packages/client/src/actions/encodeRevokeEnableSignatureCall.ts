import type { Address, Hex } from 'viem'
import { type AccountCall, toSmartSessionCall } from './call.js'

/** `SmartSession.revokeEnableSignature(permissionId)`: bumps the enable nonce, so an unused enable signature dies. */
export function encodeRevokeEnableSignatureCall(parameters: { smartSession: Address; permissionId: Hex }): AccountCall {
  return toSmartSessionCall(parameters.smartSession, 'revokeEnableSignature', [parameters.permissionId])
}
