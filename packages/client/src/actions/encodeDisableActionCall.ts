import { smartSessionAbi } from '@smart-sessions/bindings'
import { type Address, encodeFunctionData, type Hex } from 'viem'

import type { AccountCall } from './call.js'

/** `SmartSession.disableActionId(permissionId, actionId)`: the action is no longer granted. */
export function encodeDisableActionCall(parameters: {
  smartSession: Address
  permissionId: Hex
  actionId: Hex
}): AccountCall {
  return {
    to: parameters.smartSession,
    value: 0n,
    data: encodeFunctionData({
      abi: smartSessionAbi,
      functionName: 'disableActionId',
      args: [parameters.permissionId, parameters.actionId],
    }),
  }
}
