import type { Address, Client, Hex } from 'viem'
import { readContract } from 'viem/actions'
import { smartSessionSpecAbi } from '../abi.js'
import type { EnableMode } from '../encoding/enable.js'
import { getPermissionId } from '../encoding/ids.js'
import type { Session } from '../types.js'

/** The contract's own session digest (SmartSession.getSessionDigest): to check the client's getSessionDigest. */
export function readSessionDigest(
  client: Client,
  parameters: { smartSession: Address; account: Address; session: Session; mode?: EnableMode | undefined },
): Promise<Hex> {
  return readContract(client, {
    address: parameters.smartSession,
    abi: smartSessionSpecAbi,
    functionName: 'getSessionDigest',
    args: [getPermissionId(parameters.session), parameters.account, parameters.session, parameters.mode ?? 1],
  })
}
