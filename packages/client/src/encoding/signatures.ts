// USE-mode signatures: `0x00 ‖ permissionId ‖ session validator signature`.
import { concat, type Hex, type LocalAccount, size, slice } from 'viem'
import type { SmartSessionMode } from '../constants.js'
import { InvalidSessionError } from '../errors.js'

/** The USE-mode user-op signature for `permissionId` carrying the session validator's signature. */
export function encodeUseSignature(permissionId: Hex, sessionSignature: Hex): Hex {
  if (size(permissionId) !== 32) throw new InvalidSessionError('permissionId must be 32 bytes')
  return concat(['0x00', permissionId, sessionSignature])
}

/** Reads back a USE-mode signature. */
export function decodeUseSignature(signature: Hex): { permissionId: Hex; sessionSignature: Hex } {
  if (size(signature) < 33 || slice(signature, 0, 1) !== '0x00') {
    throw new InvalidSessionError('not a USE-mode SmartSession signature')
  }
  return { permissionId: slice(signature, 1, 33), sessionSignature: slice(signature, 33) }
}

/** The mode byte of a SmartSession user-op signature. */
export function getSignatureMode(signature: Hex): SmartSessionMode {
  return Number(slice(signature, 0, 1)) as SmartSessionMode
}

/**
 * The session validator's signature over `hash`: each key signs the raw hash (one `ecrecover` onchain,
 * the cheapest form); for a multisig session the signatures are concatenated.
 */
export async function signSessionHash(signers: readonly LocalAccount[], hash: Hex): Promise<Hex> {
  if (signers.length === 0) throw new InvalidSessionError('no session key to sign with')
  const signatures: Hex[] = []
  for (const signer of signers) {
    if (!signer.sign) throw new InvalidSessionError(`account ${signer.address} cannot sign raw hashes`)
    signatures.push(await signer.sign({ hash }))
  }
  return concat(signatures)
}
