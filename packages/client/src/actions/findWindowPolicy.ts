import { iActionPolicyAbi, iUserOpPolicyAbi, smartSessionAbi } from '@smart-sessions/bindings'
import { type Address, type Client, encodeFunctionData, type Hex, hexToBigInt, size, slice, zeroAddress } from 'viem'
import type { toPackedUserOperation } from 'viem/account-abstraction'
import { call, readContract } from 'viem/actions'
import { FALLBACK_SELECTOR, FALLBACK_TARGET, USER_OP_SCOPE } from '../constants.js'
import type { Call } from '../encoding/execute.js'
import { toActionId, toConfigId } from '../encoding/ids.js'
import type { AddressBook } from '../errors.js'
import type { Session } from '../types.js'

const UINT48 = 2n ** 48n - 1n

function nameOf(address: Address, book: AddressBook): string | undefined {
  return Object.entries(book).find(([, candidate]) => candidate?.toLowerCase() === address.toLowerCase())?.[0]
}

/**
 * Which policy of an enabled session sets the time bound SmartSession returned (a `validAfter` in the future or
 * a `validUntil` in the past): each policy the calls meet is simulated alone, as SmartSession calls it (an
 * `eth_call` from SmartSession), and the first whose own bound equals the returned one is named.
 */
export async function findWindowPolicy(
  client: Client,
  parameters: {
    account: Address
    permissionId: Hex
    smartSession: Address
    calls: readonly Call[]
    userOperation: ReturnType<typeof toPackedUserOperation>
    book: AddressBook
    validAfter?: bigint | undefined
    validUntil?: bigint | undefined
  },
): Promise<{ address: Address; name?: string | undefined } | undefined> {
  const { account, permissionId, smartSession, book } = parameters
  const matches = (data: bigint) =>
    parameters.validAfter !== undefined
      ? data >> 208n === parameters.validAfter
      : ((data >> 160n) & UINT48) === parameters.validUntil
  const policiesOf = (scope: Hex) =>
    readContract(client, {
      address: smartSession,
      abi: smartSessionAbi,
      functionName: scope === USER_OP_SCOPE ? 'getUserOpPolicies' : 'getActionPolicies',
      args: scope === USER_OP_SCOPE ? [account, permissionId] : ([account, permissionId, scope] as never),
    } as never) as Promise<readonly Address[]>
  const simulate = async (policy: Address, data: Hex) => {
    try {
      const result = await call(client, { account: smartSession, to: policy, data })
      return result.data ? hexToBigInt(result.data) : 0n
    } catch {
      return undefined
    }
  }
  for (const { to, value = 0n, data = '0x' } of parameters.calls) {
    const target = to === zeroAddress ? account : to
    const selector = data.length >= 10 ? slice(data, 0, 4) : '0x00000000'
    let actionId = toActionId(target, selector)
    let policies = await policiesOf(actionId)
    if (policies.length === 0) {
      actionId = toActionId(FALLBACK_TARGET, FALLBACK_SELECTOR)
      policies = await policiesOf(actionId)
    }
    const configId = toConfigId(account, permissionId, actionId)
    for (const policy of policies) {
      const check = encodeFunctionData({
        abi: iActionPolicyAbi,
        functionName: 'checkAction',
        args: [configId, account, target, value, data],
      })
      const result = await simulate(policy, check)
      if (result !== undefined && matches(result)) return { address: policy, name: nameOf(policy, book) }
    }
  }
  const configId = toConfigId(account, permissionId, USER_OP_SCOPE)
  for (const policy of await policiesOf(USER_OP_SCOPE)) {
    const check = encodeFunctionData({
      abi: iUserOpPolicyAbi,
      functionName: 'checkUserOpPolicy',
      args: [configId, parameters.userOperation],
    })
    const result = await simulate(policy, check)
    if (result !== undefined && matches(result)) return { address: policy, name: nameOf(policy, book) }
  }
  return undefined
}

/**
 * ENABLE mode, the session not onchain yet (nothing to simulate): the TimeFramePolicy of `session` — at session
 * level or on any action — whose configured bound (its initData, `validUntil ‖ validAfter`) is the returned one.
 */
export function findSessionTimeFrame(
  session: Session,
  book: AddressBook,
  bound: { validAfter?: bigint | undefined; validUntil?: bigint | undefined },
): { address: Address; name: string } | undefined {
  const policies = [...session.userOpPolicies, ...session.actions.flatMap((action) => action.actionPolicies)]
  for (const { policy, initData } of policies) {
    if (nameOf(policy, book) !== 'TimeFramePolicy' || size(initData) !== 12) continue
    const configured =
      bound.validAfter !== undefined ? hexToBigInt(slice(initData, 6, 12)) : hexToBigInt(slice(initData, 0, 6))
    if (configured === (bound.validAfter ?? bound.validUntil)) return { address: policy, name: 'TimeFramePolicy' }
  }
  return undefined
}
