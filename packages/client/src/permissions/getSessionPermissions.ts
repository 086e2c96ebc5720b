import { type Abi, type AbiFunction, type Address, type Client, getAddress, type Hex, toFunctionSelector } from 'viem'
import { getChainId } from 'viem/actions'
import { getSessionState, type PolicyState, type SessionState } from '../actions/getSessionState.js'
import { ERC20_TRANSFER_SELECTOR, FALLBACK_SELECTOR, FALLBACK_TARGET } from '../constants.js'
import { CLAIM_PERIOD_SELECTOR } from '../encoding/periodClaim.js'
import { periodClaimContracts } from '../policies/index.js'
import type { CallRulesPolicyConfig } from '../policies/types.js'
import type { PeriodicAllowanceState, StreamState } from '../state/policyStateReaders.js'

/** The stream cap a request without `maxAmount` gets (the stream policies' own bound): reported as no cap. */
const UNCAPPED_STREAM = 2n ** 128n - 1n
const MAX_UINT256 = 2n ** 256n - 1n

/** When the permission starts (unix seconds), if it does not at once. */
type StartTime = { startTime?: bigint }
type Allowance = { allowanceAmount: bigint } & StartTime
type Periodic = { periodAmount: bigint; periodDuration: bigint; startTime: bigint }
type Stream = { initialAmount: bigint; amountPerSecond: bigint; maxAmount?: bigint; startTime: bigint }
type Token = { tokenAddress: Address }
/** What is left of a periodic permission: for an operation running now, and when it resets. */
type PeriodLeft = { left: bigint; nextRefill: bigint }

/**
 * One granted permission in ERC-7715 terms (MetaMask's types and field names; amounts and times as bigint) with
 * what is left of it now (`left`: what an operation running now may still spend).
 */
export type GrantedPermission =
  | { type: 'native-token-allowance'; data: Allowance; left: bigint }
  | { type: 'erc20-token-allowance'; data: Token & Allowance; left: bigint }
  | ({ type: 'native-token-periodic'; data: Periodic } & PeriodLeft)
  | ({ type: 'erc20-token-periodic'; data: Token & Periodic } & PeriodLeft)
  | { type: 'native-token-stream'; data: Stream; left: bigint }
  | { type: 'erc20-token-stream'; data: Token & Stream; left: bigint }
  | {
      type: 'contract-call'
      data: {
        target: Address
        selector: Hex
        /** Named when one of the `abis` passed has a function with this selector. */
        functionName?: string
        /** The call passes when every rule of one group holds (values as 32-byte words). */
        anyOf: CallRulesPolicyConfig['anyOf']
        /** ETH value per call (wei); 2^256 − 1 = no cap. */
        valueLimit: bigint
      }
      /** Cumulative limits of the rules that have one: used so far, per rule (group by group). */
      used: readonly { rule: number; used: bigint }[]
    }

/** An enabled session described as a wallet shows it: ERC-7715 permissions, and whatever has no ERC-7715 form. */
export type SessionPermissions = {
  chainId: number
  account: Address
  permissionId: Hex
  enabled: boolean
  /** The grantee in ERC-7715 form when it is one ECDSA key; otherwise see `validator`. */
  signer?: { type: 'account'; data: { address: Address } } | undefined
  /** The session validator and, when its format is one the client builds, its keys. */
  validator?: SessionState['validator']
  /** The session's time frame end (unix seconds), when it has one. */
  expiry?: bigint | undefined
  /**
   * The ETH the account may pay for gas of the session's operations (FeeLimitPolicy, wei): per operation, in
   * total, spent so far and left. Undefined: no fee budget — the session's operations may spend any ETH on fees
   * (unless they must use a paymaster: see `other.paymasterPermitted`).
   */
  fees?: { perOp: bigint; total: bigint; spent: bigint; left: bigint } | undefined
  permissions: GrantedPermission[]
  /**
   * What the session may also do, or what further limits it, that has no ERC-7715 type — as getSessionState
   * reads it. `permissions` and `other` together are everything the session may do: a wallet shows both.
   */
  other: {
    actions: SessionState['actions']
    /** Session-level policies besides the time frame and the fee budget (they narrow every operation). */
    policies: PolicyState[]
    /** Non-empty: the session may sign ERC-1271 messages for the account under these policies. */
    erc1271Policies: PolicyState[]
    paymasterPermitted: boolean
  }
  /** The latest block's timestamp, the "now" of every `left`. */
  readAt: bigint
}

type Action = SessionState['actions'][number]

