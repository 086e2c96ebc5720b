import { encodeAbiParameters, type Hex } from 'viem'
import { InvalidPolicyConfigError } from '../errors.js'
import type { FeeLimitPolicyConfig } from './types.js'

/** The default fee budget `toSession` gives every session: at most 0.01 ETH of gas per user operation… */
export const DEFAULT_FEE_PER_OP = 10n ** 16n
/** …and 0.1 ETH of gas over the session's lifetime. */
export const DEFAULT_FEE_TOTAL = 10n ** 17n

/** FeeLimitPolicy initData: `abi.encode(uint256 maxCostPerOp, uint256 totalLimit)` (wei). */
export function encodeFeeLimitPolicy(config: FeeLimitPolicyConfig): Hex {
  for (const name of ['perOp', 'total'] as const) {
    const value: unknown = config[name]
    if (typeof value !== 'bigint' || value < 0n || value >= 2n ** 256n) {
      throw new InvalidPolicyConfigError('fee-limit', `${name} must be a bigint amount of wei (uint256)`)
    }
  }
  return encodeAbiParameters([{ type: 'uint256' }, { type: 'uint256' }], [config.perOp, config.total])
}
