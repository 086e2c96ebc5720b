import { smartSessionAbi } from '@smart-sessions/bindings'
import type { Account, Address, Chain, Client, Hash, Hex, Transport } from 'viem'
import { simulateContract, writeContract } from 'viem/actions'
import { toSessionOperationError } from '../errors.js'

/**
 * Sends SmartSession.selfRevoke from the wallet client's account (anyone may send it: the server holding the key,
 * a relayer): removes session `permissionId` of `account` given the session keys' `signature` (signSelfRevoke).
 * Simulated first, so a refusal (SessionNotEnabled, InvalidSelfRevokeSignature) throws a SessionOperationError
 * before anything is sent. Returns the transaction hash.
 */
export async function sendSelfRevoke(
  client: Client<Transport, Chain | undefined, Account>,
  parameters: { smartSession: Address; account: Address; permissionId: Hex; signature: Hex },
): Promise<Hash> {
  try {
    const { request } = await simulateContract(client, {
      account: client.account,
      chain: client.chain,
      address: parameters.smartSession,
      abi: smartSessionAbi,
      functionName: 'selfRevoke',
      args: [parameters.account, parameters.permissionId, parameters.signature],
    })
    return await writeContract(client, request)
  } catch (error) {
    throw toSessionOperationError(error)
  }
}