const isCalled = (policy: PolicyState, name: string) => policy.name === name && policy.state !== undefined
const isSelector = (action: Action, selector: Hex) => action.selector?.toLowerCase() === selector.toLowerCase()
const same = (a: Address | undefined, b: Address | undefined) =>
  a !== undefined && b !== undefined && getAddress(a) === getAddress(b)

/** The one token a token-limit policy limits, when it limits exactly `token`. */
function onlyToken<state>(policy: PolicyState, token: Address | undefined): state | undefined {
  const tokens = (policy.state?.tokens ?? []) as readonly (state & { token: Address })[]
  const [first] = tokens
  return tokens.length === 1 && first && same(first.token, token) ? first : undefined
}

function streamData(stream: StreamState): Stream {
  return {
    initialAmount: stream.initialAmount,
    amountPerSecond: stream.amountPerSecond,
    ...(stream.maxAmount === UNCAPPED_STREAM ? {} : { maxAmount: stream.maxAmount }),
    startTime: stream.start,
  }
}

function periodicData(allowance: PeriodicAllowanceState): { data: Periodic } & PeriodLeft {
  return {
    data: { periodAmount: allowance.limitPerPeriod, periodDuration: allowance.period, startTime: allowance.start },
    left: allowance.left,
    nextRefill: allowance.nextRefill,
  }
}

/** The ERC-20 permission of a `transfer` action with exactly one token-limit policy on that token. */
function erc20Permission(action: Action, policy: PolicyState, startTime: StartTime): GrantedPermission | undefined {
  if (!isSelector(action, ERC20_TRANSFER_SELECTOR) || action.target === undefined) return undefined
  const tokenAddress = getAddress(action.target)
  if (isCalled(policy, 'SpendingLimitPolicy')) {
    const limit = onlyToken<{ limit: bigint; left: bigint }>(policy, tokenAddress)
    if (limit) {
      const data = { tokenAddress, allowanceAmount: limit.limit, ...startTime }
      return { type: 'erc20-token-allowance', data, left: limit.left }
    }
  }
  if (isCalled(policy, 'FixedWindowSpendingLimitPolicy')) {
    const allowance = onlyToken<PeriodicAllowanceState>(policy, tokenAddress)
    if (allowance) {
      const { data, ...left } = periodicData(allowance)
      return { type: 'erc20-token-periodic', data: { tokenAddress, ...data }, ...left }
    }
  }
  const stream = policy.state as (StreamState & { token?: Address }) | undefined
  if (isCalled(policy, 'StreamingSpendingLimitPolicy') && stream && same(stream.token, tokenAddress)) {
    return { type: 'erc20-token-stream', data: { tokenAddress, ...streamData(stream) }, left: stream.left }
  }
  return undefined
}

/** Whether the call rules let through exactly plain ETH transfers (calldata length 0) of any value. */
function isPlainTransfers(policy: PolicyState): boolean {
  if (!isCalled(policy, 'CallRulesPolicy')) return false
  const { anyOf, valueLimitPerUse } = policy.state as CallRulesPolicyConfig
  const [group] = anyOf
  const [rule] = group ?? []
  return (
    anyOf.length === 1 &&
    group?.length === 1 &&
    rule?.at.calldataLength === true &&
    rule.condition === 'equal' &&
    rule.limit === undefined &&
    BigInt(rule.value as Hex) === 0n &&
    valueLimitPerUse === MAX_UINT256
  )
}

/** The native permission of the fallback action: plain ETH transfers under one value policy. */
function nativePermission(action: Action, startTime: StartTime): GrantedPermission | undefined {
  if (!same(action.target, FALLBACK_TARGET) || !isSelector(action, FALLBACK_SELECTOR)) return undefined
  const rules = action.policies.find(isPlainTransfers)
  const [limit] = action.policies.filter((policy) => policy !== rules)
  if (!rules || !limit || action.policies.length !== 2) return undefined
  if (isCalled(limit, 'ValueLimitPolicy')) {
    const { limit: allowanceAmount, left } = limit.state as { limit: bigint; left: bigint }
    return { type: 'native-token-allowance', data: { allowanceAmount, ...startTime }, left }
  }
  if (isCalled(limit, 'FixedWindowValueLimitPolicy')) {
    return { type: 'native-token-periodic', ...periodicData(limit.state as PeriodicAllowanceState) }
  }
  if (isCalled(limit, 'StreamingValueLimitPolicy')) {
    const stream = limit.state as StreamState
    return { type: 'native-token-stream', data: streamData(stream), left: stream.left }
  }
  return undefined
}

