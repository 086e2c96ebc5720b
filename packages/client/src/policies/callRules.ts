import { callRulesPolicyAbi } from '@smart-sessions/bindings'
import { type AbiParameter, encodeAbiParameters, getAbiItem, type Hex, hexToBigInt, toHex } from 'viem'
import { InvalidPolicyConfigError } from '../errors.js'
import { toRuleWord } from './call.js'
import { type CallRulesLocation, type CallRulesPolicyConfig, type CallRulesRule, callConditions } from './types.js'

/** CallRulesPolicy's `getCallRules` outputs: (valueLimitPerUse, CallRule[] rules, bytes32[] values, used). */
const getCallRulesOutputs = getAbiItem({ abi: callRulesPolicyAbi, name: 'getCallRules' }).outputs
/** initData = `abi.encode(uint256 valueLimitPerUse, CallRule[] rules, bytes32[] values)`: the getter's first three. */
const initDataParameters = getCallRulesOutputs.slice(0, 3) as readonly AbiParameter[]

/** The contract's condition numbers: CallPolicy's 0..6, then ONE_OF = 7. */
const conditionNumbers = [...callConditions, 'oneOf'] as const
/** ArgumentLocation: WORD, ARRAY_ELEMENT, TAIL_WORD, CALLDATA_LENGTH. */
const LOCATION = { word: 0, element: 1, tailWord: 2, calldataLength: 3 } as const
const MAX_UINT24 = 2 ** 24 - 1
const MAX_UINT128 = 2n ** 128n - 1n
const MAX_GROUPS = 256
const MAX_ONE_OF = 65_535

function fail(reason: string): never {
  throw new InvalidPolicyConfigError('call-rules', reason)
}

function toUint24(value: number | bigint, what: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > MAX_UINT24) fail(`${what} must be an integer in 0..2^24 − 1, got ${value}`)
  return n
}

function toLocation(at: CallRulesLocation): { location: number; offset: number; index: number } {
  if (at.calldataLength) return { location: LOCATION.calldataLength, offset: 0, index: 0 }
  const offset = toUint24(at.offset, 'offset')
  if (at.element !== undefined) return { location: LOCATION.element, offset, index: toUint24(at.element, 'element') }
  if (at.tailWord !== undefined)
    return { location: LOCATION.tailWord, offset, index: toUint24(at.tailWord, 'tailWord') }
  return { location: LOCATION.word, offset, index: 0 }
}

/** The rule's values: one word, IN_RANGE's `min ‖ max`, or ONE_OF's set (sorted ascending, duplicates dropped). */
function toValues(rule: CallRulesRule): Hex[] {
  if (rule.condition === 'inRange') {
    const min = BigInt(rule.min)
    const max = BigInt(rule.max)
    if (min < 0n || max > MAX_UINT128 || min > max) fail('inRange needs 0 ≤ min ≤ max < 2^128')
    return [toHex((min << 128n) | max, { size: 32 })]
  }
  if (rule.condition === 'oneOf') {
    const words = [...new Set(rule.values.map((value) => hexToBigInt(toRuleWord(value))))].sort((a, b) =>
      a < b ? -1 : a > b ? 1 : 0,
    )
    if (words.length === 0 || words.length > MAX_ONE_OF) fail(`oneOf takes 1 to ${MAX_ONE_OF} values`)
    return words.map((word) => toHex(word, { size: 32 }))
  }
  return [toRuleWord(rule.value)]
}

/**
 * CallRulesPolicy initData: `abi.encode(uint256 valueLimitPerUse, CallRule[] rules, bytes32[] values)` from groups
 * of rules (a call passes when all rules of one group hold). Refuses empty groups (they would pass every call),
 * more than 256 groups, offsets or indexes past 2^24 − 1 and limits past 2^128 − 1.
 */
export function encodeCallRulesPolicy(config: CallRulesPolicyConfig): Hex {
  if (config.anyOf.length === 0 || config.anyOf.length > MAX_GROUPS) fail(`1 to ${MAX_GROUPS} groups of rules`)
  const rules: unknown[] = []
  const values: Hex[] = []
  config.anyOf.forEach((group, groupIndex) => {
    if (group.length === 0) fail(`group ${groupIndex} has no rule: it would let every call through`)
    for (const rule of group) {
      const condition = conditionNumbers.indexOf(rule.condition)
      if (condition < 0) fail(`unknown condition ${String(rule.condition)}`)
      if (rule.limit !== undefined && (rule.limit < 0n || rule.limit > MAX_UINT128)) fail('limits are 0 to 2^128 − 1')
      const ruleValues = toValues(rule)
      rules.push({
        group: groupIndex,
        condition,
        ...toLocation(rule.at),
        valueCount: ruleValues.length,
        isLimited: rule.limit !== undefined,
        limit: rule.limit ?? 0n,
      })
      values.push(...ruleValues)
    }
  })
  return encodeAbiParameters(initDataParameters, [config.valueLimitPerUse ?? 0n, rules, values])
}

/** One CallRulesPolicy rule as `getCallRules` returns it (the wire-format CallRule). */
export type CallRulesWireRule = {
  group: number
  condition: number
  location: number
  offset: number
  index: number
  valueCount: number
  isLimited: boolean
  limit: bigint
}

const locationNames = Object.keys(LOCATION) as (keyof typeof LOCATION)[]

function toAt(rule: CallRulesWireRule): CallRulesLocation {
  const location = locationNames[rule.location]
  if (location === 'calldataLength') return { calldataLength: true }
  if (location === 'element') return { offset: rule.offset, element: rule.index }
  if (location === 'tailWord') return { offset: rule.offset, tailWord: rule.index }
  if (location === 'word') return { offset: rule.offset }
  return fail(`unknown location ${rule.location}`)
}

/**
 * The inverse of encodeCallRulesPolicy: a CallRulesPolicy config from the rules and values `getCallRules` returns
 * (values as 32-byte words; ONE_OF sets sorted as the contract keeps them; `valueLimitPerUse` 2^256 − 1 = no cap).
 */
export function toCallRulesConfig(
  valueLimitPerUse: bigint,
  rules: readonly CallRulesWireRule[],
  values: readonly Hex[],
): CallRulesPolicyConfig {
  const anyOf: CallRulesRule[][] = []
  let next = 0
  for (const rule of rules) {
    const words = values.slice(next, next + rule.valueCount)
    next += rule.valueCount
    const condition = conditionNumbers[rule.condition]
    if (condition === undefined) fail(`unknown condition ${rule.condition}`)
    const limit = rule.isLimited ? { limit: rule.limit } : {}
    const at = toAt(rule)
    const [word = '0x'] = words
    let decoded: CallRulesRule
    if (condition === 'oneOf') decoded = { at, condition, values: words, ...limit }
    else if (condition === 'inRange') {
      const range = hexToBigInt(word)
      decoded = { at, condition, min: range >> 128n, max: range & MAX_UINT128, ...limit }
    } else decoded = { at, condition, value: word, ...limit }
    anyOf[rule.group] ??= []
    anyOf[rule.group]?.push(decoded)
  }
  return { type: 'call-rules', anyOf, valueLimitPerUse }
}
