// Checks before anything is sent: bad input is a typed error naming what is wrong, never a raw RangeError or
// a refusal found only by the EntryPoint.
import { createPublicClient, encodeFunctionData, erc20Abi, http, toFunctionSelector, zeroAddress } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { encodeTimeFramePolicy, encodeUsageLimitPolicy } from '../src/encoding.js'
import {
  defaultDeployment,
  deserializeSession,
  InvalidPolicyConfigError,
  InvalidSessionError,
  PermissionIdMismatchError,
  type Session,
  SignerNotOwnerError,
  serializeSession,
  toEnableSession,
  toPermissionId,
  toSession,
  toSessionAccount,
} from '../src/index.js'

const key = privateKeyToAccount(generatePrivateKey())
const token: `0x${string}` = '0x1c7D4B196Cb0C7B01d743Fbc6116a902379C7238'
const now = () => 1_750_000_000n
// Never called: every check below throws before the first request.
const client = createPublicClient({ transport: http('http://127.0.0.1:9') })

function enableFor(session: Session) {
  return toEnableSession({
    session,
    chains: [{ chainId: 1, account: zeroAddress, smartSession: defaultDeployment.SmartSession, nonce: 0n }],
    permissionEnableSig: '0x',
  })
}

describe('checks before sending', () => {
  it('a validUntil in the past, or in milliseconds, is refused', () => {
    expect(() => encodeTimeFramePolicy({ type: 'time-frame', validUntil: 1_700_000_000n }, { now })).toThrow(
      /validUntil 1700000000 has passed \(now 1750000000\)/,
    )
    expect(() => encodeTimeFramePolicy({ type: 'time-frame', validUntil: 1_760_000_000_000n }, { now })).toThrow(
      /validUntil 1760000000000 looks like milliseconds/,
    )
    expect(() =>
      toSession({ owners: { type: 'ecdsa', accounts: [key] }, policies: [{ type: 'time-frame', validUntil: 5n }] }),
    ).toThrow(InvalidPolicyConfigError)
  })

  it('usage-limit 1.5 is an InvalidPolicyConfigError, not a RangeError', () => {
    const attempt = () => encodeUsageLimitPolicy({ type: 'usage-limit', limit: 1.5 as never })
    expect(attempt).toThrow(InvalidPolicyConfigError)
    expect(attempt).toThrow(/limit must be an integer, got 1.5/)
  })

  it('a zero-address key, a bad checksum (key, target, token) are refused', () => {
    expect(() => toSession({ owners: { type: 'ecdsa', accounts: [zeroAddress] } })).toThrow(
      /session key is the zero address/,
    )
    const badChecksum = token.replace('c7D', 'C7d') as `0x${string}`
    expect(() => toSession({ owners: { type: 'ecdsa', accounts: [badChecksum] } })).toThrow(InvalidSessionError)
    expect(() => toSession({ owners: { type: 'ecdsa', accounts: [badChecksum] } })).toThrow(/bad checksum/)
    expect(() =>
      toSession({
        owners: { type: 'ecdsa', accounts: [key] },
        actions: [{ target: badChecksum, selector: '0xa9059cbb' }],
      }),
    ).toThrow(/action target .* has a bad checksum/)
    expect(() =>
      toSession({
        owners: { type: 'ecdsa', accounts: [key] },
        actions: [{ policies: [{ type: 'spending-limits', limits: [{ token: badChecksum, amount: 1n }] }] }],
      }),
    ).toThrow(/bad checksum/)
    // All-lowercase addresses carry no checksum and pass.
    expect(() =>
      toSession({ owners: { type: 'ecdsa', accounts: [token.toLowerCase() as `0x${string}`] } }),
    ).not.toThrow()
  })

  it('toSessionAccount derives the permission id from enable; a different one is a PermissionIdMismatchError', async () => {
    const session = toSession({ owners: { type: 'ecdsa', accounts: [key] } })
    const enableSession = enableFor(session)
    const account = await toSessionAccount({
      client,
      address: zeroAddress,
      smartSession: defaultDeployment.SmartSession,
      signers: [key],
      enable: { enableSession },
    })
    expect(account.address).toBe(zeroAddress)
    const other = toPermissionId(
      toSession({ owners: { type: 'ecdsa', accounts: [privateKeyToAccount(generatePrivateKey())] } }),
    )
    const mismatch = toSessionAccount({
      client,
      address: zeroAddress,
      smartSession: defaultDeployment.SmartSession,
      permissionId: other,
      signers: [key],
      enable: { enableSession },
    })
    await expect(mismatch).rejects.toBeInstanceOf(PermissionIdMismatchError)
    await expect(mismatch).rejects.toThrow(`permissionId ${other} is not the id of the session in enableSession`)
  })

  it('a signer that is not among the session owners is a SignerNotOwnerError', async () => {
    const session = toSession({ owners: { type: 'ecdsa', accounts: [key] } })
    const stranger = privateKeyToAccount(generatePrivateKey())
    const attempt = toSessionAccount({
      client,
      address: zeroAddress,
      smartSession: defaultDeployment.SmartSession,
      signers: [stranger],
      enable: { enableSession: enableFor(session) },
    })
    await expect(attempt).rejects.toBeInstanceOf(SignerNotOwnerError)
    await expect(attempt).rejects.toThrow(`signer ${stranger.address} is not an owner of the session`)
  })
})

describe('sessions by ABI, serialized', () => {
  it('an action by ABI derives the selector; argument rules become one CallPolicy', () => {
    const owners = { type: 'ecdsa', accounts: [key] } as const
    const byAbi = toSession({
      owners,
      actions: [
        {
          target: token,
          abi: erc20Abi,
          functionName: 'transfer',
          args: [undefined, { condition: 'lessThanOrEqual', value: 5n }],
        },
      ],
    })
    const bySelector = toSession({
      owners,
      actions: [
        {
          target: token,
          selector: toFunctionSelector('transfer(address,uint256)'),
          policies: [{ type: 'call', rules: [{ param: 1, condition: 'lessThanOrEqual', value: 5n }] }],
        },
      ],
    })
    expect(byAbi).toEqual(bySelector)
    expect(() => toSession({ owners, actions: [{ target: token, abi: erc20Abi, functionName: 'mint' }] })).toThrow(
      /mint: no such function in the ABI/,
    )
    expect(encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [token, 1n] }).slice(0, 10)).toBe(
      byAbi.actions[0]?.actionTargetSelector,
    )
  })

  it('serializeSession / deserializeSession round-trip a grant with bigints through JSON', () => {
    const session = toSession({ owners: { type: 'ecdsa', accounts: [key] } })
    const enableSession = enableFor(session)
    const grant = { account: token, permissionId: toPermissionId(session), chainId: 1, enable: { enableSession } }
    const text = serializeSession(grant)
    expect(JSON.parse(text)).toBeTruthy()
    expect(deserializeSession(text)).toEqual(grant)
    expect(() => deserializeSession('{"account":"0x12"}')).toThrow(InvalidSessionError)
  })
})
