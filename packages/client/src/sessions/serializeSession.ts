import type { Address, Hex } from 'viem'
import type { EnableMode, EnableSession } from '../encoding/enable.js'

/** A granted session as a backend needs it to act with the key: where, which, and (ENABLE) the owner's grant. */
export type SessionGrant = {
  account: Address
  permissionId: Hex
  smartSession?: Address | undefined
  chainId?: number | undefined
  enable?: { enableSession: EnableSession; mode?: EnableMode | undefined } | undefined
}

/** A JSON string of `grant`; bigints are written as `{ "bigint": "123" }` (JSON has no bigint). */
export function serializeSession(grant: SessionGrant): string {
  return JSON.stringify(grant, (_key, value: unknown) =>
    typeof value === 'bigint' ? { bigint: value.toString() } : value,
  )
}
