import { smartSessionAbi } from '@smart-sessions/bindings'
import type { Address, Client, Hex } from 'viem'
import { readContract } from 'viem/actions'
import type { EnableMode } from '../encoding/enable.js'
import { toPermissionId } from '../encoding/ids.js'
import type { Session } from '../types.js'

/** The contract's own session digest (SmartSession.toSessionDigest): to check the client's toSessionDigest. */
export function readSessionDigest(
  client: Client,
  parameters: { smartSession: Address; account: Address; session: Session; mode?: EnableMode | undefined },
): Promise<Hex> {
  return readContract(client, {
    address: parameters.smartSession,
    abi: smartSessionAbi,
    functionName: 'getSessionDigest',
    args: [toPermissionId(parameters.session), parameters.account, parameters.session, parameters.mode ?? 1],
  })
}
