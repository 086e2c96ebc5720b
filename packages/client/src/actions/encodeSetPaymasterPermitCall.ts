import { smartSessionAbi } from '@smart-sessions/bindings'
import { type Address, encodeFunctionData, type Hex } from 'viem'

import type { AccountCall } from './call.js'

/** `SmartSession.setPermit4337Paymaster(permissionId, permit)`: whether the session may use a paymaster. */
export function encodeSetPaymasterPermitCall(parameters: {
  smartSession: Address
  permissionId: Hex
  permit: boolean
}): AccountCall {
  return {
    to: parameters.smartSession,
    value: 0n,
    data: encodeFunctionData({
      abi: smartSessionAbi,
      functionName: 'setPermit4337Paymaster',
      args: [parameters.permissionId, parameters.permit],
    }),
  }
}
