import type { Address, Hex } from 'viem'

import { type AccountCall, toSmartSessionCall } from './call.js'

/** `SmartSession.setPermit4337Paymaster(permissionId, permit)`: whether the session may use a paymaster. */
export function encodeSetPaymasterPermitCall(parameters: {
  smartSession: Address
  permissionId: Hex
  permit: boolean
}): AccountCall {
  return toSmartSessionCall(parameters.smartSession, 'setPermit4337Paymaster', [
    parameters.permissionId,
    parameters.permit,
  ])
}
