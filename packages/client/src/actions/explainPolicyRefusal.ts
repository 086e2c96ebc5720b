import { type Address, type Client, erc20Abi, formatEther, formatUnits } from 'viem'
import { readContract } from 'viem/actions'
import { type DecodedRevert, describeRevert, PolicyRefusedError, SessionOperationError } from '../errors.js'
import { callConditions } from '../policies/types.js'

/** `1234567.5` → `1,234,567.5` (exact: no float conversion). */
function groupThousands(decimal: string): string {
  const [whole = '0', fraction] = decimal.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction ? `${grouped}.${fraction}` : grouped
}

/** How an amount of `token` reads: its symbol and decimals when the token answers, else raw units. */
async function tokenFormatter(client: Client, token: Address): Promise<(amount: bigint) => string> {
  try {
    const [symbol, decimals] = await Promise.all([
      readContract(client, { address: token, abi: erc20Abi, functionName: 'symbol' }),
      readContract(client, { address: token, abi: erc20Abi, functionName: 'decimals' }),
    ])
    return (amount) => `${groupThousands(formatUnits(amount, decimals))} ${symbol}`
  } catch {
    return (amount) => `${groupThousands(amount.toString())} units of ${token}`
  }
}

const eth = (wei: bigint) => `${groupThousands(formatEther(wei))} ETH`

/** An amount a policy counts, in its unit: ETH for the value policies, uses for the rate limit, else token units. */
function amount(policy: string, value: bigint): string {
  if (policy.includes('ValueLimit')) return eth(value)
  if (policy === 'RateLimitPolicy') return `${value} ${value === 1n ? 'use' : 'uses'}`
  return `${groupThousands(value.toString())} token units`
}

/**
 * A policy's refusal (PolicyReverted / PolicyViolation, decoded) in words, starting with the policy's name:
 * "SpendingLimitPolicy: 1,200 USDC asked, 350 USDC left". Token amounts are read with the token's symbol and
 * decimals; an error the client has no words for is shown decoded.
 */
export async function explainPolicyRefusal(client: Client, revert: DecodedRevert): Promise<string> {
  const who = revert.policy?.name ?? `policy ${revert.policy?.address}`
  const inner = revert.inner
  if (revert.name === 'PolicyViolation' || !inner || inner.name === 'EmptyRevert') return `${who} refused`
  const args = inner.args as readonly unknown[]
  const big = (index: number) => BigInt(args[index] as bigint)
  switch (inner.name) {
    case 'SpendingLimitExceeded': {
      const format = await tokenFormatter(client, args[0] as Address)
      return `${who}: ${format(big(1))} asked, ${format(big(2))} left`
    }
    case 'ValueLimitExceeded':
      return who === 'CallPolicy'
        ? `${who}: ${eth(big(0))} sent in one call, at most ${eth(big(1))} per call`
        : `${who}: ${eth(big(0))} asked, ${eth(big(1))} left`
    case 'UsageLimitExceeded':
      return `${who}: all ${big(0)} uses spent`
    case 'ParamLimitExceeded':
      return `${who}: rule ${big(0)}: ${groupThousands(big(1).toString())} asked, ${groupThousands(big(2).toString())} left`
    case 'ParamRuleViolated': {
      const condition = callConditions[Number(args[1])] ?? `condition ${String(args[1])}`
      return `${who}: rule ${big(0)} (${condition} ${BigInt(args[3] as `0x${string}`)}) refuses the argument ${BigInt(args[2] as `0x${string}`)}`
    }
    case 'FeePerOpExceeded':
      return `${who}: the operation may cost up to ${eth(big(0))} in fees, at most ${eth(big(1))} per operation`
    case 'FeeLimitExceeded':
      return `${who}: the operation may cost up to ${eth(big(0))} in fees, ${eth(big(1))} left of the fee budget`
    case 'WindowLimitExceeded':
      return `${who}: ${amount(who, big(1))} asked, ${amount(who, big(2))} left in this window`
    case 'StreamExceeded':
      return `${who}: ${amount(who, big(0))} asked, the stream releases at most ${amount(who, big(1))} more`
    default:
      return `${who}: ${describeRevert(inner)}`
  }
}

/**
 * `error` as a PolicyRefusedError in words when a policy's refusal is in its decoded chain (e.g. the EntryPoint's
 * `FailedOpWithRevert(…, PolicyReverted(policy, reason))` from a bundler or a simulation); otherwise `error` itself.
 */
export async function toPolicyRefusedError(client: Client, error: unknown): Promise<unknown> {
  if (!(error instanceof SessionOperationError) || error instanceof PolicyRefusedError) return error
  let refusal: DecodedRevert | undefined = error.revert
  while (refusal && refusal.name !== 'PolicyReverted' && refusal.name !== 'PolicyViolation') refusal = refusal.inner
  if (!refusal) return error
  return new PolicyRefusedError(error.revert, await explainPolicyRefusal(client, refusal), { cause: error.cause })
}
