import { smartSessionAbi } from '@smart-sessions/bindings'
import { type Address, encodeFunctionData } from 'viem'
import type { Session } from '../types.js'
import type { AccountCall } from './call.js'

/** `SmartSession.enableSessions(sessions)`, made by the account (module already installed). */
export function encodeEnableSessionsCall(parameters: {
  smartSession: Address
  sessions: readonly Session[]
}): AccountCall {
  return {
    to: parameters.smartSession,
    value: 0n,
    data: encodeFunctionData({ abi: smartSessionAbi, functionName: 'enableSessions', args: [parameters.sessions] }),
  }
}
