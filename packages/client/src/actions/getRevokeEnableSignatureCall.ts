import { type Address, encodeFunctionData, type Hex } from 'viem'
import { smartSessionSpecAbi } from '../abi.js'
import type { AccountCall } from './call.js'

/** `SmartSession.revokeEnableSignature(permissionId)`: bumps the enable nonce, so an unused enable signature dies. */
export function getRevokeEnableSignatureCall(parameters: { smartSession: Address; permissionId: Hex }): AccountCall {
  return {
    to: parameters.smartSession,
    value: 0n,
    data: encodeFunctionData({
      abi: smartSessionSpecAbi,
      functionName: 'revokeEnableSignature',
      args: [parameters.permissionId],
    }),
  }
}
