import { smartSessionAbi } from '@smart-sessions/bindings'
import type { Address, Client, Hex } from 'viem'
import { readContract } from 'viem/actions'

/** Whether the session `permissionId` is enabled for `account` (SmartSession.isPermissionEnabled). */
export function isSessionEnabled(
  client: Client,
  parameters: { smartSession: Address; account: Address; permissionId: Hex },
): Promise<boolean> {
  return readContract(client, {
    address: parameters.smartSession,
    abi: smartSessionAbi,
    functionName: 'isPermissionEnabled',
    args: [parameters.permissionId, parameters.account],
  })
}
