import { type Abi, type Address, getAbiItem, isAddress, isHex, toFunctionSelector } from 'viem'
import { ERC20_TRANSFER_SELECTOR } from '../constants.js'
import { PermissionRequestError } from '../errors.js'
import { toCallRulesPolicy } from '../policies/toCallRulesPolicy.js'
import type { CallRulesRule } from '../policies/types.js'
import type { PermissionPolicyConfig, PermissionRequest, PermissionSessionConfig } from './types.js'

const MAX_UINT256 = 2n ** 256n - 1n

/** The data fields each permission type takes (required ones first), MetaMask's names. */
const permissionFields = {
  'native-token-allowance': { required: ['allowanceAmount'], optional: ['startTime', 'justification'] },
  'erc20-token-allowance': { required: ['tokenAddress', 'allowanceAmount'], optional: ['startTime', 'justification'] },
  'native-token-periodic': {
    required: ['periodAmount', 'periodDuration'],
    optional: ['startTime', 'justification'],
  },
  'erc20-token-periodic': {
    required: ['tokenAddress', 'periodAmount', 'periodDuration'],
    optional: ['startTime', 'justification'],
  },
  'native-token-stream': {
    required: ['amountPerSecond'],
    optional: ['initialAmount', 'maxAmount', 'startTime', 'justification'],
  },
  'erc20-token-stream': {
    required: ['tokenAddress', 'amountPerSecond'],
    optional: ['initialAmount', 'maxAmount', 'startTime', 'justification'],
  },
  'contract-call': {
    required: ['target', 'abi', 'functionName'],
    optional: ['args', 'anyOf', 'valueLimit', 'justification'],
  },
} as const

/** The ERC-7715 permission types the client maps onto sessions. */
export const permissionTypes = Object.keys(permissionFields) as (keyof typeof permissionFields)[]

const requestFields = ['chainId', 'expiry', 'to', 'signer', 'address', 'isAdjustmentAllowed', 'permission']

function invalid(path: string, reason: string): never {
  throw new PermissionRequestError('invalid-value', path, reason)
}

/** A non-negative integer (bigint, safe integer or hex quantity) up to `max`. */
function toAmount(value: unknown, path: string, max = MAX_UINT256): bigint {
  let amount: bigint
  if (typeof value === 'bigint') amount = value
  else if (typeof value === 'number' && Number.isSafeInteger(value)) amount = BigInt(value)
  else if (typeof value === 'string' && isHex(value) && value.length > 2) amount = BigInt(value)
  else return invalid(path, `not an integer amount: ${String(value)}`)
  if (amount < 0n || amount > max) invalid(path, `out of range: ${amount}`)
  return amount
}

function toAddress(value: unknown, path: string): Address {
  if (typeof value !== 'string' || !isAddress(value)) invalid(path, `not an address: ${String(value)}`)
  return value
}

function checkFields(object: Record<string, unknown>, allowed: readonly string[], path: string) {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) throw new PermissionRequestError('unknown-field', `${path}.${key}`, 'unknown field')
  }
}

/**
 * Maps an ERC-7715 `wallet_requestExecutionPermissions` request onto a session (local, no chain access):
 * ERC-20 types grant `transfer` on the token only, native types grant plain ETH transfers only (empty calldata,
 * any recipient but the account, its modules and the EntryPoints), `contract-call` one function of one contract
 * under argument rules; `expiry` and `startTime` become the session's time frame. Periodic types have no
 * carry-over. An unknown type or field, or a value it cannot honour, throws PermissionRequestError naming it:
 * never a wider session. `now` (unix seconds) is the default `startTime`.
 */
