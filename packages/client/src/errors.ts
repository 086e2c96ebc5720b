// Readable errors: the client's own input errors, and decoding of what the chain or a bundler refused
// (SmartSession's custom errors, policies' own errors, the EntryPoint's FailedOp / FailedOpWithRevert).
import * as bindings from '@smart-sessions/bindings'
import {
  type Abi,
  type Address,
  BaseError,
  decodeErrorResult,
  getAddress,
  type Hex,
  isHex,
  parseAbi,
  slice,
} from 'viem'

/** A contract the client needs has no address on this chain and none was passed. */
export class MissingDeploymentError extends BaseError {
  constructor(public readonly contract: string) {
    super(`${contract} has no known address on this chain: pass it in \`deployment\` (or deploy it first).`, {
      name: 'MissingDeploymentError',
    })
  }
}

/** A policy config that cannot be encoded (out of range, wrong scope, …). */
export class InvalidPolicyConfigError extends BaseError {
  constructor(
    public readonly policyType: string,
    reason: string,
  ) {
    super(`Policy '${policyType}': ${reason}.`, { name: 'InvalidPolicyConfigError' })
  }
}

/** A session shape that cannot be turned into a wire-format Session. */
export class InvalidSessionError extends BaseError {
  constructor(reason: string) {
    super(`Invalid session: ${reason}.`, { name: 'InvalidSessionError' })
  }
}

type AbiError = Extract<Abi[number], { type: 'error' }>

/** The EntryPoint's validation-failure errors (v0.7 / v0.8). */
export const entryPointErrorsAbi = parseAbi([
  'error FailedOp(uint256 opIndex, string reason)',
  'error FailedOpWithRevert(uint256 opIndex, string reason, bytes inner)',
])

/** Every custom error of every contract in the bindings, deduplicated by selector. */
function allErrors(): Abi {
  const seen = new Map<string, AbiError>()
  for (const value of Object.values(bindings)) {
    if (!Array.isArray(value)) continue
    for (const item of value as readonly { type?: string }[]) {
      if (item.type !== 'error') continue
      const error = item as AbiError
      const key = `${error.name}(${error.inputs.map((input) => input.type).join(',')})`
      if (!seen.has(key)) seen.set(key, error)
    }
  }
  return [...entryPointErrorsAbi, ...seen.values()]
}
let errorsAbi: Abi | undefined

/** One decoded revert: the error's name and arguments, and the inner errors it carries. */
export type DecodedRevert = {
  name: string
  args: readonly unknown[]
  /** The decoded `reason` of PolicyReverted / `inner` of FailedOpWithRevert. */
  inner?: DecodedRevert | undefined
  /** For PolicyViolation / PolicyReverted: the policy's address and, if known, its contract name. */
  policy?: { address: Address; name?: string | undefined } | undefined
  /** Raw data when nothing in the bindings matches. */
  data?: Hex | undefined
}

/** Names the policy at `address` from a deployment (address → contract name). */
export type AddressBook = Readonly<Partial<Record<string, Address>>>

function nameOf(address: Address, book: AddressBook | undefined): string | undefined {
  if (!book) return undefined
  const wanted = getAddress(address)
  for (const [name, candidate] of Object.entries(book)) if (candidate && getAddress(candidate) === wanted) return name
  return undefined
}

/** Decodes revert data with every error the bindings know, recursively into nested reasons. */
export function decodeRevert(data: Hex, book?: AddressBook): DecodedRevert {
  if (data.length < 10) return { name: data === '0x' ? 'EmptyRevert' : 'UnknownError', args: [], data }
  errorsAbi ??= allErrors()
  let decoded: { errorName: string; args: readonly unknown[] | undefined }
  try {
    decoded = decodeErrorResult({ abi: errorsAbi, data }) as never
  } catch {
    return { name: 'UnknownError', args: [], data }
  }
  const args = decoded.args ?? []
  const result: DecodedRevert = { name: decoded.errorName, args }
  if (decoded.errorName === 'PolicyReverted' || decoded.errorName === 'PolicyViolation') {
    const address = args[1] as Address
    result.policy = { address, name: nameOf(address, book) }
  }
  if (decoded.errorName === 'PolicyReverted') result.inner = decodeRevert(args[2] as Hex, book)
  if (decoded.errorName === 'FailedOpWithRevert') result.inner = decodeRevert(args[2] as Hex, book)
  if (decoded.errorName === 'Error') return { name: 'Error', args, data }
  return result
}

function formatArg(value: unknown): string {
  if (typeof value === 'bigint') return value.toString()
  if (Array.isArray(value)) return `[${value.map(formatArg).join(', ')}]`
  return String(value)
}

