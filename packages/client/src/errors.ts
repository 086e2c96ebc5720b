// Readable errors: the client's own input errors, the typed refusals, and decoding of what the chain or a
// bundler refused (SmartSession's custom errors, policies' own errors, the EntryPoint's FailedOp /
// FailedOpWithRevert). Decoding uses the one generated table of every contract error (not every ABI).
import { smartSessionsErrorsAbi } from '@smart-sessions/bindings'
import { type Abi, type Address, BaseError, decodeErrorResult, getAddress, type Hex, isHex, slice } from 'viem'
import { entryPoint08Abi } from 'viem/account-abstraction'

/** A contract the client needs has no address in the deployment passed. */
export class MissingDeploymentError extends BaseError {
  constructor(public readonly contract: string) {
    super(
      `${contract} has no known address in the deployment passed: pass it in \`deployment\` (or deploy it first).`,
      {
        name: 'MissingDeploymentError',
      },
    )
  }
}

/** A contract has no code at its address on this chain (not deployed there yet). */
export class NotDeployedError extends BaseError {
  constructor(
    public readonly contract: string,
    public readonly address: Address,
    public readonly chainId: number,
  ) {
    super(
      `${contract} is not deployed on chain ${chainId} (no code at ${address}): deploy it (\`pnpm deploy:contracts\`, the same address on every chain) or pass its address in \`deployment\`.`,
      { name: 'NotDeployedError' },
    )
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
  constructor(reason: string, options: { name?: string | undefined } = {}) {
    super(`Invalid session: ${reason}.`, { name: options.name ?? 'InvalidSessionError' })
  }
}

/** The `permissionId` passed is not the id of the session in `enableSession`. */
export class PermissionIdMismatchError extends InvalidSessionError {
  constructor(
    public readonly permissionId: Hex,
    public readonly enableSessionPermissionId: Hex,
  ) {
    super(
      `permissionId ${permissionId} is not the id of the session in enableSession (${enableSessionPermissionId}); leave it out to derive it`,
      { name: 'PermissionIdMismatchError' },
    )
  }
}

/** A signer given to sign for a session is not one of the session's owners (keys). */
export class SignerNotOwnerError extends InvalidSessionError {
  constructor(
    public readonly signer: Address,
    public readonly owners: readonly Address[],
  ) {
    super(`signer ${signer} is not an owner of the session (owners: ${owners.join(', ')})`, {
      name: 'SignerNotOwnerError',
    })
  }
}

/** The errors the decoder knows: every contract error of ours, and the EntryPoint's. */
const errorsAbi: Abi = [...entryPoint08Abi.filter((item) => item.type === 'error'), ...smartSessionsErrorsAbi]

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

/**
 * Decodes revert data with every error the bindings know (and those of `abi`, e.g. the app's contracts called in
 * execution), recursively into nested reasons.
 */
export function decodeRevert(data: Hex, book?: AddressBook, abi?: Abi): DecodedRevert {
  if (data.length < 10) return { name: data === '0x' ? 'EmptyRevert' : 'UnknownError', args: [], data }
  let decoded: { errorName: string; args: readonly unknown[] | undefined }
  try {
    decoded = decodeErrorResult({
      abi: abi ? [...errorsAbi, ...abi.filter((item) => item.type === 'error')] : errorsAbi,
      data,
    }) as never
  } catch {
    return { name: 'UnknownError', args: [], data }
  }
  const args = decoded.args ?? []
  const result: DecodedRevert = { name: decoded.errorName, args }
  if (decoded.errorName === 'PolicyReverted' || decoded.errorName === 'PolicyViolation') {
    const address = args[1] as Address
    result.policy = { address, name: nameOf(address, book) }
  }
  if (decoded.errorName === 'PolicyReverted') result.inner = decodeRevert(args[2] as Hex, book, abi)
  if (decoded.errorName === 'FailedOpWithRevert') result.inner = decodeRevert(args[2] as Hex, book, abi)
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

/** Thrown by the client's sending and checking functions: the refused operation, decoded. */
export class SessionOperationError extends BaseError {
  constructor(
    public readonly revert: DecodedRevert,
    options: { cause?: unknown; message?: string | undefined; name?: string | undefined } = {},
  ) {
    super(options.message ?? describeRevert(revert), {
      name: options.name ?? 'SessionOperationError',
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

/** A policy refused the calls; the message says which and why in words ("SpendingLimitPolicy: 1,200 USDC asked, 350 left"). */
export class PolicyRefusedError extends SessionOperationError {
  constructor(
    revert: DecodedRevert,
    /** The refusal in words, starting with the policy's name. */
    public readonly explanation: string,
    options: { cause?: unknown } = {},
  ) {
    super(revert, { ...options, message: explanation, name: 'PolicyRefusedError' })
  }
}

/** The formatted UTC time of a unix timestamp, e.g. "2026-12-04 00:00 UTC". */
export function formatTime(seconds: bigint): string {
  return `${new Date(Number(seconds) * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** The session (or a policy's allowance) does not cover the calls yet: valid only after `validAfter`. */
export class SessionNotYetValidError extends SessionOperationError {
  constructor(
    /** Unix seconds after which the calls are valid (exclusive, as the EntryPoint's validAfter). */
    public readonly validAfter: bigint,
    options: {
      policy?: { address: Address; name?: string | undefined } | undefined
      explanation?: string | undefined
    } = {},
  ) {
    const who = options.policy?.name ?? options.policy?.address
    super(
      { name: 'SessionNotYetValid', args: [validAfter], policy: options.policy },
      {
        name: 'SessionNotYetValidError',
        message:
          options.explanation ?? `${who ? `${who}: ` : ''}not valid yet: valid from ${formatTime(validAfter + 1n)}`,
      },
    )
  }

  /** When the calls become valid. */
  get validFrom(): Date {
    return new Date(Number(this.validAfter + 1n) * 1000)
  }
}

/** The session has expired: it was valid until `validUntil`. */
export class SessionExpiredError extends SessionOperationError {
  constructor(
    public readonly validUntil: bigint,
    options: { policy?: { address: Address; name?: string | undefined } | undefined } = {},
  ) {
    const who = options.policy?.name ?? options.policy?.address
    super(
      { name: 'SessionExpired', args: [validUntil], policy: options.policy },
      {
        name: 'SessionExpiredError',
        message: `${who ? `${who}: ` : ''}the session expired at ${formatTime(validUntil)}`,
      },
    )
  }
}

/** The session was removed, the module uninstalled, or the enable signature revoked or already used up. */
export class SessionRevokedError extends SessionOperationError {
  constructor(
    public readonly permissionId: Hex,
    options: { cause?: unknown; detail?: string | undefined } = {},
  ) {
    super(
      { name: 'SessionRevoked', args: [permissionId] },
      {
        cause: options.cause,
        name: 'SessionRevokedError',
        message: `session ${permissionId} was revoked${options.detail ? ` (${options.detail})` : ''}: ask the owner for a new one`,
      },
    )
  }
}

/** Validation passed and the operation was included (and paid for), but the account's call reverted. */
export class ExecutionRevertedError extends SessionOperationError {
  constructor(
    /** The decoded revert of the call, when the EntryPoint reported one. */
    inner: DecodedRevert | undefined,
    public readonly userOpHash: Hex,
    public readonly transactionHash?: Hex | undefined,
  ) {
    super(
      { name: 'ExecutionReverted', args: [userOpHash], inner },
      {
        name: 'ExecutionRevertedError',
        message: `the calls reverted in execution (the operation was included and paid for): ${inner ? describeRevert(inner) : 'no reason given'}`,
      },
    )
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
