// SessionConfig → wire-format Session, with the seed's defaults made explicit (onchain nothing is implicit):
// no actions → the fallback action; an action without policies → sudo; actions given → no fallback added;
// ERC-1271 contents without policies → sudo; a fee budget (FeeLimitPolicy) unless fees: 'unlimited'.
import { type Address, encodeAbiParameters, getAddress, type Hex, isHex, size, zeroHash } from 'viem'
import { FALLBACK_SELECTOR, FALLBACK_TARGET } from '../constants.js'
import { type Deployment, defaultDeployment, requireAddress } from '../deployment.js'
import { toERC7739Context } from '../encoding/erc7739.js'
import { toActionId } from '../encoding/ids.js'
import { CLAIM_PERIOD_SELECTOR } from '../encoding/periodClaim.js'
import { encodePasskeyValidatorData } from '../encoding/webauthn.js'
import { InvalidSessionError } from '../errors.js'
import { DEFAULT_FEE_PER_OP, DEFAULT_FEE_TOTAL } from '../policies/feeLimit.js'
import { type PolicyScope, periodClaimContracts, policyContractOf, toPolicyData } from '../policies/index.js'
import type { AnyPolicyConfig, PolicyEncodeOptions } from '../policies/types.js'
import type { ActionData, PolicyData, Session } from '../types.js'
import { toCheckedAddress } from './toCheckedAddress.js'
import { toSelectorAction } from './toSelectorAction.js'
import type { EcdsaOwners, PasskeyOwners, SessionAction, SessionConfig } from './types.js'

const SUDO: AnyPolicyConfig = { type: 'sudo' }

/**
 * The session validator and its data for the owners: ECDSA = the 20-byte address; multisig =
 * abi.encode(threshold, sorted owners); passkey = abi.encode(qx, qy[, requireUserVerification]).
 */
export function toSessionValidator(
  owners: EcdsaOwners | PasskeyOwners,
  deployment: Deployment,
): { validator: Address; data: Hex } {
  if (owners.type === 'passkey') {
    return {
      validator: requireAddress(deployment, 'WebAuthnSessionValidator'),
      data: encodePasskeyValidatorData(owners.credential, owners.requireUserVerification ?? false),
    }
  }
  if (owners.type !== 'ecdsa') {
    throw new InvalidSessionError(`unknown owner type ${String((owners as { type: unknown }).type)}`)
  }
  const addresses = owners.accounts.map((owner) =>
    toCheckedAddress(typeof owner === 'string' ? owner : owner.address, 'session key'),
  )
  if (addresses.length === 0) throw new InvalidSessionError('owners.accounts is empty')
  if (new Set(addresses).size !== addresses.length) throw new InvalidSessionError('owners.accounts has duplicates')
  if (addresses.length === 1 && owners.threshold === undefined) {
    return {
      validator: requireAddress(deployment, 'ECDSASessionValidator'),
      data: (addresses[0] as Hex).toLowerCase() as Hex,
    }
  }
  const threshold = owners.threshold ?? addresses.length
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > addresses.length) {
    throw new InvalidSessionError(`threshold ${threshold} must be 1..${addresses.length}`)
  }
  const sorted = [...addresses].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))
  return {
    validator: requireAddress(deployment, 'MultisigSessionValidator'),
    data: encodeAbiParameters([{ type: 'uint256' }, { type: 'address[]' }], [BigInt(threshold), sorted]),
  }
}

function toPolicies(
  configs: readonly AnyPolicyConfig[],
  deployment: Deployment,
  scope: PolicyScope,
  options: PolicyEncodeOptions | undefined,
) {
  const policies: PolicyData[] = configs.map((config) => toPolicyData(config, deployment, scope, options))
  const seen = new Set<string>()
  for (const { policy } of policies) {
    const key = getAddress(policy)
    if (seen.has(key)) throw new InvalidSessionError(`policy ${key} appears twice in one scope`)
    seen.add(key)
  }
  return policies
}

function toAction(given: SessionAction, deployment: Deployment, options?: PolicyEncodeOptions): ActionData {
  const action = given.abi ? toSelectorAction(given) : given
  const policies = toPolicies(action.policies?.length ? action.policies : [SUDO], deployment, 'action', options)
  if (action.target === undefined) {
    if (action.selector !== undefined) throw new InvalidSessionError('an action with a selector needs a target')
    return { actionTarget: FALLBACK_TARGET, actionTargetSelector: FALLBACK_SELECTOR, actionPolicies: policies }
  }
  if (!isHex(action.selector) || size(action.selector) !== 4) {
    throw new InvalidSessionError(`selector ${String(action.selector)} is not 4 bytes`)
  }
  return {
    actionTarget: toCheckedAddress(action.target, 'action target'),
    actionTargetSelector: action.selector,
    actionPolicies: policies,
  }
}

