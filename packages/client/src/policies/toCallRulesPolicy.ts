import type {
  Abi,
  AbiFunction,
  AbiParameter,
  AbiParameterToPrimitiveType,
  Address,
  ContractFunctionName,
  Hex,
} from 'viem'
import { encodeAbiParameters, getAbiItem } from 'viem'
import { InvalidPolicyConfigError } from '../errors.js'
import type { CallRulesLocation, CallRulesRule, PolicyConfig } from './types.js'

/** Conditions on one value (each key one rule, all must hold); `limit` makes the first a cumulative limit. */
export type ArgumentConditions<value> = {
  equals?: value
  notEqual?: value
  lessThan?: value
  lessThanOrEqual?: value
  greaterThan?: value
  greaterThanOrEqual?: value
  inRange?: readonly [value, value]
  oneOf?: readonly value[]
  /** Adds the value to a running total over all calls and refuses past this limit. */
  limit?: bigint
}

/** Rules on an array argument: on element `index`, or on its `length`. */
export type ArrayArgumentRule<element> =
  | (ArgumentConditions<element> & { index: number; length?: undefined })
  | (ArgumentConditions<bigint | number> & { length: true; index?: undefined })

type ArgumentRule<parameter extends AbiParameter> = parameter extends { type: `${string}[]` }
  ?
      | ArrayArgumentRule<AbiParameterToPrimitiveType<parameter> extends readonly (infer element)[] ? element : never>
      | readonly ArrayArgumentRule<
          AbiParameterToPrimitiveType<parameter> extends readonly (infer element)[] ? element : never
        >[]
  : parameter extends { type: 'tuple'; components: readonly AbiParameter[] }
    ? ArgumentRules<parameter['components']>
    : AbiParameterToPrimitiveType<parameter> | ArgumentConditions<AbiParameterToPrimitiveType<parameter>>

/** Rules on a function's arguments, by name: a plain value means "equals". */
export type ArgumentRules<inputs extends readonly AbiParameter[]> = {
  [parameter in inputs[number] as parameter['name'] & string]?: ArgumentRule<parameter>
}

type FunctionInputs<abi extends Abi, functionName extends string> = Extract<
  abi[number],
  { type: 'function'; name: functionName }
>['inputs']

export type ToCallRulesPolicyParameters<
  abi extends Abi = Abi,
  functionName extends ContractFunctionName<abi> = ContractFunctionName<abi>,
> = {
  abi: abi
  functionName: functionName
  /** Rules by argument name: one group. */
  args?: ArgumentRules<FunctionInputs<abi, functionName>> | undefined
  /** Alternatives: a call passes when all rules of one of them hold (instead of `args`). */
  anyOf?: readonly ArgumentRules<FunctionInputs<abi, functionName>>[] | undefined
  valueLimitPerUse?: bigint | undefined
  address?: Address | undefined
}

const conditionKeys = {
  equals: 'equal',
  notEqual: 'notEqual',
  lessThan: 'lessThan',
  lessThanOrEqual: 'lessThanOrEqual',
  greaterThan: 'greaterThan',
  greaterThanOrEqual: 'greaterThanOrEqual',
} as const

function fail(reason: string): never {
  throw new InvalidPolicyConfigError('call-rules', reason)
}

function isDynamic(parameter: AbiParameter): boolean {
  if (parameter.type === 'bytes' || parameter.type === 'string' || parameter.type.endsWith('[]')) return true
  const fixed = parameter.type.match(/^(.*)\[(\d+)\]$/)
  if (fixed) return isDynamic({ ...parameter, type: fixed[1] as string })
  if (parameter.type === 'tuple') return components(parameter).some(isDynamic)
  return false
}

function components(parameter: AbiParameter): readonly AbiParameter[] {
  return (parameter as { components?: readonly AbiParameter[] }).components ?? []
}

/** Bytes the parameter takes in its head: 32 for dynamic ones, the static size otherwise. */
function headSize(parameter: AbiParameter): number {
  if (isDynamic(parameter)) return 32
  const fixed = parameter.type.match(/^(.*)\[(\d+)\]$/)
  if (fixed) return Number(fixed[2]) * headSize({ ...parameter, type: fixed[1] as string })
  if (parameter.type === 'tuple') return components(parameter).reduce((sum, c) => sum + headSize(c), 0)
  return 32
}

/** The ABI word of a static scalar value of `type` (addresses, uints, bools, bytesN: exactly as encoded). */
function toWord(type: string, value: unknown, name: string): Hex {
  try {
    return encodeAbiParameters([{ type }], [value])
  } catch {
    return fail(`${String(value)} is not a ${type} (argument '${name}')`)
  }
}

