import { type Address, getAddress } from 'viem'
import { CLAIM_PERIOD_SELECTOR } from '../encoding/periodClaim.js'
import type { Session } from '../types.js'

/**
 * The fixed-window policies of `session` whose window its operations must claim: the targets of its
 * `claimPeriod` actions (which `toSession` adds, each checked by the policy it calls). Pass them to
 * `toSessionAccount` as `periodClaims`.
 */
export function toPeriodClaimPolicies(session: Session): Address[] {
  return session.actions
    .filter(
      (action) =>
        action.actionTargetSelector.toLowerCase() === CLAIM_PERIOD_SELECTOR &&
        action.actionPolicies.some((policy) => getAddress(policy.policy) === getAddress(action.actionTarget)),
    )
    .map((action) => getAddress(action.actionTarget))
}
