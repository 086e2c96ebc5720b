import { smartSessionAbi } from '@smart-sessions/bindings'
import { type Address, encodeFunctionData, type Hex } from 'viem'
import type { AccountCall } from './call.js'

/** `SmartSession.revokeEnableSignature(permissionId)`: bumps the enable nonce, so an unused enable signature dies. */
export function encodeRevokeEnableSignatureCall(parameters: { smartSession: Address; permissionId: Hex }): AccountCall {
  return {
    to: parameters.smartSession,
    value: 0n,
    data: encodeFunctionData({
      abi: smartSessionAbi,
      functionName: 'revokeEnableSignature',
      args: [parameters.permissionId],
    }),
  }
}
