// Passkey (WebAuthn P-256) session keys: the WebAuthnSessionValidator's data and signature formats.
import { concat, encodeAbiParameters, type Hex, isHex, numberToHex, pad, size, slice } from 'viem'
import type { WebAuthnAccount } from 'viem/account-abstraction'
import { InvalidSessionError } from '../errors.js'

/** A P-256 public key: a credential's `publicKey` (x ‖ y, 64 bytes, or 0x04 ‖ x ‖ y) or its coordinates. */
export type PasskeyPublicKey = { publicKey: Hex } | { x: bigint | Hex; y: bigint | Hex }

/** What an authenticator returned for one assertion, as viem's `WebAuthnAccount.sign` gives it. */
export type WebAuthnAssertion = Awaited<ReturnType<WebAuthnAccount['sign']>>

/** The curve order of P-256: `s` above half of it is the malleable twin the validator refuses. */
const P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n

const assertionParameters = [
  { name: 'r', type: 'bytes32' },
  { name: 's', type: 'bytes32' },
  { name: 'challengeIndex', type: 'uint256' },
  { name: 'typeIndex', type: 'uint256' },
  { name: 'authenticatorData', type: 'bytes' },
  { name: 'clientDataJSON', type: 'string' },
] as const

function toCoordinate(value: bigint | Hex, name: string): Hex {
  if (typeof value === 'bigint') {
    if (value < 0n || value >= 2n ** 256n) throw new InvalidSessionError(`passkey ${name} is not a 256-bit number`)
    return numberToHex(value, { size: 32 })
  }
  if (!isHex(value) || size(value) > 32) throw new InvalidSessionError(`passkey ${name} is not a 32-byte hex value`)
  return pad(value, { size: 32 })
}

/** The key's coordinates (x, y), each 32 bytes. */
export function toPasskeyCoordinates(key: PasskeyPublicKey): { x: Hex; y: Hex } {
  if ('publicKey' in key) {
    const { publicKey } = key
    if (!isHex(publicKey)) throw new InvalidSessionError('passkey publicKey is not hex')
    const bytes = size(publicKey)
    if (bytes === 65 && slice(publicKey, 0, 1) === '0x04')
      return toPasskeyCoordinates({ publicKey: slice(publicKey, 1) })
    if (bytes !== 64) throw new InvalidSessionError(`passkey publicKey has ${bytes} bytes: expected x ‖ y (64)`)
    return { x: slice(publicKey, 0, 32), y: slice(publicKey, 32, 64) }
  }
  return { x: toCoordinate(key.x, 'x'), y: toCoordinate(key.y, 'y') }
}

/**
 * The WebAuthnSessionValidator's data: `abi.encode(bytes32 qx, bytes32 qy)`, or with
 * `requireUserVerification` `abi.encode(qx, qy, true)` (then an assertion without the UV flag is refused).
 */
export function encodePasskeyValidatorData(key: PasskeyPublicKey, requireUserVerification = false): Hex {
  const { x, y } = toPasskeyCoordinates(key)
  const data = encodeAbiParameters([{ type: 'bytes32' }, { type: 'bytes32' }], [x, y])
  return requireUserVerification ? concat([data, encodeAbiParameters([{ type: 'bool' }], [true])]) : data
}

/**
 * The WebAuthnSessionValidator's signature from one assertion: `abi.encode(r, s, challengeIndex, typeIndex,
 * authenticatorData, clientDataJSON)`, the fields in place. `s` is normalised to the lower half (authenticators
 * sign with either; the validator accepts the low one only).
 */
export function encodeWebAuthnSignature(assertion: Pick<WebAuthnAssertion, 'signature' | 'webauthn'>): Hex {
  const { signature, webauthn } = assertion
  if (!isHex(signature) || (size(signature) !== 64 && size(signature) !== 65)) {
    throw new InvalidSessionError('a WebAuthn signature is r ‖ s (64 bytes)')
  }
  const { challengeIndex, typeIndex, authenticatorData, clientDataJSON } = webauthn
  if (challengeIndex === undefined || challengeIndex < 0 || typeIndex === undefined || typeIndex < 0) {
    throw new InvalidSessionError('the assertion has no "challenge" or "type" in its clientDataJSON')
  }
  const s = BigInt(slice(signature, 32, 64))
  const lowS = s > P256_N / 2n ? P256_N - s : s
  return encodeAbiParameters(assertionParameters, [
    slice(signature, 0, 32),
    numberToHex(lowS, { size: 32 }),
    BigInt(challengeIndex),
    BigInt(typeIndex),
    authenticatorData,
    clientDataJSON,
  ])
}

/** The client data JSON a browser writes for `webauthn.get` (challenge = base64url of 32 zero bytes). */
const STUB_CLIENT_DATA =
  '{"type":"webauthn.get","challenge":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","origin":"http://localhost","crossOrigin":false}'

/**
 * A well-formed passkey signature of a browser assertion's size that verifies nothing: for gas estimation
 * without prompting the user. It fails before the P-256 check, so estimates miss that check's gas (about
 * 18,000 with the precompile, 260,000 without): give a bundler's estimate that margin.
 */
export const STUB_WEBAUTHN_SIGNATURE: Hex = encodeAbiParameters(assertionParameters, [
  pad('0x01', { size: 32 }),
  pad('0x01', { size: 32 }),
  BigInt(STUB_CLIENT_DATA.indexOf('"challenge"')),
  BigInt(STUB_CLIENT_DATA.indexOf('"type"')),
  concat([pad('0x', { size: 32 }), '0x05', '0x00000000']),
  STUB_CLIENT_DATA,
])

/** Whether a signer is a passkey (viem `WebAuthnAccount`). */
export function isWebAuthnAccount(signer: { type?: string }): signer is WebAuthnAccount {
  return signer.type === 'webAuthn'
}
