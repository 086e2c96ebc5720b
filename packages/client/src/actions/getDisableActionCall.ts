import { type Address, encodeFunctionData, type Hex } from 'viem'
import { smartSessionSpecAbi } from '../abi.js'

import type { AccountCall } from './call.js'

/** `SmartSession.disableActionId(permissionId, actionId)`: the action is no longer granted. */
export function getDisableActionCall(parameters: {
  smartSession: Address
  permissionId: Hex
  actionId: Hex
}): AccountCall {
  return {
    to: parameters.smartSession,
    value: 0n,
    data: encodeFunctionData({
      abi: smartSessionSpecAbi,
      functionName: 'disableActionId',
      args: [parameters.permissionId, parameters.actionId],
    }),
  }
}
