import { encodeAbiParameters, getAddress, type Hex, zeroAddress } from 'viem'
import { InvalidPolicyConfigError } from '../errors.js'
import { resolvePeriod } from './period.js'
import type { NativeStreamPolicyConfig, PolicyEncodeOptions, TokenStreamPolicyConfig } from './types.js'

const STREAM_FIELDS = [{ type: 'uint256' }, { type: 'uint256' }, { type: 'uint256' }, { type: 'uint48' }] as const

/**
 * The initData of a stream: StreamingValueLimitPolicy's `abi.encode(uint256 initialAmount, uint256 amountPerSecond,
 * uint256 maxAmount, uint48 start)`, prefixed by `address token` for StreamingSpendingLimitPolicy. Checked like
 * the contracts (StreamAllowance.InvalidStream); start defaults to `options.now()` less DEFAULT_START_SLACK.
 */
export function encodeStreamPolicy(
  config: TokenStreamPolicyConfig | NativeStreamPolicyConfig,
  options?: PolicyEncodeOptions,
): Hex {
  const { type, initialAmount, amountPerSecond, maxAmount } = config
  const fail = (reason: string) => new InvalidPolicyConfigError(type, reason)
  if (maxAmount <= 0n || maxAmount >= 2n ** 128n) throw fail(`maxAmount must be 1..2^128-1, got ${maxAmount}`)
  if (initialAmount < 0n || initialAmount > maxAmount) throw fail('initialAmount must be 0..maxAmount')
  if (amountPerSecond < 0n || amountPerSecond >= 2n ** 104n) throw fail('amountPerSecond must be 0..2^104-1')
  if (initialAmount === 0n && amountPerSecond === 0n) throw fail('initialAmount and amountPerSecond are both 0')
  // A stream has no period: resolve only its start (1 s stands in for the period).
  const { start } = resolvePeriod(type, { seconds: 1n, start: config.start, carryOver: true }, options)
  const fields = [initialAmount, amountPerSecond, maxAmount, Number(start)] as const
  if (config.type === 'native-stream') return encodeAbiParameters(STREAM_FIELDS, fields)
  const token = getAddress(config.token)
  if (token === zeroAddress) throw fail('the zero address is no token')
  return encodeAbiParameters([{ type: 'address' }, ...STREAM_FIELDS], [token, ...fields])
}
