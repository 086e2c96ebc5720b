// ERC-7739 TypedDataSign: how a session signs typed data for the account (SmartSession's ERC-1271 path).
// The account's `isValidSignature(hash, smartSession ‖ permissionId ‖ erc7739Sig)` with
// erc7739Sig = sessionSig ‖ appDomainSeparator ‖ contentsHash ‖ contentsDescr ‖ uint16(len(contentsDescr)).
import {
  type Address,
  concat,
  domainSeparator,
  encodeAbiParameters,
  type Hex,
  hashStruct,
  keccak256,
  numberToHex,
  size,
  stringToHex,
  type TypedDataDomain,
  zeroHash,
} from 'viem'
import { InvalidSessionError } from '../errors.js'
import type { ERC7739Context } from '../types.js'

/** The account's EIP-712 domain as ERC-7739 binds it (every ERC-5267 field, whatever the `fields` bitmap). */
export type AccountDomain = {
  name: string
  version: string
  chainId: bigint
  verifyingContract: Address
  salt: Hex
}

/** SmartSession's stand-in when the account has no ERC-5267 `eip712Domain()` (the OpenZeppelin test account). */
export function toFallbackAccountDomain(account: Address, chainId: number): AccountDomain {
  return { name: 'SmartSession', version: '1', chainId: BigInt(chainId), verifyingContract: account, salt: zeroHash }
}

/** ERC-7739 forbids NUL, space, ',', '(' and ')' in a contents name (one description could pass for another). */
const isValidContentName = (name: string) => name.length > 0 && !/[ ,()]/.test(name) && !name.includes('\u0000')

type Field = { name: string; type: string }

/** A viem `TypedDataDefinition` without its type-level checks. */
export type LooseTypedData = {
  domain?: TypedDataDomain | undefined
  types: Record<string, unknown>
  primaryType: string
  message: Record<string, unknown>
}

/**
 * EIP-712 `encodeType` of `primaryType`: the type, then every type it references sorted by name — ERC-7739's
 * implicit-mode contents description (viem does not export its own).
 */
export function encodeTypedDataType(types: Record<string, readonly Field[]>, primaryType: string): string {
  const seen = new Set<string>()
  const visit = (name: string) => {
    const base = name.replace(/\[.*$/, '')
    if (seen.has(base) || !types[base]) return
    seen.add(base)
    for (const field of types[base]) visit(field.type)
  }
  if (!types[primaryType]) throw new InvalidSessionError(`typed data has no type ${primaryType}`)
  visit(primaryType)
  seen.delete(primaryType)
  return [primaryType, ...[...seen].sort()]
    .map((name) => `${name}(${(types[name] ?? []).map((f) => `${f.type} ${f.name}`).join(',')})`)
    .join('')
}

/** EIP-712 domain separator of a viem domain (the fields present, as `hashTypedData` does). */
export function toAppDomainSeparator(domain: TypedDataDomain): Hex {
  return domainSeparator({ domain })
}

/** `ERC7739Context` for a session grant from an app domain (or its separator) and the content names. */
export function toERC7739Context(context: {
  domain?: TypedDataDomain | undefined
  appDomainSeparator?: Hex | undefined
  contentNames: readonly string[]
}): ERC7739Context {
  const separator = context.appDomainSeparator ?? (context.domain ? toAppDomainSeparator(context.domain) : undefined)
  if (!separator || size(separator) !== 32) {
    throw new InvalidSessionError('an ERC-1271 content needs a 32-byte appDomainSeparator or a domain')
  }
  if (context.domain && context.appDomainSeparator && toAppDomainSeparator(context.domain) !== separator) {
    throw new InvalidSessionError('appDomainSeparator does not match domain')
  }
  for (const name of context.contentNames) {
    if (!isValidContentName(name)) throw new InvalidSessionError(`invalid content name '${name}'`)
  }
  return { appDomainSeparator: separator, contentNames: [...context.contentNames] }
}

/**
 * What the session key signs for `typedData` in `account`'s domain: the ERC-7739 nested digest
 * `keccak256(0x1901 ‖ appDomainSeparator ‖ hashStruct(TypedDataSign{contents, …accountDomain}))`, plus the
 * parts of the wrapped signature.
 */
export function hashTypedDataSign(
  typedData: LooseTypedData,
  accountDomain: AccountDomain,
): { digest: Hex; appDomainSeparator: Hex; contentsHash: Hex; contentsDescr: string } {
  const { domain = {}, message, primaryType } = typedData
  const types = typedData.types as Record<string, readonly Field[]>
  if (primaryType === 'EIP712Domain') throw new InvalidSessionError('a session cannot sign an EIP712Domain')
  if (!isValidContentName(primaryType)) throw new InvalidSessionError(`invalid content name '${primaryType}'`)
  const contentsDescr = encodeTypedDataType(types, primaryType)
  const contentsHash = hashStruct({ data: message, primaryType, types })
  const appDomainSeparator = toAppDomainSeparator(domain)
  const typeHash = keccak256(
    stringToHex(
      `TypedDataSign(${primaryType} contents,string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)${contentsDescr}`,
    ),
  )
  const structHash = keccak256(
    encodeAbiParameters(
      [
        { type: 'bytes32' },
        { type: 'bytes32' },
        { type: 'bytes32' },
        { type: 'bytes32' },
        { type: 'uint256' },
        { type: 'address' },
        { type: 'bytes32' },
      ],
      [
        typeHash,
        contentsHash,
        keccak256(stringToHex(accountDomain.name)),
        keccak256(stringToHex(accountDomain.version)),
        accountDomain.chainId,
        accountDomain.verifyingContract,
        accountDomain.salt,
      ],
    ),
  )
  const digest = keccak256(concat(['0x1901', appDomainSeparator, structHash]))
  return { digest, appDomainSeparator, contentsHash, contentsDescr }
}

/** `smartSession ‖ permissionId ‖ sessionSig ‖ appDomainSeparator ‖ contentsHash ‖ contentsDescr ‖ uint16 len`. */
export function encodeSessionERC1271Signature(parts: {
  smartSession: Address
  permissionId: Hex
  sessionSignature: Hex
  appDomainSeparator: Hex
  contentsHash: Hex
  contentsDescr: string
}): Hex {
  if (size(parts.permissionId) !== 32) throw new InvalidSessionError('permissionId must be 32 bytes')
  const descr = stringToHex(parts.contentsDescr)
  if (size(descr) > 0xffff) throw new InvalidSessionError('contents description longer than 65535 bytes')
  return concat([
    parts.smartSession,
    parts.permissionId,
    parts.sessionSignature,
    parts.appDomainSeparator,
    parts.contentsHash,
    descr,
    numberToHex(size(descr), { size: 2 }),
  ])
}
