// SmartSession install data: empty, or `uint8 mode ‖ abi.encode(Session[])` (docs/wire-format.md).
import { smartSessionAbi } from '@smart-sessions/bindings'
import { concat, encodeAbiParameters, getAbiItem, type Hex, toHex } from 'viem'
import { SmartSessionMode } from '../constants.js'
import type { Session } from '../types.js'

/** `Session[]` exactly as the generated ABI declares `enableSessions`' parameter (never written by hand). */
const sessionsParameter = getAbiItem({ abi: smartSessionAbi, name: 'enableSessions' }).inputs

/** The ABI parameter of `Session` (a tuple), for encoders elsewhere in the client. */
export const sessionAbiParameter = { ...sessionsParameter[0], type: 'tuple' } as const

/** `onInstall` data enabling `sessions` (empty when there are none). */
export function encodeInstallData(
  sessions: readonly Session[],
  mode: typeof SmartSessionMode.ENABLE | typeof SmartSessionMode.UNSAFE_ENABLE = SmartSessionMode.ENABLE,
): Hex {
  if (sessions.length === 0) return '0x'
  return concat([toHex(mode, { size: 1 }), encodeAbiParameters(sessionsParameter, [sessions])])
}
