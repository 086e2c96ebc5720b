import type { Address, Client } from 'viem'
import { getChainId } from 'viem/actions'
import type { EnableChain } from '../encoding/enable.js'
import { toPermissionId } from '../encoding/ids.js'
import type { Session } from '../types.js'
import { getSessionNonce } from './getSessionNonce.js'

/** Reads what the enable signature needs from one chain: its id and the session's current enable nonce. */
export async function getEnableChain(
  client: Client,
  parameters: { smartSession: Address; account: Address; session: Session },
): Promise<EnableChain> {
  const permissionId = toPermissionId(parameters.session)
  const [chainId, nonce] = await Promise.all([
    getChainId(client),
    getSessionNonce(client, { smartSession: parameters.smartSession, account: parameters.account, permissionId }),
  ])
  return { chainId, account: parameters.account, smartSession: parameters.smartSession, nonce }
}
