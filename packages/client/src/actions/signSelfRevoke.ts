import { type Address, type Client, type Hex, hashTypedData, type LocalAccount } from 'viem'
import { getChainId } from 'viem/actions'
import { toSelfRevokeTypedData } from '../encoding/selfRevoke.js'
import { signSessionHash } from '../encoding/signatures.js'
import { getSessionNonce } from './getSessionNonce.js'

/**
 * The session keys' signature revoking their own session of `account` (for SmartSession.selfRevoke): reads the
 * chain id and the session's enable nonce, and signs the SelfRevoke digest as the raw hash, like every session
 * signature (for an ECDSA key the same bytes as an EIP-712 signature). A multisig session passes enough signers
 * to reach its threshold. The signature is good until the nonce moves (a revocation, an enable).
 */
export async function signSelfRevoke(
  client: Client,
  parameters: { smartSession: Address; account: Address; permissionId: Hex; signers: readonly LocalAccount[] },
): Promise<Hex> {
  const { smartSession, account, permissionId } = parameters
  const [chainId, nonce] = await Promise.all([
    getChainId(client),
    getSessionNonce(client, { smartSession, account, permissionId }),
  ])
  const digest = hashTypedData(toSelfRevokeTypedData({ smartSession, chainId, account, permissionId, nonce }))
  return signSessionHash(parameters.signers, digest)
}
