// Session self-revocation against the contracts: the client's SelfRevoke typed data hashes to
// SmartSession.getSelfRevokeDigest, and a session used through the EntryPoint is revoked by a third party with the
// key's signature (signSelfRevoke + sendSelfRevoke), after which its next op is refused; a wrong key's signature
// is refused before anything is sent.
import { smartSessionAbi } from '@smart-sessions/bindings'
import { type Address, encodeFunctionData, type Hex, hashTypedData, toHex } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { getTransactionCount, waitForTransactionReceipt } from 'viem/actions'
import { beforeAll, describe, expect, it } from 'vitest'
import { requireAddress, toSelfRevokeTypedData } from '../src/encoding.js'
import {
  encodeInstallCall,
  getSessionNonce,
  InvalidSessionError,
  isSessionEnabled,
  type Session,
  SessionOperationError,
  sendSelfRevoke,
  sendUserOperationDirect,
  signSelfRevoke,
  toPermissionId,
  toSession,
} from '../src/index.js'
import { mockErc20Abi, setupFixture } from './utils/fixture.js'

let f: Awaited<ReturnType<typeof setupFixture>>
let smartSession: Address
const recipient: Address = '0x000000000000000000000000000000000000e4ac'

beforeAll(async () => {
  // Key 0 deployed the shared stack before any test file ran; no other file sends from it.
  f = await setupFixture(0)
  smartSession = requireAddress(f.deployment, 'SmartSession')
})

function transferSession(salt: bigint): Session {
  return toSession(
    {
      owners: { type: 'ecdsa', accounts: [f.sessionKey] },
      actions: [{ target: f.token, selector: '0xa9059cbb', policies: [{ type: 'usage-limit', limit: 10n }] }],
      salt: toHex(salt, { size: 32 }),
    },
    f.deployment,
  )
}

async function accountWith(session: Session): Promise<Address> {
  const account = await f.newAccount()
  await f.ownerCalls([encodeInstallCall({ account, smartSession, sessions: [session] })], account)
  return account
}

async function transfer(account: Address, permissionId: Hex, amount: bigint) {
  const sessionAccount = await f.sessionAccount(account, permissionId)
  return sendUserOperationDirect(f.walletClient, {
    account: sessionAccount,
    calls: [
      {
        to: f.token,
        data: encodeFunctionData({ abi: mockErc20Abi, functionName: 'transfer', args: [recipient, amount] }),
      },
    ],
    // The EntryPoint's own answer is under test (checkSessionCalls, run by default, refuses before sending).
    check: false,
  })
}

describe('SelfRevoke typed data', () => {
  it('hashes to SmartSession.getSelfRevokeDigest', async () => {
    const session = transferSession(1n)
    const account = await accountWith(session)
    const permissionId = toPermissionId(session)
    const nonce = await getSessionNonce(f.publicClient, { smartSession, account, permissionId })
    const chainId = await f.publicClient.getChainId()
    const onchain = await f.publicClient.readContract({
      address: smartSession,
      abi: smartSessionAbi,
      functionName: 'getSelfRevokeDigest',
      args: [account, permissionId],
    })
    expect(hashTypedData(toSelfRevokeTypedData({ smartSession, chainId, account, permissionId, nonce }))).toBe(onchain)
  })

  it('refuses a permission id that is not 32 bytes, locally', () => {
    expect(() =>
      toSelfRevokeTypedData({ smartSession, chainId: 1, account: f.account, permissionId: '0x1234', nonce: 0n }),
    ).toThrow(InvalidSessionError)
  })
})

describe('selfRevoke through the client', () => {
  it("a third party revokes a used session with the key's signature; the next op is refused", async () => {
    const session = transferSession(2n)
    const permissionId = toPermissionId(session)
    const account = await accountWith(session)
    expect((await transfer(account, permissionId, 5n)).success).toBe(true)

    const signature = await signSelfRevoke(f.publicClient, {
      smartSession,
      account,
      permissionId,
      signers: [f.sessionKey],
    })
    const hash = await sendSelfRevoke(f.walletClient, { smartSession, account, permissionId, signature })
    expect((await waitForTransactionReceipt(f.publicClient, { hash, pollingInterval: 50 })).status).toBe('success')
    expect(await isSessionEnabled(f.publicClient, { smartSession, account, permissionId })).toBe(false)
    expect(await getSessionNonce(f.publicClient, { smartSession, account, permissionId })).toBe(2n)

    const refused = await transfer(account, permissionId, 5n).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(SessionOperationError)
    expect((refused as SessionOperationError).revert.inner?.name).toBe('SessionNotEnabled')
  })

  it("another key's signature is refused before anything is sent", async () => {
    const session = transferSession(3n)
    const permissionId = toPermissionId(session)
    const account = await accountWith(session)
    const signature = await signSelfRevoke(f.publicClient, {
      smartSession,
      account,
      permissionId,
      signers: [privateKeyToAccount(generatePrivateKey())],
    })
    const sender = f.walletClient.account.address
    const sent = await getTransactionCount(f.publicClient, { address: sender })
    const error = await sendSelfRevoke(f.walletClient, { smartSession, account, permissionId, signature }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(SessionOperationError)
    expect((error as SessionOperationError).revert.name).toBe('InvalidSelfRevokeSignature')
    expect(await getTransactionCount(f.publicClient, { address: sender })).toBe(sent)
    expect(await isSessionEnabled(f.publicClient, { smartSession, account, permissionId })).toBe(true)
  })
})
