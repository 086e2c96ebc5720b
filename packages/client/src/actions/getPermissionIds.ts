import { smartSessionAbi } from '@smart-sessions/bindings'
import type { Address, Client, Hex } from 'viem'
import { readContract } from 'viem/actions'

/** The enabled sessions of `account` (SmartSession.getPermissionIDs). */
export function getPermissionIds(
  client: Client,
  parameters: { smartSession: Address; account: Address },
): Promise<readonly Hex[]> {
  return readContract(client, {
    address: parameters.smartSession,
    abi: smartSessionAbi,
    functionName: 'getPermissionIDs',
    args: [parameters.account],
  })
}