export function toPermissionSessionConfig(
  request: PermissionRequest,
  now: bigint = BigInt(Math.floor(Date.now() / 1000)),
): { chainId: number; account: Address | undefined; config: PermissionSessionConfig } {
  checkFields(request as Record<string, unknown>, requestFields, 'request')
  const chainId = Number(toAmount(request.chainId, 'chainId', BigInt(Number.MAX_SAFE_INTEGER)))
  if (request.to !== undefined && request.signer !== undefined) invalid('to', 'give `to` or `signer`, not both')
  let grantee: Address
  if (request.signer !== undefined) {
    const signer = request.signer as { type?: unknown; data?: { address?: unknown } }
    if (signer.type !== 'account') {
      throw new PermissionRequestError('unsupported', 'signer.type', `signer type ${String(signer.type)}`)
    }
    checkFields(signer as Record<string, unknown>, ['type', 'data'], 'signer')
    checkFields((signer.data ?? {}) as Record<string, unknown>, ['address'], 'signer.data')
    grantee = toAddress(signer.data?.address, 'signer.data.address')
  } else {
    grantee = toAddress(request.to, 'to')
  }
  const account = request.address === undefined ? undefined : toAddress(request.address, 'address')
  const permission = request.permission as { type?: unknown; data?: unknown }
  if (typeof permission !== 'object' || permission === null) invalid('permission', 'missing')
  checkFields(permission as Record<string, unknown>, ['type', 'data', 'isAdjustmentAllowed'], 'permission')
  const type = permission.type as keyof typeof permissionFields
  const fields = permissionFields[type]
  if (!fields) {
    throw new PermissionRequestError('unknown-type', 'permission.type', `unknown permission type ${String(type)}`)
  }
  const data = (permission.data ?? {}) as Record<string, unknown>
  checkFields(data, [...fields.required, ...fields.optional], 'permission.data')
  for (const name of fields.required) {
    if (data[name] === undefined) invalid(`permission.data.${name}`, 'required')
  }
  if (data.justification !== undefined && typeof data.justification !== 'string') {
    invalid('permission.data.justification', 'not a string')
  }

  const start =
    data.startTime === undefined ? now : toAmount(data.startTime, 'permission.data.startTime', 2n ** 48n - 1n)
  const expiry = request.expiry === undefined ? undefined : toAmount(request.expiry, 'expiry', 2n ** 48n - 1n)
  if (expiry !== undefined && expiry <= start) invalid('expiry', `not after the start ${start}`)
  // The EntryPoint's validAfter is exclusive: valid from startTime itself.
  const timeFrame: PermissionPolicyConfig = {
    type: 'time-frame',
    validUntil: expiry,
    validAfter: data.startTime === undefined ? undefined : start > 0n ? start - 1n : 0n,
  }
  const policies = timeFrame.validUntil === undefined && timeFrame.validAfter === undefined ? [] : [timeFrame]
  const amount = (name: string) => toAmount(data[name], `permission.data.${name}`)
  const period = () => {
    const seconds = toAmount(data.periodDuration, 'permission.data.periodDuration', 2n ** 48n - 1n)
    if (seconds === 0n) invalid('permission.data.periodDuration', 'must be at least 1 second')
    return { seconds, start, carryOver: false } as const
  }
  const stream = () => ({
    initialAmount: data.initialAmount === undefined ? 0n : amount('initialAmount'),
    amountPerSecond: amount('amountPerSecond'),
    // No maxAmount asked: no cap but the stream policy's own (2^128 − 1), which no amount reaches.
    maxAmount: data.maxAmount === undefined ? 2n ** 128n - 1n : amount('maxAmount'),
    start,
  })
  const owners = { type: 'ecdsa', accounts: [grantee] } as const

  if (type === 'contract-call') {
    const target = toAddress(data.target, 'permission.data.target')
    const abi = data.abi as Abi
    const functionName = String(data.functionName)
    const item = Array.isArray(abi) ? getAbiItem({ abi, name: functionName }) : undefined
    if (item?.type !== 'function') invalid('permission.data.functionName', `no function ${functionName}`)
    const valueLimitPerUse = data.valueLimit === undefined ? 0n : amount('valueLimit')
    const hasRules = data.args !== undefined || data.anyOf !== undefined
    // No argument rules: one rule every call of the function meets, so the value limit still applies.
    const anyCall: CallRulesRule = { at: { calldataLength: true }, condition: 'greaterThanOrEqual', value: 4n }
    const rules: PermissionPolicyConfig = hasRules
      ? toCallRulesPolicy({
          abi,
          functionName,
          args: data.args as never,
          anyOf: data.anyOf as never,
          valueLimitPerUse,
        })
      : { type: 'call-rules', anyOf: [[anyCall]], valueLimitPerUse }
    return {
      chainId,
      account,
      config: { owners, actions: [{ target, selector: toFunctionSelector(item), policies: [rules] }], policies },
    }
  }

  if (type.startsWith('erc20-')) {
    const token = toAddress(data.tokenAddress, 'permission.data.tokenAddress')
    const limit: PermissionPolicyConfig =
      type === 'erc20-token-allowance'
        ? { type: 'spending-limits', limits: [{ token, amount: amount('allowanceAmount') }] }
        : type === 'erc20-token-periodic'
          ? { type: 'spending-limits', limits: [{ token, amount: amount('periodAmount') }], period: period() }
          : { type: 'token-stream', token, ...stream() }
    return {
      chainId,
      account,
      config: { owners, actions: [{ target: token, selector: ERC20_TRANSFER_SELECTOR, policies: [limit] }], policies },
    }
  }

  // Native types: the fallback action, plain ETH transfers only (calldata length 0), any value per call; the
  // amount policy bounds the total.
  const plainTransfers: PermissionPolicyConfig = {
    type: 'call-rules',
    anyOf: [[{ at: { calldataLength: true }, condition: 'equal', value: 0n }]],
    valueLimitPerUse: MAX_UINT256,
  }
  const limit: PermissionPolicyConfig =
    type === 'native-token-allowance'
      ? { type: 'value-limit', limit: amount('allowanceAmount') }
      : type === 'native-token-periodic'
        ? { type: 'value-limit', limit: amount('periodAmount'), period: period() }
        : { type: 'native-stream', ...stream() }
  return { chainId, account, config: { owners, actions: [{ policies: [plainTransfers, limit] }], policies } }
}
