import { smartSessionAbi } from '@smart-sessions/bindings'
import { type Address, encodeFunctionData, type Hex } from 'viem'
import type { AccountCall } from './call.js'

/** `SmartSession.removeSession(permissionId)`, made by the account: the session stops working at once. */
export function encodeRemoveSessionCall(parameters: { smartSession: Address; permissionId: Hex }): AccountCall {
  return {
    to: parameters.smartSession,
    value: 0n,
    data: encodeFunctionData({ abi: smartSessionAbi, functionName: 'removeSession', args: [parameters.permissionId] }),
  }
}