/** One rule per condition key of `spec`, on the word at `at` of an argument of scalar `type`. */
function conditionRules(spec: unknown, type: string, at: CallRulesLocation, name: string): CallRulesRule[] {
  const signed = type.startsWith('int')
  const conditions =
    typeof spec === 'object' && spec !== null && !Array.isArray(spec)
      ? (spec as Record<string, unknown>)
      : { equals: spec }
  const rules: CallRulesRule[] = []
  for (const [key, value] of Object.entries(conditions)) {
    if (key === 'limit' || key === 'index' || key === 'length' || value === undefined) continue
    if (signed && key !== 'equals' && key !== 'notEqual' && key !== 'oneOf') {
      fail(`'${key}' on the signed argument '${name}' (the policy compares unsigned words)`)
    }
    if (key in conditionKeys) {
      rules.push({ at, condition: conditionKeys[key as keyof typeof conditionKeys], value: toWord(type, value, name) })
    } else if (key === 'inRange') {
      const [min, max] = value as readonly [unknown, unknown]
      rules.push({
        at,
        condition: 'inRange',
        min: BigInt(toWord(type, min, name)),
        max: BigInt(toWord(type, max, name)),
      })
    } else if (key === 'oneOf') {
      rules.push({ at, condition: 'oneOf', values: (value as readonly unknown[]).map((v) => toWord(type, v, name)) })
    } else {
      fail(`unknown condition '${key}' on argument '${name}'`)
    }
  }
  const limit = conditions.limit
  if (limit !== undefined) {
    if (typeof limit !== 'bigint') fail(`the limit of argument '${name}' must be a bigint`)
    if (rules.length === 0) rules.push({ at, condition: 'greaterThanOrEqual', value: 0n })
    rules[0] = { ...(rules[0] as CallRulesRule), limit }
  }
  if (rules.length === 0) fail(`no condition on argument '${name}'`)
  return rules
}

/** Rules for argument `parameter` whose head word is at `offset`, inside a dynamic tuple at `tuple` if given. */
function argumentRules(
  parameter: AbiParameter,
  spec: unknown,
  offset: number,
  name: string,
  tuple?: { offset: number },
): CallRulesRule[] {
  // Inside a dynamic tuple `offset` counts from the tuple's start: its word `offset / 32` of the tuple's tail.
  const at = (): CallRulesLocation => (tuple ? { offset: tuple.offset, tailWord: offset / 32 } : { offset })
  if (parameter.type === 'tuple') {
    const fields = (spec ?? {}) as Record<string, unknown>
    const dynamic = isDynamic(parameter)
    if (dynamic && tuple) fail(`argument '${name}': a dynamic tuple inside a dynamic tuple`)
    const rules: CallRulesRule[] = []
    let fieldOffset = dynamic ? 0 : offset
    const names = new Set(Object.keys(fields))
    for (const component of components(parameter)) {
      const fieldName = `${name}.${component.name ?? ''}`
      if (component.name && names.delete(component.name) && fields[component.name] !== undefined) {
        rules.push(
          ...argumentRules(component, fields[component.name], fieldOffset, fieldName, dynamic ? { offset } : tuple),
        )
      }
      fieldOffset += headSize(component)
    }
    if (names.size > 0) fail(`argument '${name}' has no field ${[...names].join(', ')}`)
    return rules
  }
  const array = parameter.type.match(/^(.*)\[\]$/)
  if (array) {
    const elementType = array[1] as string
    if (tuple) fail(`argument '${name}': an array inside a dynamic tuple`)
    if (isDynamic({ type: elementType }) || elementType === 'tuple' || /\[\d+\]$/.test(elementType)) {
      fail(`argument '${name}': only arrays of 32-byte elements (address[], uint256[], …)`)
    }
    const specs = (Array.isArray(spec) ? spec : [spec]) as readonly { index?: number; length?: true }[]
    return specs.flatMap((element) => {
      if (element.length) return conditionRules(element, 'uint256', { offset, tailWord: 0 }, `${name}.length`)
      if (element.index === undefined) fail(`argument '${name}': give an element \`index\` or \`length: true\``)
      return conditionRules(element, elementType, { offset, element: element.index }, `${name}[${element.index}]`)
    })
  }
  if (isDynamic(parameter) || /\[\d+\]$/.test(parameter.type)) {
    fail(`argument '${name}' (${parameter.type}): rules apply to words, arrays of words and tuple fields`)
  }
  return conditionRules(spec, parameter.type, at(), name)
}

/** One group of rules from named arguments. */
function groupRules(inputs: readonly AbiParameter[], args: Record<string, unknown>, functionName: string) {
  const names = new Set(Object.keys(args))
  const rules: CallRulesRule[] = []
  let offset = 0
  for (const input of inputs) {
    if (input.name && names.delete(input.name) && args[input.name] !== undefined) {
      rules.push(...argumentRules(input, args[input.name], offset, input.name))
    }
    offset += headSize(input)
  }
  if (names.size > 0) fail(`${functionName} has no argument ${[...names].join(', ')}`)
  if (rules.length === 0) fail(`a group with no rule on ${functionName} would let every call through`)
  return rules
}

/**
 * A CallRulesPolicy config from a function's ABI and rules on its named arguments, e.g.
 * `{ abi, functionName: 'swapExactTokensForTokens', args: { path: { index: 0, equals: usdc }, to: account } }`.
 * `anyOf` lists alternatives. Values are encoded as the ABI encodes them; arguments without a word position
 * (bytes, strings, nested dynamic data) are refused with a typed error.
 */
export function toCallRulesPolicy<const abi extends Abi, functionName extends ContractFunctionName<abi>>(
  parameters: ToCallRulesPolicyParameters<abi, functionName>,
): Extract<PolicyConfig, { type: 'call-rules' }> {
  const { abi, functionName, args, anyOf, valueLimitPerUse, address } = parameters
  const item = getAbiItem({ abi: abi as Abi, name: functionName as string }) as AbiFunction | undefined
  if (item?.type !== 'function') fail(`no function ${String(functionName)} in the ABI`)
  if (args !== undefined && anyOf !== undefined) fail('give `args` or `anyOf`, not both')
  const groups = (anyOf ?? [args ?? {}]) as readonly Record<string, unknown>[]
  return {
    type: 'call-rules',
    anyOf: groups.map((group) => groupRules(item.inputs, group, item.name)),
    valueLimitPerUse,
    address,
  }
}
