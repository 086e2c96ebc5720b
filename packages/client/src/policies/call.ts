import { callPolicyAbi } from '@smart-sessions/bindings'
import { encodeAbiParameters, getAbiItem, type Hex, isHex, pad, toHex } from 'viem'
import { MAX_CALL_RULES } from '../constants.js'
import { InvalidPolicyConfigError } from '../errors.js'
import { type CallPolicyConfig, type CallRule, callConditions, type RuleValue } from './types.js'

/** `ActionConfig` exactly as the generated CallPolicy ABI returns it from `getActionConfig` (never written by hand). */
const actionConfigParameters = getAbiItem({ abi: callPolicyAbi, name: 'getActionConfig' }).outputs

const MAX_UINT128 = 2n ** 128n - 1n
const EMPTY_RULE = {
  condition: 0,
  offset: 0n,
  isLimited: false,
  ref: pad('0x', { size: 32 }),
  usage: { limit: 0n, used: 0n },
} as const

/** A value as the 32-byte word a call policy compares (unsigned, left-padded). */
export function toRuleWord(value: RuleValue): Hex {
  if (typeof value === 'boolean') return pad(value ? '0x01' : '0x00', { size: 32 })
  if (typeof value === 'number' || typeof value === 'bigint') {
    const big = BigInt(value)
    if (big < 0n || big >= 2n ** 256n) throw new InvalidPolicyConfigError('call', 'rule values are unsigned 256-bit')
    return toHex(big, { size: 32 })
  }
  if (!isHex(value) || value.length > 66)
    throw new InvalidPolicyConfigError('call', `not a value of ≤ 32 bytes: ${value}`)
  return pad(value, { size: 32 })
}

function encodeRule(rule: CallRule) {
  const offset = rule.param !== undefined ? BigInt(rule.param) * 32n : BigInt(rule.offset)
  if (offset < 0n || offset >= 2n ** 64n) throw new InvalidPolicyConfigError('call', 'offset must fit uint64')
  let ref: Hex
  if (rule.condition === 'inRange') {
    const min = BigInt(rule.min)
    const max = BigInt(rule.max)
    if (min < 0n || max > MAX_UINT128 || min > max) {
      throw new InvalidPolicyConfigError('call', 'inRange needs 0 ≤ min ≤ max < 2^128')
    }
    ref = toHex((min << 128n) | max, { size: 32 })
  } else {
    ref = toRuleWord(rule.value)
  }
  return {
    condition: callConditions.indexOf(rule.condition),
    offset,
    isLimited: rule.limit !== undefined,
    ref,
    usage: { limit: rule.limit ?? 0n, used: 0n },
  }
}

/** CallPolicy initData: `abi.encode(ActionConfig)` with up to 16 rules (docs/policies.md). */
export function encodeCallPolicy(config: CallPolicyConfig): Hex {
  if (config.rules.length > MAX_CALL_RULES) {
    throw new InvalidPolicyConfigError('call', `at most ${MAX_CALL_RULES} rules, got ${config.rules.length}`)
  }
  for (const rule of config.rules) {
    if (!callConditions.includes(rule.condition)) {
      throw new InvalidPolicyConfigError('call', `unknown condition ${String(rule.condition)}`)
    }
  }
  const rules = config.rules.map(encodeRule)
  while (rules.length < MAX_CALL_RULES) rules.push({ ...EMPTY_RULE, usage: { ...EMPTY_RULE.usage } })
  return encodeAbiParameters(actionConfigParameters, [
    {
      valueLimitPerUse: config.valueLimitPerUse ?? 0n,
      paramRules: { length: BigInt(config.rules.length), rules: rules as never },
    },
  ])
}
