import type { Address } from 'viem'
import type { Session } from '../types.js'
import { type AccountCall, toSmartSessionCall } from './call.js'

/** `SmartSession.enableSessions(sessions)`, made by the account (module already installed). */
export function encodeEnableSessionsCall(parameters: {
  smartSession: Address
  sessions: readonly Session[]
}): AccountCall {
  return toSmartSessionCall(parameters.smartSession, 'enableSessions', [parameters.sessions])
}
