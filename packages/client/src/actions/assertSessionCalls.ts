import type { Client } from 'viem'
import type { SmartAccount } from 'viem/account-abstraction'
import { getBlock } from 'viem/actions'
import type { Call } from '../encoding/execute.js'
import { encodePeriodClaimCalls } from '../encoding/periodClaim.js'
import type { AddressBook } from '../errors.js'
import { checkSessionCalls } from './checkSessionCalls.js'
import { sessionAccounts } from './sessionAccounts.js'

/**
 * Before sending calls of a session account (toSessionAccount): checkSessionCalls, throwing its typed error
 * (PolicyRefusedError, SessionExpiredError, SessionNotYetValidError, SessionRevokedError, …) when the session
 * would refuse. Other accounts pass unchecked.
 */
export async function assertSessionCalls(
  client: Client,
  parameters: {
    account: SmartAccount
    calls: readonly Call[]
    book?: AddressBook | undefined
    /** The operation's gas and fee fields, when known: the fee budget (FeeLimitPolicy) is checked against them. */
    userOperation?: Parameters<typeof checkSessionCalls>[1]['userOperation']
  },
): Promise<void> {
  const session = sessionAccounts.get(parameters.account)
  if (!session) return
  const claims = session.periodClaims ?? []
  const timestamp = claims.length > 0 ? (await getBlock(client, { blockTag: 'latest' })).timestamp : 0n
  const check = await checkSessionCalls(client, {
    account: parameters.account.address,
    permissionId: session.permissionId,
    // The calls as the account sends them: the fixed-window claims first.
    calls: [...encodePeriodClaimCalls(claims, timestamp), ...parameters.calls],
    enable: session.enable,
    deployment: { ...parameters.book, SmartSession: session.smartSession },
    userOperation: parameters.userOperation,
  })
  if (!check.ok) throw check.error
}
