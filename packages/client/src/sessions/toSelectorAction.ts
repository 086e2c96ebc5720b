import { getAbiItem, toFunctionSelector } from 'viem'
import { InvalidSessionError } from '../errors.js'
import type { AnyPolicyConfig, CallRule } from '../policies/types.js'
import type { AbiAction, SelectorAction } from './types.js'

/** An ABI-typed argument occupies one calldata word at its position only when its type is static. */
const isStatic = (type: string) => !/^(bytes|string)$|\[\]$/.test(type) && !type.startsWith('tuple')

/**
 * An action given by ABI as the selector form: the selector of `functionName` (one overload), and `args` rules as
 * one CallPolicy (rule `param` = the argument's position) added to the action's policies.
 */
export function toSelectorAction(action: AbiAction): SelectorAction {
  const matches = action.abi.filter((item) => item.type === 'function' && item.name === action.functionName)
  if (matches.length !== 1) {
    throw new InvalidSessionError(
      `${action.functionName}: ${matches.length === 0 ? 'no such function in the ABI' : 'overloaded: pass the selector'}`,
    )
  }
  const item = getAbiItem({ abi: action.abi, name: action.functionName }) as {
    inputs: readonly { type: string; name?: string }[]
  }
  const selector = toFunctionSelector(item as never)
  const rules: CallRule[] = []
  for (const [param, rule] of (action.args ?? []).entries()) {
    if (!rule) continue
    const input = item.inputs[param]
    if (!input) throw new InvalidSessionError(`${action.functionName} has no argument ${param}`)
    if (!isStatic(input.type)) {
      throw new InvalidSessionError(
        `${action.functionName} argument ${param} (${input.type}) is not a fixed-size value`,
      )
    }
    if (rule.condition === 'inRange')
      rules.push({ param, condition: 'inRange', min: rule.min, max: rule.max, limit: rule.limit })
    else rules.push({ param, condition: rule.condition, value: rule.value, limit: rule.limit })
  }
  const policies: AnyPolicyConfig[] = [...(action.policies ?? [])]
  if (rules.length > 0) {
    if (policies.some((policy) => policy.type === 'call')) {
      throw new InvalidSessionError(
        `${action.functionName}: give argument rules in \`args\` or a call policy, not both`,
      )
    }
    policies.push({ type: 'call', rules })
  }
  return { target: action.target, selector, policies }
}
