// USE-mode signatures: `0x00 ‖ permissionId ‖ session validator signature`.
import { concat, type Hex, type LocalAccount, size, slice } from 'viem'
import type { WebAuthnAccount } from 'viem/account-abstraction'
import type { SmartSessionMode } from '../constants.js'
import { InvalidSessionError } from '../errors.js'
import { encodeWebAuthnSignature, isWebAuthnAccount } from './webauthn.js'

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
export function decodeSignatureMode(signature: Hex): SmartSessionMode {
  return Number(slice(signature, 0, 1)) as SmartSessionMode
}

/** A session key: an ECDSA account, or a passkey (viem `toWebAuthnAccount`). */
export type SessionSigner = LocalAccount | WebAuthnAccount

/**
 * The session validator's signature over `hash`: each ECDSA key signs the raw hash (one `ecrecover` onchain,
 * the cheapest form), for a multisig session the signatures concatenated; a passkey makes one WebAuthn
 * assertion with `hash` as its challenge (the browser's `navigator.credentials.get`, or the account's `getFn`).
 */
export async function signSessionHash(signers: readonly SessionSigner[], hash: Hex): Promise<Hex> {
  if (signers.length === 0) throw new InvalidSessionError('no session key to sign with')
  const [first] = signers
  if (first && isWebAuthnAccount(first)) {
    if (signers.length !== 1) throw new InvalidSessionError('a passkey session has exactly one signer')
    return encodeWebAuthnSignature(await first.sign({ hash }))
  }
  const signatures: Hex[] = []
  for (const signer of signers) {
    if (isWebAuthnAccount(signer)) throw new InvalidSessionError('a passkey cannot join an ECDSA multisig')
    if (!signer.sign) throw new InvalidSessionError(`account ${signer.address} cannot sign raw hashes`)
    signatures.push(await signer.sign({ hash }))
  }
  return concat(signatures)
}
