import { smartSessionAbi } from '@smart-sessions/bindings'
import type { Address, Client, Hex } from 'viem'
import { readContract } from 'viem/actions'

/** The nonce the next enable signature for this session must carry (SmartSession.getNonce). */
export function getSessionNonce(
  client: Client,
  parameters: { smartSession: Address; account: Address; permissionId: Hex },
): Promise<bigint> {
  return readContract(client, {
    address: parameters.smartSession,
    abi: smartSessionAbi,
    functionName: 'getNonce',
    args: [parameters.permissionId, parameters.account],
  })
}