/** The session-level policies: the given ones plus the fee budget `fees` asks for. */
function toUserOpPolicyConfigs(config: SessionConfig): readonly AnyPolicyConfig[] {
  const policies = config.policies ?? []
  const { fees } = config
  if (policies.some((policy) => policy.type === 'fee-limit')) {
    if (fees !== undefined) {
      throw new InvalidSessionError("give the fee budget in fees or as a 'fee-limit' policy, not both")
    }
    return policies
  }
  if (fees === 'unlimited') return policies
  const budget =
    fees === undefined
      ? { perOp: DEFAULT_FEE_PER_OP, total: DEFAULT_FEE_TOTAL }
      : fees === 'sponsored'
        ? { perOp: 0n, total: 0n }
        : fees
  if (typeof budget !== 'object' || budget === null) throw new InvalidSessionError(`unknown fees ${String(fees)}`)
  return [...policies, { type: 'fee-limit', perOp: budget.perOp, total: budget.total }]
}

/**
 * The `claimPeriod` action of each fixed-window policy among `configs` that `actions` lack: the policy checks
 * (and records) the claim call its operations carry (see PolicyPeriod).
 */
function toClaimActions(
  configs: readonly AnyPolicyConfig[],
  deployment: Deployment,
  actions: readonly ActionData[],
): ActionData[] {
  const claimed = new Set(actions.map((action) => toActionId(action.actionTarget, action.actionTargetSelector)))
  const added: ActionData[] = []
  for (const config of configs) {
    if (config.type === 'raw') continue
    const contract = policyContractOf(config)
    if (!(periodClaimContracts as readonly string[]).includes(contract)) continue
    const policy = getAddress(config.address ?? requireAddress(deployment, contract))
    const id = toActionId(policy, CLAIM_PERIOD_SELECTOR)
    if (claimed.has(id)) continue
    claimed.add(id)
    added.push({
      actionTarget: policy,
      actionTargetSelector: CLAIM_PERIOD_SELECTOR,
      actionPolicies: [{ policy, initData: '0x' }],
    })
  }
  return added
}

/**
 * Turns a declarative session into the wire-format `Session` (policy addresses from `deployment`). `options.now`
 * gives the current unix time, the default `start` of policies with a `period` (default: the system clock);
 * the start is fixed in the Session's initData, so build the session when granting it. A fixed-window policy
 * (a `period` without `carryOver`, or `rate-limit`) adds the action its operations' `claimPeriod` call needs.
 * Every session gets a fee budget (FeeLimitPolicy at session level; see SessionConfig.fees) unless `fees: 'unlimited'`.
 */
export function toSession(
  config: SessionConfig,
  deployment: Deployment = defaultDeployment,
  options?: PolicyEncodeOptions,
): Session {
  const { validator, data } = toSessionValidator(config.owners, deployment)
  const salt = config.salt ?? zeroHash
  if (config.fees === 'sponsored' && config.permitERC4337Paymaster === false) {
    throw new InvalidSessionError("fees 'sponsored' needs a paymaster: permitERC4337Paymaster cannot be false")
  }
  if (!isHex(salt) || size(salt) !== 32) throw new InvalidSessionError('salt must be 32 bytes')
  const actionConfigs: readonly SessionAction[] = config.actions?.length ? config.actions : [{}]
  const actions = actionConfigs.map((action) => toAction(action, deployment, options))
  actions.push(
    ...toClaimActions(
      [...actionConfigs.flatMap((action) => action.policies ?? []), ...(config.policies ?? [])],
      deployment,
      actions,
    ),
  )
  const ids = new Set<string>()
  for (const action of actions) {
    const id = toActionId(action.actionTarget, action.actionTargetSelector)
    if (ids.has(id)) throw new InvalidSessionError(`action ${action.actionTarget}:${action.actionTargetSelector} twice`)
    ids.add(id)
  }
  const contents = (config.erc1271?.contents ?? []).map(toERC7739Context)
  const erc1271Policies = config.erc1271?.policies?.length ? config.erc1271.policies : contents.length ? [SUDO] : []
  return {
    sessionValidator: validator,
    sessionValidatorInitData: data,
    salt,
    userOpPolicies: toPolicies(toUserOpPolicyConfigs(config), deployment, 'userOp', options),
    erc7739Policies: {
      allowedERC7739Content: contents,
      erc1271Policies: toPolicies(erc1271Policies, deployment, 'erc1271', options),
    },
    actions,
    permitERC4337Paymaster: config.permitERC4337Paymaster ?? config.fees === 'sponsored',
  }
}
