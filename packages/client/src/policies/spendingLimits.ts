import { encodeAbiParameters, getAddress, type Hex } from 'viem'
import { InvalidPolicyConfigError } from '../errors.js'
import type { SpendingLimitsPolicyConfig } from './types.js'

/** SpendingLimitPolicy initData: `abi.encode(address[] tokens, uint256[] limits)`; one entry per token. */
export function encodeSpendingLimitsPolicy(config: SpendingLimitsPolicyConfig): Hex {
  if (config.limits.length === 0) throw new InvalidPolicyConfigError('spending-limits', 'at least one token limit')
  const seen = new Set<string>()
  for (const { token, amount } of config.limits) {
    const key = getAddress(token)
    if (seen.has(key)) throw new InvalidPolicyConfigError('spending-limits', `token ${key} listed twice`)
    seen.add(key)
    if (amount < 0n || amount >= 2n ** 256n)
      throw new InvalidPolicyConfigError('spending-limits', 'amount must fit uint256')
  }
  return encodeAbiParameters(
    [{ type: 'address[]' }, { type: 'uint256[]' }],
    [config.limits.map((limit) => limit.token), config.limits.map((limit) => limit.amount)],
  )
}
