import type { Address, Hex } from 'viem'
import type { SmartAccount } from 'viem/account-abstraction'
import type { EnableMode, EnableSession } from '../encoding/enable.js'

/** What a session account (toSessionAccount) uses: the sending functions check its calls before sending. */
export type SessionAccountInfo = {
  smartSession: Address
  permissionId: Hex
  enable?: { enableSession: EnableSession; mode?: EnableMode | undefined } | undefined
  /** Fixed-window policies whose window each operation claims first (toSessionAccount's `periodClaims`). */
  periodClaims?: readonly Address[] | undefined
}

/** The session behind each account made by toSessionAccount. */
export const sessionAccounts = new WeakMap<SmartAccount, SessionAccountInfo>()
