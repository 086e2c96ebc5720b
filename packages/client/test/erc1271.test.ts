// ERC-1271 with a session: the session key signs typed data (ERC-7739 TypedDataSign through SmartSession) and
// the OpenZeppelin ERC-7579 account's own isValidSignature accepts it only for the granted app + content.
import { type Address, type Hex, hashTypedData, type TypedDataDomain } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { beforeAll, describe, expect, it } from 'vitest'
import { encodeTypedDataType, requireAddress, toAppDomainSeparator } from '../src/encoding.js'
import {
  encodeInstallCall,
  InvalidSessionError,
  signSessionTypedData,
  toPermissionId,
  toSession,
} from '../src/index.js'
import { ERC1271_MAGIC, isValidSignatureAbi } from './utils/erc1271.js'
import { setupFixture } from './utils/fixture.js'

const INVALID = '0xffffffff'

const app: Address = '0x000000000000000000000000000000000000a99a'
const recipient: Address = '0x000000000000000000000000000000000000b0b0'
const mailTypes = {
  Mail: [
    { name: 'from', type: 'Person' },
    { name: 'to', type: 'Person' },
    { name: 'contents', type: 'string' },
  ],
  Person: [
    { name: 'name', type: 'string' },
    { name: 'wallet', type: 'address' },
  ],
} as const
const permitTypes = {
  Permit: [
    { name: 'spender', type: 'address' },
    { name: 'value', type: 'uint256' },
  ],
} as const

let f: Awaited<ReturnType<typeof setupFixture>>
let smartSession: Address
let account: Address
let permissionId: Hex
let appDomain: TypedDataDomain

const mail = (contents: string, domain: TypedDataDomain = appDomain) => ({
  domain,
  types: mailTypes,
  primaryType: 'Mail' as const,
  message: {
    from: { name: 'Alice', wallet: recipient },
    to: { name: 'Bob', wallet: app },
    contents,
  },
})

const check = (hash: Hex, signature: Hex) =>
  f.publicClient.readContract({
    address: account,
    abi: isValidSignatureAbi,
    functionName: 'isValidSignature',
    args: [hash, signature],
    account: app,
  })

const sign = (typedData: Parameters<typeof signSessionTypedData>[1]['typedData']) =>
  signSessionTypedData(f.publicClient, { account, smartSession, permissionId, signers: [f.sessionKey], typedData })

beforeAll(async () => {
  f = await setupFixture(6)
  smartSession = requireAddress(f.deployment, 'SmartSession')
  appDomain = { name: 'Mail app', version: '1', chainId: f.publicClient.chain.id, verifyingContract: app }
  account = await f.newAccount()
  const session = toSession(
    {
      owners: { type: 'ecdsa', accounts: [f.sessionKey] },
      erc1271: { contents: [{ domain: appDomain, contentNames: ['Mail'] }] },
    },
    f.deployment,
  )
  expect(session.erc7739Policies.erc1271Policies).toEqual([
    { policy: requireAddress(f.deployment, 'SudoPolicy'), initData: '0x' },
  ])
  permissionId = toPermissionId(session)
  await f.ownerCalls([encodeInstallCall({ account, smartSession, sessions: [session] })], account)
})

describe('ERC-7739 contents description', () => {
  it('is the EIP-712 encodeType of the primary type with its referenced types sorted', () => {
    expect(encodeTypedDataType(mailTypes, 'Mail')).toBe(
      'Mail(Person from,Person to,string contents)Person(string name,address wallet)',
    )
    const nested = {
      Z: [{ name: 'b', type: 'B[]' }],
      B: [{ name: 'a', type: 'A' }],
      A: [{ name: 'x', type: 'uint256' }],
    }
    expect(encodeTypedDataType(nested, 'Z')).toBe('Z(B[] b)A(uint256 x)B(A a)')
  })

  it('toSession: a domain or its separator grant the same content, sudo by default, bad input refused', () => {
    const owners = { type: 'ecdsa', accounts: [f.sessionKey] } as const
    const byDomain = toSession(
      { owners, erc1271: { contents: [{ domain: appDomain, contentNames: ['Mail'] }] } },
      f.deployment,
    )
    const appDomainSeparator = toAppDomainSeparator(appDomain)
    const bySeparator = toSession(
      { owners, erc1271: { contents: [{ appDomainSeparator, contentNames: ['Mail'] }] } },
      f.deployment,
    )
    expect(bySeparator.erc7739Policies).toEqual(byDomain.erc7739Policies)
    expect(byDomain.erc7739Policies.allowedERC7739Content).toEqual([{ appDomainSeparator, contentNames: ['Mail'] }])
    expect(toSession({ owners }, f.deployment).erc7739Policies).toEqual({
      allowedERC7739Content: [],
      erc1271Policies: [],
    })
    expect(() =>
      toSession({ owners, erc1271: { contents: [{ domain: appDomain, contentNames: ['Mail(x)'] }] } }, f.deployment),
    ).toThrow(InvalidSessionError)
    expect(() => toSession({ owners, erc1271: { contents: [{ contentNames: ['Mail'] }] } }, f.deployment)).toThrow(
      /appDomainSeparator or a domain/,
    )
    expect(() =>
      toSession(
        {
          owners,
          erc1271: {
            contents: [{ domain: appDomain, appDomainSeparator: `0x${'11'.repeat(32)}`, contentNames: ['Mail'] }],
          },
        },
        f.deployment,
      ),
    ).toThrow(/does not match/)
  })
})