/** A call of one named function of one contract under call rules only. */
function contractCallPermission(action: Action, abis: readonly Abi[]): GrantedPermission | undefined {
  const [policy] = action.policies
  if (action.policies.length !== 1 || !policy || !isCalled(policy, 'CallRulesPolicy')) return undefined
  if (action.target === undefined || action.selector === undefined || same(action.target, FALLBACK_TARGET)) {
    return undefined
  }
  const { anyOf, valueLimitPerUse, used } = policy.state as CallRulesPolicyConfig & {
    used: readonly { rule: number; used: bigint }[]
  }
  const selector = action.selector
  const item = abis
    .flat()
    .find((item): item is AbiFunction => item.type === 'function' && toFunctionSelector(item) === selector)
  return {
    type: 'contract-call',
    data: {
      target: getAddress(action.target),
      selector,
      ...(item && { functionName: item.name }),
      anyOf,
      valueLimit: valueLimitPerUse ?? 0n,
    },
    used,
  }
}

/** A fixed-window policy's own `claimPeriod` action checked by that policy alone: moves nothing, shown by it. */
function isPeriodClaim(action: Action): boolean {
  const [policy] = action.policies
  return (
    isSelector(action, CLAIM_PERIOD_SELECTOR) &&
    action.policies.length === 1 &&
    same(policy?.address, action.target) &&
    (periodClaimContracts as readonly string[]).includes(policy?.name ?? '')
  )
}

/**
 * Describes an enabled session in ERC-7715 terms — the reverse of grantPermissionsToSession, what a wallet shows
 * the user: each action that is exactly one ERC-7715 permission (ERC-20 `transfer` under one token limit, plain ETH
 * transfers under one value limit, one function under call rules) becomes that permission with what is left of it
 * now; the session's time frame becomes `expiry` (and the allowance types' `startTime`); everything else — other
 * actions, further session-level policies, ERC-1271 signing, paymaster use — is listed under `other`, never
 * dropped. Pass `session` (the granted one) to name actions the chain knows only by id, and `abis` to name the
 * functions of contract calls; `readers` as getSessionState takes them. Reads only (getSessionState).
 */
export async function getSessionPermissions(
  client: Client,
  parameters: Parameters<typeof getSessionState>[1] & { abis?: readonly Abi[] | undefined },
): Promise<SessionPermissions> {
  const [chainId, state] = await Promise.all([getChainId(client), getSessionState(client, parameters)])
  const owners = state.validator?.owners
  const [owner] = owners ?? []
  const signer = owners?.length === 1 && owner ? { type: 'account' as const, data: { address: owner } } : undefined
  // The time frame: its end is the request's expiry, its start (validAfter is exclusive) the allowances' startTime.
  const [timeFrame, ...timeFrames] = state.policies.filter((policy) => isCalled(policy, 'TimeFramePolicy'))
  const frame = timeFrames.length === 0 ? (timeFrame?.state as { validAfter: bigint; validUntil: bigint }) : undefined
  const expiry = frame && frame.validUntil !== 0n ? frame.validUntil : undefined
  const startTime: StartTime = frame && frame.validAfter !== 0n ? { startTime: frame.validAfter + 1n } : {}
  const [feeLimit, ...feeLimits] = state.policies.filter((policy) => isCalled(policy, 'FeeLimitPolicy'))
  const fees = feeLimits.length === 0 ? (feeLimit?.state as SessionPermissions['fees']) : undefined
  const permissions: GrantedPermission[] = []
  const otherActions: Action[] = []
  for (const action of state.actions) {
    if (isPeriodClaim(action)) continue
    const [policy] = action.policies
    const permission =
      (action.policies.length === 1 && policy ? erc20Permission(action, policy, startTime) : undefined) ??
      nativePermission(action, startTime) ??
      contractCallPermission(action, parameters.abis ?? [])
    if (permission) permissions.push(permission)
    else otherActions.push(action)
  }
  return {
    chainId,
    account: parameters.account,
    permissionId: parameters.permissionId,
    enabled: state.enabled,
    signer,
    validator: state.validator,
    expiry,
    fees,
    permissions,
    other: {
      actions: otherActions,
      policies: state.policies.filter((policy) => !(frame && policy === timeFrame) && !(fees && policy === feeLimit)),
      erc1271Policies: state.erc1271Policies,
      paymasterPermitted: state.paymasterPermitted,
    },
    readAt: state.readAt,
  }
}
