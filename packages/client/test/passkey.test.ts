// Passkey sessions: a software P-256 authenticator makes real WebAuthn assertions (viem toWebAuthnAccount), the
// client packs them for WebAuthnSessionValidator, and user ops go through the real EntryPoint on anvil.
import { type Address, encodeAbiParameters, encodeFunctionData, type Hex, numberToHex, slice } from 'viem'
import { toWebAuthnAccount } from 'viem/account-abstraction'
import { beforeAll, describe, expect, it } from 'vitest'
import { encodePasskeyValidatorData, encodeWebAuthnSignature, requireAddress } from '../src/encoding.js'
import {
  encodeInstallCall,
  InvalidSessionError,
  SessionOperationError,
  sendUserOperationDirect,
  toPermissionId,
  toSession,
  toSessionAccount,
} from '../src/index.js'
import { createSoftwarePasskey } from '../src/testing/index.js'
import { mockErc20Abi, setupFixture } from './utils/fixture.js'

let f: Awaited<ReturnType<typeof setupFixture>>
let smartSession: Address
const recipient: Address = '0x000000000000000000000000000000000000fa55'
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n

const transfer = (amount: bigint) => ({
  to: f.token,
  data: encodeFunctionData({ abi: mockErc20Abi, functionName: 'transfer', args: [recipient, amount] }),
})
const balance = () =>
  f.publicClient.readContract({ address: f.token, abi: mockErc20Abi, functionName: 'balanceOf', args: [recipient] })

/** A passkey session on a fresh account (installed by the owner) and the session's view of that account. */
async function passkeySession(options: { userVerified?: boolean; requireUserVerification?: boolean } = {}) {
  const passkey = await createSoftwarePasskey({ userVerified: options.userVerified })
  const session = toSession(
    {
      owners: {
        type: 'passkey',
        credential: passkey.credential,
        requireUserVerification: options.requireUserVerification,
      },
      actions: [{ target: f.token, selector: '0xa9059cbb' }],
    },
    f.deployment,
  )
  const account = await f.newAccount()
  await f.ownerCalls([encodeInstallCall({ account, smartSession, sessions: [session] })], account)
  const signer = toWebAuthnAccount({ credential: passkey.credential, getFn: passkey.getFn, rpId: 'localhost' })
  const sessionAccount = await toSessionAccount({
    client: f.publicClient,
    address: account,
    smartSession,
    permissionId: toPermissionId(session),
    signers: [signer],
  })
  return { passkey, session, sessionAccount }
}

beforeAll(async () => {
  f = await setupFixture(9)
  smartSession = requireAddress(f.deployment, 'SmartSession')
})

describe('passkey owners → WebAuthnSessionValidator', () => {
  it('the credential becomes abi.encode(qx, qy), with the UV option as a third word', async () => {
    const { credential } = await createSoftwarePasskey()
    const x = slice(credential.publicKey, 0, 32)
    const y = slice(credential.publicKey, 32, 64)
    const session = toSession({ owners: { type: 'passkey', credential } }, f.deployment)
    expect(session.sessionValidator).toBe(requireAddress(f.deployment, 'WebAuthnSessionValidator'))
    expect(session.sessionValidatorInitData).toBe(
      encodeAbiParameters([{ type: 'bytes32' }, { type: 'bytes32' }], [x, y]),
    )
    expect(encodePasskeyValidatorData({ x: BigInt(x), y }, true)).toBe(
      encodeAbiParameters([{ type: 'bytes32' }, { type: 'bytes32' }, { type: 'bool' }], [x, y, true]),
    )
    expect(encodePasskeyValidatorData({ publicKey: `0x04${credential.publicKey.slice(2)}` })).toBe(
      session.sessionValidatorInitData,
    )
  })

  it('a malformed key is a typed error before anything is sent', () => {
    expect(() => encodePasskeyValidatorData({ publicKey: '0x1234' })).toThrow(InvalidSessionError)
    expect(() => encodePasskeyValidatorData({ x: -1n, y: 1n })).toThrow(InvalidSessionError)
  })

  it('the signature holds the assertion fields in place, with s in the lower half', () => {
    const webauthn = {
      authenticatorData: `0x${'00'.repeat(32)}0500000001` as Hex,
      clientDataJSON: '{"type":"webauthn.get","challenge":"x"}',
      challengeIndex: 23,
      typeIndex: 1,
    }
    const r = numberToHex(7n, { size: 32 })
    const highS = N - 5n
    const encoded = encodeWebAuthnSignature({ signature: `${r}${numberToHex(highS, { size: 32 }).slice(2)}`, webauthn })
    expect(encoded).toBe(
      encodeAbiParameters(
        [
          { type: 'bytes32' },
          { type: 'bytes32' },
          { type: 'uint256' },
          { type: 'uint256' },
          { type: 'bytes' },
          { type: 'string' },
        ],
        [r, numberToHex(5n, { size: 32 }), 23n, 1n, webauthn.authenticatorData, webauthn.clientDataJSON],
      ),
    )
    expect(() => encodeWebAuthnSignature({ signature: r, webauthn })).toThrow(InvalidSessionError)
    expect(() =>
      encodeWebAuthnSignature({ signature: `${r}${r.slice(2)}`, webauthn: { ...webauthn, challengeIndex: -1 } }),
    ).toThrow(InvalidSessionError)
  })
})

describe('user ops signed by a passkey, on the real EntryPoint', () => {
  it('two transfers, each one assertion over the user-op hash, no owner involved', async () => {
    const { passkey, sessionAccount } = await passkeySession()
    const before = await balance()
    for (const amount of [3n, 4n]) {
      const result = await sendUserOperationDirect(f.walletClient, {
        account: sessionAccount,
        calls: [transfer(amount)],
      })
      expect(result.success).toBe(true)
    }
    expect(await balance()).toBe(before + 7n)
    expect(passkey.count).toBe(2)
  })

  it('an assertion without user verification is refused when the session requires it (AA24)', async () => {
    const { sessionAccount } = await passkeySession({ userVerified: false, requireUserVerification: true })
    const error = await sendUserOperationDirect(f.walletClient, {
      account: sessionAccount,
      calls: [transfer(1n)],
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SessionOperationError)
    expect((error as SessionOperationError).message).toContain('AA24 signature error')
  })

  it('user presence alone passes when the session does not require verification', async () => {
    const { sessionAccount } = await passkeySession({ userVerified: false })
    const before = await balance()
    await sendUserOperationDirect(f.walletClient, { account: sessionAccount, calls: [transfer(1n)] })
    expect(await balance()).toBe(before + 1n)
  })

  it('another passkey cannot use the session (AA24)', async () => {
    const { session, sessionAccount } = await passkeySession()
    const stranger = await createSoftwarePasskey()
    const strangerAccount = await toSessionAccount({
      client: f.publicClient,
      address: sessionAccount.address,
      smartSession,
      permissionId: toPermissionId(session),
      signers: [toWebAuthnAccount({ credential: stranger.credential, getFn: stranger.getFn, rpId: 'localhost' })],
    })
    const error = await sendUserOperationDirect(f.walletClient, {
      account: strangerAccount,
      calls: [transfer(1n)],
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SessionOperationError)
    expect((error as SessionOperationError).message).toContain('AA24 signature error')
  })
})