describe('a session signs typed data for the account (ERC-1271 via SmartSession)', () => {
  it('the granted content in the granted app domain verifies through the account', async () => {
    const typedData = mail('hello')
    expect(await check(hashTypedData(typedData), await sign(typedData))).toBe(ERC1271_MAGIC)
  })

  it('toSessionAccount.signTypedData makes the same kind of signature; signMessage refuses', async () => {
    const sessionAccount = await f.sessionAccount(account, permissionId)
    const typedData = mail('via account')
    expect(await check(hashTypedData(typedData), await sessionAccount.signTypedData(typedData))).toBe(ERC1271_MAGIC)
    await expect(sessionAccount.signMessage({ message: 'hi' })).rejects.toThrow(/typed-data contents/)
  })

  it('a content name the session was not granted is refused', async () => {
    const permit = {
      domain: appDomain,
      types: permitTypes,
      primaryType: 'Permit' as const,
      message: { spender: recipient, value: 10n },
    }
    expect(await check(hashTypedData(permit), await sign(permit))).toBe(INVALID)
  })

  it('another app domain is refused', async () => {
    const other = mail('hello', { ...appDomain, name: 'Other app' })
    expect(toAppDomainSeparator(other.domain)).not.toBe(toAppDomainSeparator(appDomain))
    expect(await check(hashTypedData(other), await sign(other))).toBe(INVALID)
  })

  it('the signature is bound to its hash: another message is refused', async () => {
    const signature = await sign(mail('hello'))
    expect(await check(hashTypedData(mail('hello!')), signature)).toBe(INVALID)
  })

  it('another key, or another account domain in the nested digest, is refused', async () => {
    const typedData = mail('hello')
    const stranger = await signSessionTypedData(f.publicClient, {
      account,
      smartSession,
      permissionId,
      signers: [privateKeyToAccount(generatePrivateKey())],
      typedData,
    })
    expect(await check(hashTypedData(typedData), stranger)).toBe(INVALID)
    const wrongDomain = await signSessionTypedData(f.publicClient, {
      account,
      smartSession,
      permissionId,
      signers: [f.sessionKey],
      typedData,
      accountDomain: {
        name: 'SmartSession',
        version: '2',
        chainId: BigInt(f.publicClient.chain.id),
        verifyingContract: account,
        salt: `0x${'00'.repeat(32)}`,
      },
    })
    expect(await check(hashTypedData(typedData), wrongDomain)).toBe(INVALID)
  })

  it('another account with the same session installed does not accept this account’s signature', async () => {
    const other = await f.newAccount()
    const session = toSession(
      {
        owners: { type: 'ecdsa', accounts: [f.sessionKey] },
        erc1271: { contents: [{ domain: appDomain, contentNames: ['Mail'] }] },
      },
      f.deployment,
    )
    await f.ownerCalls([encodeInstallCall({ account: other, smartSession, sessions: [session] })], other)
    const typedData = mail('hello')
    const signature = await sign(typedData)
    const onOther = await f.publicClient.readContract({
      address: other,
      abi: isValidSignatureAbi,
      functionName: 'isValidSignature',
      args: [hashTypedData(typedData), signature],
      account: app,
    })
    expect(onOther).toBe(INVALID)
  })
})
