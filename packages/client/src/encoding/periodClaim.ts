// The period claim of the fixed-window policies (FixedWindowSpendingLimitPolicy, FixedWindowValueLimitPolicy,
// RateLimitPolicy): validation cannot read the clock, so an operation says when it runs with a call
// `claimPeriod(time)` to each such policy, before the calls they count.
import { type Address, encodeFunctionData, type Hex, toFunctionSelector } from 'viem'
import type { Call } from './execute.js'

const claimPeriodAbi = [
  {
    type: 'function',
    name: 'claimPeriod',
    inputs: [{ name: 'time', type: 'uint256' }],
    outputs: [],
    stateMutability: 'pure',
  },
] as const

/** The selector of `claimPeriod(uint256)`, the action a session needs for each fixed-window policy. */
export const CLAIM_PERIOD_SELECTOR: Hex = toFunctionSelector(claimPeriodAbi[0])

/** The calls claiming the window containing `time` (unix seconds) of each policy in `policies`. */
export function encodePeriodClaimCalls(policies: readonly Address[], time: bigint | number): Call[] {
  const data = encodeFunctionData({ abi: claimPeriodAbi, functionName: 'claimPeriod', args: [BigInt(time)] })
  return policies.map((to) => ({ to, data }))
}
