// A passkey without a browser: a P-256 key in WebCrypto that answers `navigator.credentials.get` the way an
// authenticator and a browser do together, for Node tests of passkey sessions.
import { bytesToHex, concat, type Hex, toBytes } from 'viem'
import type { ToWebAuthnAccountParameters } from 'viem/account-abstraction'

type GetFn = NonNullable<ToWebAuthnAccountParameters['getFn']>

export type SoftwarePasskey = {
  /** What `createWebAuthnCredential` would return: the credential id and its public key (x ‖ y). */
  credential: { id: string; publicKey: Hex }
  /** A drop-in for `navigator.credentials.get` (viem `toWebAuthnAccount({ credential, getFn, rpId })`). */
  getFn: GetFn
  /** How many assertions it made (the signature counter). */
  readonly count: number
}

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url')

/** DER `SEQUENCE { INTEGER r, INTEGER s }` of a raw 64-byte P-256 signature, as authenticators return it. */
function toDerSignature(raw: Uint8Array): Uint8Array {
  const integer = (bytes: Uint8Array) => {
    let start = 0
    while (start < bytes.length - 1 && bytes[start] === 0) start++
    const trimmed = bytes.subarray(start)
    const body = (trimmed[0] ?? 0) & 0x80 ? concat([new Uint8Array([0]), trimmed]) : trimmed
    return concat([new Uint8Array([0x02, body.length]), body])
  }
  const sequence = concat([integer(raw.subarray(0, 32)), integer(raw.subarray(32, 64))])
  return concat([new Uint8Array([0x30, sequence.length]), sequence])
}

/**
 * A software passkey for `rpId`, its client data claiming `origin`. Each assertion sets the user-present flag,
 * and the user-verified flag unless `userVerified` is false (an authenticator without PIN or biometrics).
 */
export async function createSoftwarePasskey(
  options: { rpId?: string | undefined; origin?: string | undefined; userVerified?: boolean | undefined } = {},
): Promise<SoftwarePasskey> {
  const rpId = options.rpId ?? 'localhost'
  const origin = options.origin ?? `http://${rpId}`
  const flags = options.userVerified === false ? 0x01 : 0x05
  const { subtle } = globalThis.crypto
  const keys = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign'])
  const publicKey = new Uint8Array(await subtle.exportKey('raw', keys.publicKey))
  const id = base64url(globalThis.crypto.getRandomValues(new Uint8Array(16)))
  const rpIdHash = new Uint8Array(await subtle.digest('SHA-256', new Uint8Array(toBytes(rpId))))
  let count = 0
  const getFn: GetFn = async (request) => {
    const challenge = request?.publicKey?.challenge
    if (!challenge) throw new Error('software passkey: no challenge requested')
    const challengeBytes = ArrayBuffer.isView(challenge)
      ? new Uint8Array(challenge.buffer, challenge.byteOffset, challenge.byteLength)
      : new Uint8Array(challenge)
    count += 1
    const clientDataJSON = toBytes(
      JSON.stringify({ type: 'webauthn.get', challenge: base64url(challengeBytes), origin, crossOrigin: false }),
    )
    const counter = new Uint8Array([count >>> 24, (count >>> 16) & 0xff, (count >>> 8) & 0xff, count & 0xff])
    const authenticatorData = concat([rpIdHash, new Uint8Array([flags]), counter])
    const clientDataHash = new Uint8Array(await subtle.digest('SHA-256', new Uint8Array(clientDataJSON)))
    const raw = new Uint8Array(
      await subtle.sign(
        { name: 'ECDSA', hash: 'SHA-256' },
        keys.privateKey,
        new Uint8Array(concat([authenticatorData, clientDataHash])),
      ),
    )
    return {
      id,
      type: 'public-key',
      rawId: toBytes(id).buffer,
      response: {
        clientDataJSON: clientDataJSON.buffer,
        authenticatorData: authenticatorData.buffer,
        signature: toDerSignature(raw).buffer,
        userHandle: null,
      },
    } as unknown as Awaited<ReturnType<GetFn>>
  }
  return {
    credential: { id, publicKey: bytesToHex(publicKey.subarray(1)) },
    getFn,
    get count() {
      return count
    },
  }
}