/** One line a person can read: e.g. `SpendingLimitPolicy refused: SpendingLimitExceeded(token, 1000, 800)`. */
export function describeRevert(revert: DecodedRevert): string {
  const call = `${revert.name}(${revert.args.map(formatArg).join(', ')})`
  switch (revert.name) {
    case 'FailedOp':
      return `EntryPoint refused the user operation: ${String(revert.args[1])}`
    case 'FailedOpWithRevert':
      return `EntryPoint refused the user operation (${String(revert.args[1])}): ${revert.inner ? describeRevert(revert.inner) : String(revert.args[2])}`
    case 'PolicyReverted': {
      const who = revert.policy?.name ?? `policy ${revert.policy?.address}`
      const why = revert.inner && revert.inner.name !== 'EmptyRevert' ? describeRevert(revert.inner) : 'no reason'
      return `${who} refused: ${why}`
    }
    case 'PolicyViolation':
      return `${revert.policy?.name ?? `policy ${revert.policy?.address}`} refused (policy violation)`
    case 'UnknownError':
    case 'EmptyRevert':
      return revert.data && revert.data !== '0x' ? `unknown revert ${revert.data}` : 'reverted without reason'
    default:
      return call
  }
}

/** Thrown by the client's sending functions: the refused operation, decoded. */
export class SessionOperationError extends BaseError {
  constructor(
    public readonly revert: DecodedRevert,
    options: { cause?: unknown } = {},
  ) {
    super(describeRevert(revert), {
      name: 'SessionOperationError',
      cause: options.cause instanceof Error ? options.cause : undefined,
    })
  }

  /** The innermost refusal: the policy's own error, or SmartSession's, or the EntryPoint's reason. */
  get reason(): DecodedRevert {
    let current = this.revert
    while (current.inner && current.inner.name !== 'EmptyRevert') current = current.inner
    return current
  }

  /** The name (or address) of the policy that refused, if a policy did. */
  get policy(): string | undefined {
    let current: DecodedRevert | undefined = this.revert
    while (current) {
      if (current.policy) return current.policy.name ?? current.policy.address
      current = current.inner
    }
    return undefined
  }
}

/** Finds revert data in a viem error chain (contract reverts, RPC errors with `data`, bundler messages). */
export function findRevertData(error: unknown): Hex | undefined {
  let current: unknown = error
  for (let depth = 0; current && depth < 12; depth++) {
    const candidate = current as { data?: unknown; raw?: unknown; cause?: unknown; details?: unknown }
    if (typeof candidate.raw === 'string' && isHex(candidate.raw) && candidate.raw.length >= 10) return candidate.raw
    if (typeof candidate.data === 'string' && isHex(candidate.data) && candidate.data.length >= 10)
      return candidate.data
    if (candidate.data && typeof candidate.data === 'object') {
      const nested = candidate.data as { data?: unknown }
      if (typeof nested.data === 'string' && isHex(nested.data) && nested.data.length >= 10) return nested.data
    }
    current = candidate.cause
  }
  return undefined
}

/** Finds a 4-byte-selector hex blob inside a bundler's message (bundlers put revert data into the text). */
function findHexInMessage(error: unknown): Hex | undefined {
  let current: unknown = error
  for (let depth = 0; current && depth < 12; depth++) {
    const { details, message, cause } = current as { details?: unknown; message?: unknown; cause?: unknown }
    for (const text of [details, message]) {
      if (typeof text !== 'string') continue
      const match = text.match(/0x[0-9a-fA-F]{8,}/g)
      const longest = match?.sort((a, b) => b.length - a.length)[0]
      if (longest && (longest.length - 2) % 2 === 0 && longest.length > 10 && (longest.length - 10) % 64 === 0) {
        return longest as Hex
      }
    }
    current = cause
  }
  return undefined
}

/** The EntryPoint's text reason ("AA24 signature error", …) from a bundler message, if any. */
function findAaReason(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; current && depth < 12; depth++) {
    const { details, message, cause } = current as { details?: unknown; message?: unknown; cause?: unknown }
    for (const text of [details, message]) {
      const match = typeof text === 'string' ? text.match(/AA\d\d [^"\n,]*/) : null
      if (match) return match[0].trim()
    }
    current = cause
  }
  return undefined
}

/**
 * Turns whatever a send failed with (viem contract error, RPC error, bundler error) into a
 * SessionOperationError naming the refusing policy where there is one; returns `error` unchanged when it
 * carries no revert the client can read.
 */
export function toSessionOperationError(error: unknown, book?: AddressBook): unknown {
  const data = findRevertData(error) ?? findHexInMessage(error)
  if (data) {
    const revert = decodeRevert(data, book)
    if (revert.name !== 'UnknownError') return new SessionOperationError(revert, { cause: error })
  }
  const aa = findAaReason(error)
  if (aa) return new SessionOperationError({ name: 'FailedOp', args: [0n, aa] }, { cause: error })
  return error
}

/** The selector of revert data (first 4 bytes). */
export function revertSelector(data: Hex): Hex {
  return slice(data, 0, 4)
}

/**
 * An ERC-7715 permission request the client cannot map onto a session exactly: an unknown permission type, an
 * unknown field, or a value it cannot honour. `path` names the offending part (e.g. `permission.data.foo`).
 */
export class PermissionRequestError extends BaseError {
  constructor(
    public readonly kind: 'unknown-type' | 'unknown-field' | 'invalid-value' | 'unsupported',
    public readonly path: string,
    reason: string,
  ) {
    super(`Permission request: ${path}: ${reason}.`, { name: 'PermissionRequestError' })
  }
}
