import { smartSessionAbi } from '@smart-sessions/bindings'
import type { Address, Client, Hex } from 'viem'
import { getBlock, readContract } from 'viem/actions'
import {
  ERC20_APPROVE_SELECTOR,
  ERC20_TRANSFER_SELECTOR,
  ERC1271_SCOPE,
  FALLBACK_SELECTOR,
  FALLBACK_TARGET,
  USER_OP_SCOPE,
} from '../constants.js'
import { type Deployment, requireAddress, toDeployment } from '../deployment.js'
import { toActionId, toConfigId } from '../encoding/ids.js'
import { CLAIM_PERIOD_SELECTOR } from '../encoding/periodClaim.js'
import { toSessionOwners } from '../sessions/toSessionOwners.js'
import { type PolicyStateReader, policyStateReaders } from '../state/policyStateReaders.js'
import type { Session } from '../types.js'
import { getSessionNonce } from './getSessionNonce.js'

/** One policy of the session: where it is, its contract name if known, and what is left (its reader's answer). */
export type PolicyState = {
  address: Address
  name?: string | undefined
  /** What is left (allowance, uses, time window, next refill, …); undefined when no reader knows the policy. */
  state?: Record<string, unknown> | undefined
}

/** An enabled session as the chain holds it now. */
export type SessionState = {
  permissionId: Hex
  enabled: boolean
  /** The enable nonce (each enable or revocation of an enable signature moves it). */
  nonce: bigint
  /** The session validator and its keys (owners and threshold, when the format is one the client builds). */
  validator?: { address: Address; owners?: readonly Address[]; threshold?: number } | undefined
  paymasterPermitted: boolean
  /** Session-level (user-op) policies. */
  policies: PolicyState[]
  /**
   * The granted actions; target and selector are named when `session` tells them, for the fallback action, and
   * where the action's policies point at it (a limited token's transfer/approve, a fixed-window claim).
   */
  actions: { actionId: Hex; target?: Address; selector?: Hex; policies: PolicyState[] }[]
  erc1271Policies: PolicyState[]
  /** The latest block's timestamp, the "now" of every `left`. */
  readAt: bigint
}

/**
 * The actions an action's own policies point at: ERC-20 `transfer`/`approve` of the tokens they limit, and the
 * `claimPeriod` call of a fixed-window policy (the action `toSession` adds for it).
 */
function candidateActions(policies: readonly PolicyState[]): { actionId: Hex; target: Address; selector: Hex }[] {
  const tokens = policies.flatMap(({ state }) => {
    const limited = (state?.tokens ?? []) as readonly { token: Address }[]
    return [...limited.map(({ token }) => token), ...(typeof state?.token === 'string' ? [state.token as Address] : [])]
  })
  const calls = [
    ...tokens.flatMap((token) => [
      { target: token, selector: ERC20_TRANSFER_SELECTOR },
      { target: token, selector: ERC20_APPROVE_SELECTOR },
    ]),
    ...policies.map(({ address }) => ({ target: address, selector: CLAIM_PERIOD_SELECTOR })),
  ]
  return calls.map((call) => ({ ...call, actionId: toActionId(call.target, call.selector) }))
}

/**
 * What a session may still do: owners, actions and, per policy, what is left — allowance, uses, time window,
 * next refill — read from the policies' view functions through a table of readers keyed by contract name
 * (policyStateReaders; pass `readers` for policies the client does not know, e.g. `{ MyPolicy: … }`).
 * Pass the granted `session` to see actions by target and selector instead of by id.
 */
export async function getSessionState(
  client: Client,
  parameters: {
    account: Address
    permissionId: Hex
    deployment?: Deployment | undefined
    session?: Session | undefined
    readers?: Readonly<Record<string, PolicyStateReader>> | undefined
  },
): Promise<SessionState> {
  const { account, permissionId } = parameters
  const deployment = toDeployment(parameters.deployment)
  const smartSession = requireAddress(deployment, 'SmartSession')
  const readers = { ...policyStateReaders, ...parameters.readers }
  const read = <name extends string>(functionName: name, args: readonly unknown[]) =>
    readContract(client, { address: smartSession, abi: smartSessionAbi, functionName, args } as never) as Promise<never>
  const [enabled, nonce, block] = await Promise.all([
    read('isPermissionEnabled', [permissionId, account]) as Promise<boolean>,
    getSessionNonce(client, { smartSession, account, permissionId }),
    getBlock(client),
  ])
  const empty = {
    permissionId,
    enabled,
    nonce,
    paymasterPermitted: false,
    policies: [],
    actions: [],
    erc1271Policies: [],
  }
  if (!enabled) return { ...empty, readAt: block.timestamp }
  const names = new Map(Object.entries(deployment).map(([name, address]) => [address?.toLowerCase(), name]))
  const policyStates = (policies: readonly Address[], scope: Hex) =>
    Promise.all(
      policies.map(async (address): Promise<PolicyState> => {
        const name = names.get(address.toLowerCase())
        const reader = name ? readers[name] : undefined
        const context = { policy: address, smartSession, configId: toConfigId(account, permissionId, scope), account }
        const state = reader ? await reader(client, { ...context, now: block.timestamp }) : undefined
        return { address, name, state }
      }),
    )
  const [[validatorAddress, validatorData], paymasterPermitted, userOpPolicies, actionIds, erc1271] = await Promise.all(
    [
      read('getSessionValidatorAndConfig', [account, permissionId]) as Promise<readonly [Address, Hex]>,
      read('isPermit4337Paymaster', [account, permissionId]) as Promise<boolean>,
      read('getUserOpPolicies', [account, permissionId]) as Promise<readonly Address[]>,
      read('getEnabledActions', [account, permissionId]) as Promise<readonly Hex[]>,
      read('getERC1271Policies', [account, permissionId]) as Promise<readonly Address[]>,
    ],
  )
  const known = new Map<string, { target: Address; selector: Hex }>([
    [toActionId(FALLBACK_TARGET, FALLBACK_SELECTOR), { target: FALLBACK_TARGET, selector: FALLBACK_SELECTOR }],
  ])
  for (const action of parameters.session?.actions ?? []) {
    const target = action.actionTarget
    const selector = action.actionTargetSelector
    known.set(toActionId(target, selector), { target, selector })
  }
  const actions = await Promise.all(
    actionIds.map(async (actionId) => {
      const addresses = (await read('getActionPolicies', [account, permissionId, actionId])) as readonly Address[]
      const policies = await policyStates(addresses, actionId)
      const named = known.get(actionId) ?? candidateActions(policies).find((action) => action.actionId === actionId)
      return { actionId, ...(named && { target: named.target, selector: named.selector }), policies }
    }),
  )
  const keys = toSessionOwners(validatorData)
  return {
    ...empty,
    validator: { address: validatorAddress, ...keys },
    paymasterPermitted,
    policies: await policyStates(userOpPolicies, USER_OP_SCOPE),
    actions,
    erc1271Policies: await policyStates(erc1271, ERC1271_SCOPE),
    readAt: block.timestamp,
  }
}
