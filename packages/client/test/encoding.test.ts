// Pure encodings: policy initData, session defaults, ids, EIP-712 types, FastLZ, signatures, error decoding.

import { smartSessionAbi } from '@smart-sessions/bindings'
import { LibZip } from 'solady'
import {
  type Address,
  concat,
  decodeAbiParameters,
  domainSeparator,
  encodeAbiParameters,
  encodeErrorResult,
  encodeFunctionData,
  encodePacked,
  getAddress,
  type Hex,
  hashStruct,
  keccak256,
  parseAbi,
  parseAbiParameters,
  parseEther,
  toFunctionSelector,
  toHex,
} from 'viem'
import { entryPoint08Abi } from 'viem/account-abstraction'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  CLAIM_PERIOD_SELECTOR,
  DEFAULT_FEE_PER_OP,
  DEFAULT_FEE_TOTAL,
  decodeRevert,
  decodeUseSignature,
  describeRevert,
  enableDomain,
  enableTypes,
  encodeCallPolicy,
  encodeEnableSessionData,
  encodeEnableSignature,
  encodeExecute,
  encodeFeeLimitPolicy,
  encodeInstallData,
  encodePeriodClaimCalls,
  encodeRateLimitPolicy,
  encodeSpendingLimitsPolicy,
  encodeStreamPolicy,
  encodeTimeFramePolicy,
  encodeUsageLimitPolicy,
  encodeUseSignature,
  encodeValueLimitPolicy,
  FALLBACK_SELECTOR,
  FALLBACK_TARGET,
  flzCompress,
  flzDecompress,
  MAX_PERIODIC_LIMIT,
  policyContractScopes,
  toActionId,
  toConfigId,
  toEnableDigest,
  toSessionDigest,
  toSessionOperationError,
} from '../src/encoding.js'
import {
  type Deployment,
  InvalidPolicyConfigError,
  InvalidSessionError,
  MissingDeploymentError,
  SessionOperationError,
  toEnableSession,
  toEnableTypedData,
  toPeriodClaimPolicies,
  toPermissionId,
  toSession,
} from '../src/index.js'

const deployment: Deployment = {
  SmartSession: '0x00000000000000000000000000000000000000aa',
  ECDSASessionValidator: '0x00000000000000000000000000000000000000e1',
  MultisigSessionValidator: '0x00000000000000000000000000000000000000e2',
  SudoPolicy: '0x0000000000000000000000000000000000000051',
  TimeFramePolicy: '0x0000000000000000000000000000000000000052',
  UsageLimitPolicy: '0x0000000000000000000000000000000000000053',
  ValueLimitPolicy: '0x0000000000000000000000000000000000000054',
  SpendingLimitPolicy: '0x0000000000000000000000000000000000000055',
  CallPolicy: '0x0000000000000000000000000000000000000056',
  PeriodicSpendingLimitPolicy: '0x0000000000000000000000000000000000000057',
  PeriodicValueLimitPolicy: '0x0000000000000000000000000000000000000058',
  FixedWindowSpendingLimitPolicy: '0x0000000000000000000000000000000000000059',
  FixedWindowValueLimitPolicy: '0x000000000000000000000000000000000000005A',
  RateLimitPolicy: '0x000000000000000000000000000000000000005b',
  FeeLimitPolicy: '0x000000000000000000000000000000000000005c',
  StreamingSpendingLimitPolicy: '0x000000000000000000000000000000000000005e',
  StreamingValueLimitPolicy: '0x000000000000000000000000000000000000005f',
}
/** The fee budget toSession adds to every session unless told otherwise. */
const defaultFeePolicy = {
  policy: deployment.FeeLimitPolicy,
  initData: encodeAbiParameters(parseAbiParameters('uint256, uint256'), [parseEther('0.01'), parseEther('0.1')]),
}
const key: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const key2: Address = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC'
const token: Address = '0x5FbDB2315678afecb367f032d93F642f64180aa3'
const transfer: Hex = '0xa9059cbb'

describe('policy initData (docs/wire-format.md)', () => {
  it('time-frame = encodePacked(uint48 validUntil, uint48 validAfter)', () => {
    expect(encodeTimeFramePolicy({ type: 'time-frame', validUntil: 2000n, validAfter: 1000n }, { now: () => 0n })).toBe(
      encodePacked(['uint48', 'uint48'], [2000, 1000]),
    )
    expect(encodeTimeFramePolicy({ type: 'time-frame', validUntil: 5n }, { now: () => 0n })).toBe(
      '0x000000000005000000000000',
    )
  })
  it('time-frame refuses validUntil ≤ validAfter and values past uint48', () => {
    expect(() => encodeTimeFramePolicy({ type: 'time-frame', validUntil: 10n, validAfter: 10n })).toThrow(
      InvalidPolicyConfigError,
    )
    expect(() => encodeTimeFramePolicy({ type: 'time-frame', validUntil: 2n ** 48n })).toThrow(/uint48/)
  })
  it('usage-limit = encodePacked(uint128)', () => {
    expect(encodeUsageLimitPolicy({ type: 'usage-limit', limit: 3n })).toBe(toHex(3n, { size: 16 }))
    expect(() => encodeUsageLimitPolicy({ type: 'usage-limit', limit: 0n })).toThrow(InvalidPolicyConfigError)
    expect(() => encodeUsageLimitPolicy({ type: 'usage-limit', limit: 2n ** 128n })).toThrow(InvalidPolicyConfigError)
  })
  it('value-limit = abi.encode(uint256)', () => {
    expect(encodeValueLimitPolicy({ type: 'value-limit', limit: 10n ** 18n })).toBe(toHex(10n ** 18n, { size: 32 }))
  })
  it('spending-limits = abi.encode(address[], uint256[])', () => {
    const other: Address = '0x0000000000000000000000000000000000000def'
    const data = encodeSpendingLimitsPolicy({
      type: 'spending-limits',
      limits: [
        { token, amount: 1000n },
        { token: other, amount: 5n },
      ],
    })
    expect(decodeAbiParameters(parseAbiParameters('address[], uint256[]'), data)).toEqual([
      [token, getAddress(other)],
      [1000n, 5n],
    ])
    expect(() =>
      encodeSpendingLimitsPolicy({
        type: 'spending-limits',
        limits: [
          { token, amount: 1n },
          { token: token.toLowerCase() as Address, amount: 2n },
        ],
      }),
    ).toThrow(/twice/)
    expect(() => encodeSpendingLimitsPolicy({ type: 'spending-limits', limits: [] })).toThrow(InvalidPolicyConfigError)
  })
  it('call = abi.encode(ActionConfig) with 16 rule slots, readable conditions mapped to 0..6', () => {
    const recipient: Address = '0x00000000000000000000000000000000000000b0'
    const data = encodeCallPolicy({
      type: 'call',
      valueLimitPerUse: 7n,
      rules: [
        { condition: 'equal', param: 0, value: recipient },
        { condition: 'lessThanOrEqual', param: 1, value: 500n, limit: 1000n },
        { condition: 'inRange', offset: 64, min: 3n, max: 9n },
      ],
    })
    const [config] = decodeAbiParameters(
      parseAbiParameters([
        'ActionConfig',
        'struct ActionConfig { uint256 valueLimitPerUse; ParamRules paramRules; }',
        'struct ParamRules { uint256 length; ParamRule[16] rules; }',
        'struct ParamRule { uint8 condition; uint64 offset; bool isLimited; bytes32 ref; LimitUsage usage; }',
        'struct LimitUsage { uint256 limit; uint256 used; }',
      ]),
      data,
    )
    expect(config.valueLimitPerUse).toBe(7n)
    expect(config.paramRules.length).toBe(3n)
    expect(config.paramRules.rules[0]).toEqual({
      condition: 0,
      offset: 0n,
      isLimited: false,
      ref: toHex(BigInt(recipient), { size: 32 }),
      usage: { limit: 0n, used: 0n },
    })
    expect(config.paramRules.rules[1]).toMatchObject({ condition: 4, offset: 32n, isLimited: true })
    expect(config.paramRules.rules[1]?.usage).toEqual({ limit: 1000n, used: 0n })
    expect(config.paramRules.rules[2]).toMatchObject({
      condition: 6,
      offset: 64n,
      ref: toHex((3n << 128n) | 9n, { size: 32 }),
    })
    expect(config.paramRules.rules[15]?.condition).toBe(0)
    // ABI size: 2 words + 16 rules × 6 words.
    expect((data.length - 2) / 2).toBe(32 * (2 + 16 * 6))
  })
  it('call refuses more than 16 rules and bad ranges', () => {
    const rules = Array.from({ length: 17 }, () => ({ condition: 'equal' as const, param: 0, value: 1n }))
    expect(() => encodeCallPolicy({ type: 'call', rules })).toThrow(/at most 16/)
    expect(() =>
      encodeCallPolicy({ type: 'call', rules: [{ condition: 'inRange', param: 0, min: 5n, max: 4n }] }),
    ).toThrow(/inRange/)
  })
})

describe('periodic allowances (PeriodicSpendingLimitPolicy / PeriodicValueLimitPolicy initData)', () => {
  const other: Address = '0x0000000000000000000000000000000000000def'
  const owners = { type: 'ecdsa', accounts: [key] } as const
  const now = () => 1_750_000_000n
  afterEach(() => {
    vi.useRealTimers()
  })

  it('spending-limits + period = abi.encode(address[] tokens, uint256[] limits, uint48 period, uint48 start)', () => {
    const data = encodeSpendingLimitsPolicy({
      type: 'spending-limits',
      limits: [
        { token, amount: 1_000_000_000n },
        { token: other, amount: 5n },
      ],
      period: { seconds: 86400n, start: 1_700_000_000n },
    })
    expect(data).toBe(
      encodeAbiParameters(parseAbiParameters('address[] tokens, uint256[] limits, uint48 period, uint48 start'), [
        [token, other],
        [1_000_000_000n, 5n],
        86400,
        1_700_000_000,
      ]),
    )
    // The same bytes written out word by word: head (offsets 0x80, 0xe0, period, start), then both arrays.
    const word = (value: bigint) => toHex(value, { size: 32 })
    expect(data).toBe(
      concat([
        word(0x80n),
        word(0xe0n),
        word(86400n),
        word(1_700_000_000n),
        word(2n),
        word(BigInt(token)),
        word(BigInt(other)),
        word(2n),
        word(1_000_000_000n),
        word(5n),
      ]),
    )
  })
  it('value-limit + period = abi.encode(uint256 limit, uint48 period, uint48 start): three words', () => {
    const data = encodeValueLimitPolicy({
      type: 'value-limit',
      limit: 10n ** 17n,
      period: { seconds: 3600n, start: 42n },
    })
    expect(data).toBe(
      encodeAbiParameters(parseAbiParameters('uint256 limit, uint48 period, uint48 start'), [10n ** 17n, 3600, 42]),
    )
    expect(data).toBe(concat([toHex(10n ** 17n, { size: 32 }), toHex(3600n, { size: 32 }), toHex(42n, { size: 32 })]))
  })
  it('start defaults to options.now() − 60 s, else to the system clock (floor(Date.now() / 1000)) − 60 s', () => {
    const limits = [{ token, amount: 7n }]
    const encode = (start: number) =>
      encodeAbiParameters(parseAbiParameters('address[], uint256[], uint48, uint48'), [[token], [7n], 60, start])
    expect(encodeSpendingLimitsPolicy({ type: 'spending-limits', limits, period: { seconds: 60n } }, { now })).toBe(
      encode(1_750_000_000 - 60),
    )
    vi.useFakeTimers()
    vi.setSystemTime(1_760_000_000_999)
    expect(encodeSpendingLimitsPolicy({ type: 'spending-limits', limits, period: { seconds: 60n } })).toBe(
      encode(1_760_000_000 - 60),
    )
    expect(encodeValueLimitPolicy({ type: 'value-limit', limit: 1n, period: { seconds: 60n } })).toBe(
      encodeAbiParameters(parseAbiParameters('uint256, uint48, uint48'), [1n, 60, 1_760_000_000 - 60]),
    )
    // An explicit start wins over the clock, also a past one (0 = every period since 1970 at once).
    expect(
      encodeValueLimitPolicy({ type: 'value-limit', limit: 1n, period: { seconds: 60n, start: 0n } }, { now }),
    ).toBe(encodeAbiParameters(parseAbiParameters('uint256, uint48, uint48'), [1n, 60, 0]))
  })
  it('toSession targets the accrual contracts with a period and carryOver, the lifetime ones without', () => {
    const session = toSession(
      {
        owners,
        actions: [
          {
            target: token,
            selector: transfer,
            policies: [
              {
                type: 'spending-limits',
                limits: [{ token, amount: 1000n }],
                period: { seconds: 86400n, carryOver: true },
              },
              { type: 'value-limit', limit: 0n },
            ],
          },
          { policies: [{ type: 'spending-limits', limits: [{ token, amount: 1000n }] }] },
        ],
        policies: [{ type: 'value-limit', limit: 10n ** 18n, period: { seconds: 86400n, start: 5n, carryOver: true } }],
      },
      deployment,
      { now },
    )
    expect(session.actions).toHaveLength(2)
    expect(session.actions[0]?.actionPolicies).toEqual([
      {
        policy: deployment.PeriodicSpendingLimitPolicy,
        initData: encodeAbiParameters(parseAbiParameters('address[], uint256[], uint48, uint48'), [
          [token],
          [1000n],
          86400,
          1_750_000_000 - 60,
        ]),
      },
      { policy: deployment.ValueLimitPolicy, initData: toHex(0n, { size: 32 }) },
    ])
    expect(session.actions[1]?.actionPolicies).toEqual([
      {
        policy: deployment.SpendingLimitPolicy,
        initData: encodeAbiParameters(parseAbiParameters('address[], uint256[]'), [[token], [1000n]]),
      },
    ])
    expect(session.userOpPolicies).toEqual([
      {
        policy: deployment.PeriodicValueLimitPolicy,
        initData: encodeAbiParameters(parseAbiParameters('uint256, uint48, uint48'), [10n ** 18n, 86400, 5]),
      },
      defaultFeePolicy,
    ])
  })
  it('scopes follow the contracts: periodic value limit at session and action level, periodic spending at action level only', () => {
    expect(policyContractScopes.PeriodicValueLimitPolicy).toEqual({ userOp: true, action: true, erc1271: false })
    expect(policyContractScopes.PeriodicSpendingLimitPolicy).toEqual({ userOp: false, action: true, erc1271: false })
    const periodic = {
      type: 'spending-limits',
      limits: [{ token, amount: 1n }],
      period: { seconds: 1n, carryOver: true },
    } as const
    expect(() => toSession({ owners, policies: [periodic] }, deployment, { now })).toThrow(
      /Policy 'spending-limits': PeriodicSpendingLimitPolicy cannot be used at session level/,
    )
    const value = { type: 'value-limit', limit: 1n, period: { seconds: 1n, carryOver: true } } as const
    expect(() => toSession({ owners, erc1271: { policies: [value] } }, deployment, { now })).toThrow(
      /PeriodicValueLimitPolicy cannot be used at ERC-1271 level/,
    )
    const { PeriodicSpendingLimitPolicy: _, ...withoutPeriodic } = deployment
    expect(() => toSession({ owners, actions: [{ policies: [periodic] }] }, withoutPeriodic, { now })).toThrow(
      MissingDeploymentError,
    )
    expect(() => toSession({ owners, actions: [{ policies: [periodic] }] }, withoutPeriodic, { now })).toThrow(
      /PeriodicSpendingLimitPolicy has no known address/,
    )
  })
  it('a period without carryOver → the fixed-window contracts, each with its claimPeriod action; rate-limit too', () => {
    const session = toSession(
      {
        owners,
        actions: [
          {
            target: token,
            selector: transfer,
            policies: [{ type: 'spending-limits', limits: [{ token, amount: 100n }], period: { seconds: 86400n } }],
          },
          {
            target: token,
            selector: '0x095ea7b3',
            policies: [{ type: 'rate-limit', uses: 3n, period: { seconds: 3600n, start: 0n } }],
          },
        ],
        policies: [
          { type: 'value-limit', limit: 10n ** 17n, period: { seconds: 86400n, start: 5n, carryOver: false } },
          { type: 'rate-limit', uses: 10n, period: { seconds: 60n, start: 7n } },
        ],
      },
      deployment,
      { now },
    )
    expect(session.actions[0]?.actionPolicies[0]).toEqual({
      policy: deployment.FixedWindowSpendingLimitPolicy,
      initData: encodeAbiParameters(parseAbiParameters('address[], uint256[], uint48, uint48'), [
        [token],
        [100n],
        86400,
        1_750_000_000 - 60,
      ]),
    })
    expect(session.actions[1]?.actionPolicies[0]).toEqual({
      policy: deployment.RateLimitPolicy,
      initData: encodeAbiParameters(parseAbiParameters('uint256, uint48, uint48'), [3n, 3600, 0]),
    })
    expect(session.userOpPolicies).toEqual([
      {
        policy: deployment.FixedWindowValueLimitPolicy,
        initData: encodeAbiParameters(parseAbiParameters('uint256, uint48, uint48'), [10n ** 17n, 86400, 5]),
      },
      {
        policy: deployment.RateLimitPolicy,
        initData: encodeAbiParameters(parseAbiParameters('uint256, uint48, uint48'), [10n, 60, 7]),
      },
      defaultFeePolicy,
    ])
    // One claimPeriod action per fixed-window contract, checked by that contract (claims only: empty initData).
    const claimed = [
      deployment.FixedWindowSpendingLimitPolicy,
      deployment.RateLimitPolicy,
      deployment.FixedWindowValueLimitPolicy,
    ].map((policy) => getAddress(policy as Address))
    expect(session.actions.slice(2)).toEqual(
      claimed.map((policy) => ({
        actionTarget: policy,
        actionTargetSelector: CLAIM_PERIOD_SELECTOR,
        actionPolicies: [{ policy, initData: '0x' }],
      })),
    )
    expect(CLAIM_PERIOD_SELECTOR).toBe(toFunctionSelector('claimPeriod(uint256)'))
    expect(toPeriodClaimPolicies(session)).toEqual(claimed)
    const calls = encodePeriodClaimCalls(claimed, 1_750_000_123n)
    expect(calls).toHaveLength(3)
    expect(calls[0]).toEqual({
      to: claimed[0],
      data: encodeFunctionData({
        abi: parseAbi(['function claimPeriod(uint256 time)']),
        functionName: 'claimPeriod',
        args: [1_750_000_123n],
      }),
    })
    expect(policyContractScopes.RateLimitPolicy).toEqual({ userOp: true, action: true, erc1271: false })
    expect(policyContractScopes.FixedWindowSpendingLimitPolicy).toEqual({ userOp: false, action: true, erc1271: false })
  })
  it('rate-limit and fixed windows refuse what the contracts would refuse', () => {
    const rate = (uses: number | bigint, period: { seconds: number | bigint; start?: number | bigint }) => () =>
      encodeRateLimitPolicy({ type: 'rate-limit', uses: uses as never, period: period as never }, { now })
    expect(rate(0, { seconds: 60n })).toThrow(/Policy 'rate-limit': uses per period must be 1..2\^104-1, got 0/)
    expect(rate(1.5, { seconds: 60n })).toThrow(/uses must be an integer, got 1.5/)
    expect(rate(1, { seconds: 0n })).toThrow(/period.seconds must be 1..2\^48-1, got 0/)
    expect(rate(1, { seconds: 1n, start: 0n })).toThrow(/period.start \+ period.seconds must be at least 2/)
    expect(
      encodeValueLimitPolicy({ type: 'value-limit', limit: 1n, period: { seconds: 1n, start: 0n, carryOver: true } }),
    ).toBe(encodeAbiParameters(parseAbiParameters('uint256, uint48, uint48'), [1n, 1, 0]))
    expect(() =>
      encodeValueLimitPolicy({ type: 'value-limit', limit: 1n, period: { seconds: 1n, start: 0n } }),
    ).toThrow(InvalidPolicyConfigError)
  })
  it('streams: token-stream / native-stream initData, contracts, scopes and refusals', () => {
    const stream = { initialAmount: 10n, amountPerSecond: 2n, maxAmount: 100n, start: 77n }
    expect(encodeStreamPolicy({ type: 'native-stream', ...stream })).toBe(
      encodeAbiParameters(parseAbiParameters('uint256, uint256, uint256, uint48'), [10n, 2n, 100n, 77]),
    )
    expect(encodeStreamPolicy({ type: 'token-stream', token, ...stream })).toBe(
      encodeAbiParameters(parseAbiParameters('address, uint256, uint256, uint256, uint48'), [token, 10n, 2n, 100n, 77]),
    )
    expect(encodeStreamPolicy({ type: 'native-stream', ...stream, start: undefined }, { now })).toBe(
      encodeAbiParameters(parseAbiParameters('uint256, uint256, uint256, uint48'), [10n, 2n, 100n, 1_750_000_000 - 60]),
    )
    const session = toSession(
      {
        owners,
        actions: [{ target: token, selector: transfer, policies: [{ type: 'token-stream', token, ...stream }] }],
        policies: [{ type: 'native-stream', ...stream }],
      },
      deployment,
      { now },
    )
    expect(session.actions[0]?.actionPolicies[0]?.policy).toBe(deployment.StreamingSpendingLimitPolicy)
    expect(session.userOpPolicies[0]?.policy).toBe(deployment.StreamingValueLimitPolicy)
    expect(session.actions).toHaveLength(1)
    expect(() => toSession({ owners, policies: [{ type: 'token-stream', token, ...stream }] }, deployment)).toThrow(
      /StreamingSpendingLimitPolicy cannot be used at session level/,
    )
    const bad = (fields: Partial<typeof stream>) => () =>
      encodeStreamPolicy({ type: 'native-stream', ...stream, ...fields })
    expect(bad({ maxAmount: 0n })).toThrow(/maxAmount must be 1..2\^128-1/)
    expect(bad({ maxAmount: 2n ** 128n })).toThrow(/maxAmount must be 1..2\^128-1/)
    expect(bad({ initialAmount: 101n })).toThrow(/initialAmount must be 0..maxAmount/)
    expect(bad({ amountPerSecond: 2n ** 104n })).toThrow(/amountPerSecond must be 0..2\^104-1/)
    expect(bad({ initialAmount: 0n, amountPerSecond: 0n })).toThrow(/both 0/)
    expect(bad({ start: 2n ** 48n })).toThrow(/start must be 0..2\^48-1/)
    expect(() =>
      encodeStreamPolicy({ type: 'token-stream', token: '0x0000000000000000000000000000000000000000', ...stream }),
    ).toThrow(/the zero address is no token/)
  })
  it('refuses a period, start or limit the contracts would refuse, with a precise error', () => {
    const spending = (amount: bigint, period: { seconds: number | bigint; start?: number | bigint }) => () =>
      encodeSpendingLimitsPolicy(
        { type: 'spending-limits', limits: [{ token, amount }], period: period as never },
        { now },
      )
    const value = (limit: bigint, period: { seconds: number | bigint; start?: number | bigint }) => () =>
      encodeValueLimitPolicy({ type: 'value-limit', limit, period: period as never }, { now })
    for (const encode of [spending, value]) {
      expect(encode(1n, { seconds: 0n })).toThrow(InvalidPolicyConfigError)
      expect(encode(1n, { seconds: 0n })).toThrow(/period.seconds must be 1..2\^48-1, got 0/)
      expect(encode(1n, { seconds: -5n })).toThrow(/period.seconds must be 1..2\^48-1, got -5/)
      expect(encode(1n, { seconds: 2n ** 48n })).toThrow(/period.seconds must be 1..2\^48-1/)
      expect(encode(1n, { seconds: 1.5 })).toThrow(/period.seconds must be an integer, got 1.5/)
      expect(encode(1n, { seconds: 60n, start: -1n })).toThrow(/period.start must be 0..2\^48-1, got -1/)
      expect(encode(1n, { seconds: 60n, start: 2n ** 48n })).toThrow(/period.start must be 0..2\^48-1/)
      expect(encode(1n, { seconds: 60n, start: Number.NaN })).toThrow(/period.start must be an integer/)
      expect(encode(0n, { seconds: 60n })).toThrow(/per period must be 1..2\^104-1, got 0/)
      expect(encode(MAX_PERIODIC_LIMIT + 1n, { seconds: 60n })).toThrow(/per period must be 1..2\^104-1/)
      // The edges themselves are accepted.
      expect(encode(MAX_PERIODIC_LIMIT, { seconds: 2n ** 48n - 1n, start: 2n ** 48n - 1n })).not.toThrow()
    }
    expect(MAX_PERIODIC_LIMIT).toBe(2n ** 104n - 1n)
    expect(spending(2n ** 104n, { seconds: 60n })).toThrow(
      `amount of ${getAddress(token)} per period must be 1..2^104-1`,
    )
    expect(value(2n ** 104n, { seconds: 60n })).toThrow(/Policy 'value-limit': limit per period/)
  })
  it('refuses token lists the contracts refuse (both kinds): more than 16, the zero address, a zero amount', () => {
    const tokens = Array.from({ length: 17 }, (_, i) => ({ token: toHex(i + 1, { size: 20 }), amount: 1n }))
    for (const period of [undefined, { seconds: 60n }]) {
      expect(() => encodeSpendingLimitsPolicy({ type: 'spending-limits', limits: tokens, period }, { now })).toThrow(
        /at most 16 tokens, got 17/,
      )
      expect(() =>
        encodeSpendingLimitsPolicy({ type: 'spending-limits', limits: tokens.slice(0, 16), period }, { now }),
      ).not.toThrow()
      const zero = [{ token: toHex(0, { size: 20 }), amount: 1n }]
      expect(() => encodeSpendingLimitsPolicy({ type: 'spending-limits', limits: zero, period }, { now })).toThrow(
        /zero address/,
      )
      const none = [{ token, amount: 0n }]
      expect(() => encodeSpendingLimitsPolicy({ type: 'spending-limits', limits: none, period }, { now })).toThrow(
        /amount of 0x5FbDB2315678afecb367f032d93F642f64180aa3 .*got 0/,
      )
    }
  })
})

describe('toSession (declarative shape → wire-format Session, the seed defaults)', () => {
  it('one ECDSA key, no actions → the fallback action with sudo, the default fee budget at session level', () => {
    const session = toSession({ owners: { type: 'ecdsa', accounts: [key] } }, deployment)
    expect(session.sessionValidator).toBe(deployment.ECDSASessionValidator)
    expect(session.sessionValidatorInitData).toBe(key.toLowerCase())
    expect(session.salt).toBe(toHex(0n, { size: 32 }))
    expect(session.userOpPolicies).toEqual([defaultFeePolicy])
    expect(session.actions).toEqual([
      {
        actionTarget: FALLBACK_TARGET,
        actionTargetSelector: FALLBACK_SELECTOR,
        actionPolicies: [{ policy: deployment.SudoPolicy, initData: '0x' }],
      },
    ])
    expect(session.permitERC4337Paymaster).toBe(false)
  })
  it('actions given → exactly those (no fallback added); an action without policies gets sudo', () => {
    const session = toSession(
      {
        owners: { type: 'ecdsa', accounts: [{ address: key }] },
        actions: [
          { target: token, selector: transfer },
          { target: token, selector: '0x095ea7b3', policies: [{ type: 'usage-limit', limit: 2n }] },
        ],
        policies: [{ type: 'time-frame', validUntil: 100n }],
      },
      deployment,
      { now: () => 0n },
    )
    expect(session.actions.map((action) => action.actionTargetSelector)).toEqual([transfer, '0x095ea7b3'])
    expect(session.actions[0]?.actionPolicies).toEqual([{ policy: deployment.SudoPolicy, initData: '0x' }])
    expect(session.actions[1]?.actionPolicies).toEqual([
      { policy: deployment.UsageLimitPolicy, initData: toHex(2n, { size: 16 }) },
    ])
    expect(session.userOpPolicies).toEqual([
      { policy: deployment.TimeFramePolicy, initData: encodePacked(['uint48', 'uint48'], [100, 0]) },
      defaultFeePolicy,
    ])
  })
  it('several keys or a threshold → MultisigSessionValidator with abi.encode(threshold, sorted owners)', () => {
    const session = toSession({ owners: { type: 'ecdsa', accounts: [key2, key], threshold: 1 } }, deployment)
    expect(session.sessionValidator).toBe(deployment.MultisigSessionValidator)
    const sorted = BigInt(key) < BigInt(key2) ? [key, key2] : [key2, key]
    expect(session.sessionValidatorInitData).toBe(
      encodeAbiParameters(parseAbiParameters('uint256, address[]'), [1n, sorted]),
    )
    const all = toSession({ owners: { type: 'ecdsa', accounts: [key, key2] } }, deployment)
    expect(decodeAbiParameters(parseAbiParameters('uint256, address[]'), all.sessionValidatorInitData)[0]).toBe(2n)
  })
  it('a policy address override wins over the deployment', () => {
    const custom: Address = '0x00000000000000000000000000000000000000c0'
    const session = toSession(
      { owners: { type: 'ecdsa', accounts: [key] }, actions: [{ policies: [{ type: 'sudo', address: custom }] }] },
      deployment,
    )
    expect(session.actions[0]?.actionPolicies[0]?.policy).toBe(custom)
  })
  it('refuses bad input with a precise error', () => {
    const owners = { type: 'ecdsa', accounts: [key] } as const
    expect(() => toSession({ owners: { type: 'ecdsa', accounts: [] } }, deployment)).toThrow(InvalidSessionError)
    expect(() => toSession({ owners: { type: 'ecdsa', accounts: [key, key] } }, deployment)).toThrow(/duplicates/)
    expect(() => toSession({ owners: { type: 'ecdsa', accounts: [key], threshold: 2 } }, deployment)).toThrow(
      /threshold/,
    )
    expect(() => toSession({ owners, actions: [{ target: token, selector: '0x1234' }] }, deployment)).toThrow(/4 bytes/)
    expect(() =>
      toSession(
        {
          owners,
          actions: [
            { target: token, selector: transfer },
            { target: token, selector: transfer },
          ],
        },
        deployment,
      ),
    ).toThrow(/twice/)
    expect(() =>
      toSession({ owners, policies: [{ type: 'spending-limits', limits: [{ token, amount: 1n }] }] }, deployment),
    ).toThrow(/SpendingLimitPolicy cannot be used at session level/)
    expect(() =>
      toSession({ owners, erc1271: { policies: [{ type: 'value-limit', limit: 1n }] } }, deployment),
    ).toThrow(/ValueLimitPolicy cannot be used at ERC-1271 level/)
    expect(() =>
      toSession({ owners, actions: [{ policies: [{ type: 'sudo' }, { type: 'sudo' }] }] }, deployment),
    ).toThrow(/twice/)
    expect(() => toSession({ owners }, { ECDSASessionValidator: key })).toThrow(MissingDeploymentError)
    expect(() => toSession({ owners, salt: '0x01' }, deployment)).toThrow(/salt/)
  })
})

describe('fee budget (FeeLimitPolicy at session level)', () => {
  const owners = { type: 'ecdsa', accounts: [key] } as const
  const feeInitData = (perOp: bigint, total: bigint) =>
    encodeAbiParameters(parseAbiParameters('uint256, uint256'), [perOp, total])
  it('fee-limit = abi.encode(uint256 maxCostPerOp, uint256 totalLimit)', () => {
    expect(encodeFeeLimitPolicy({ type: 'fee-limit', perOp: 5n, total: 7n })).toBe(feeInitData(5n, 7n))
    expect(encodeFeeLimitPolicy({ type: 'fee-limit', perOp: 0n, total: 2n ** 256n - 1n })).toBe(
      feeInitData(0n, 2n ** 256n - 1n),
    )
    expect(policyContractScopes.FeeLimitPolicy).toEqual({ userOp: true, action: false, erc1271: false })
  })
  it('refuses amounts the contract cannot take, before anything is sent', () => {
    const encode = (perOp: unknown, total: unknown) => () =>
      encodeFeeLimitPolicy({ type: 'fee-limit', perOp, total } as { type: 'fee-limit'; perOp: bigint; total: bigint })
    expect(encode(-1n, 1n)).toThrow(InvalidPolicyConfigError)
    expect(encode(-1n, 1n)).toThrow(/Policy 'fee-limit': perOp must be a bigint amount of wei/)
    expect(encode(1n, 2n ** 256n)).toThrow(/total must be a bigint amount of wei/)
    expect(encode(1, 1n)).toThrow(/perOp must be a bigint/)
    expect(() =>
      toSession({ owners, actions: [{ policies: [{ type: 'fee-limit', perOp: 1n, total: 1n }] }] }, deployment),
    ).toThrow(/FeeLimitPolicy cannot be used at action level/)
  })
  it('every session gets the documented default budget: 0.01 ETH per op, 0.1 ETH in total', () => {
    expect(DEFAULT_FEE_PER_OP).toBe(parseEther('0.01'))
    expect(DEFAULT_FEE_TOTAL).toBe(parseEther('0.1'))
    const session = toSession({ owners, policies: [{ type: 'usage-limit', limit: 3n }] }, deployment)
    expect(session.userOpPolicies).toEqual([
      { policy: deployment.UsageLimitPolicy, initData: toHex(3n, { size: 16 }) },
      { policy: deployment.FeeLimitPolicy, initData: feeInitData(DEFAULT_FEE_PER_OP, DEFAULT_FEE_TOTAL) },
    ])
    expect(session.permitERC4337Paymaster).toBe(false)
  })
  it("fees overrides it: { perOp, total }, 'sponsored' (paymaster only), 'unlimited' (no fee policy)", () => {
    const custom = toSession({ owners, fees: { perOp: 10n ** 15n, total: 10n ** 16n } }, deployment)
    expect(custom.userOpPolicies).toEqual([
      { policy: deployment.FeeLimitPolicy, initData: feeInitData(10n ** 15n, 10n ** 16n) },
    ])
    const sponsored = toSession({ owners, fees: 'sponsored' }, deployment)
    expect(sponsored.userOpPolicies).toEqual([{ policy: deployment.FeeLimitPolicy, initData: feeInitData(0n, 0n) }])
    expect(sponsored.permitERC4337Paymaster).toBe(true)
    expect(() => toSession({ owners, fees: 'sponsored', permitERC4337Paymaster: false }, deployment)).toThrow(
      /fees 'sponsored' needs a paymaster/,
    )
    expect(toSession({ owners, fees: 'unlimited' }, deployment).userOpPolicies).toEqual([])
    expect(() => toSession({ owners, fees: { perOp: -1n, total: 1n } }, deployment)).toThrow(InvalidPolicyConfigError)
    expect(() => toSession({ owners, fees: 'free' as 'unlimited' }, deployment)).toThrow(/unknown fees free/)
  })
  it("a 'fee-limit' policy given explicitly replaces the default; given with fees it is refused", () => {
    const policy = { type: 'fee-limit', perOp: 1n, total: 2n } as const
    expect(toSession({ owners, policies: [policy] }, deployment).userOpPolicies).toEqual([
      { policy: deployment.FeeLimitPolicy, initData: feeInitData(1n, 2n) },
    ])
    expect(() => toSession({ owners, policies: [policy], fees: 'unlimited' }, deployment)).toThrow(
      /in fees or as a 'fee-limit' policy, not both/,
    )
  })
})

describe('ids (wire format formulas)', () => {
  const session = toSession({ owners: { type: 'ecdsa', accounts: [key] }, salt: toHex(7n, { size: 32 }) }, deployment)
  it('permissionId = keccak256(abi.encode(validator, initData, salt))', () => {
    expect(toPermissionId(session)).toBe(
      keccak256(
        encodeAbiParameters(parseAbiParameters('address, bytes, bytes32'), [
          session.sessionValidator,
          session.sessionValidatorInitData,
          session.salt,
        ]),
      ),
    )
  })
  it('actionId = keccak256(abi.encodePacked(target, selector)); configId = keccak256(account ‖ pid ‖ scope)', () => {
    expect(toActionId(token, transfer)).toBe(keccak256(concat([token, transfer])))
    const pid = toPermissionId(session)
    expect(toConfigId(key, pid, toHex(1n, { size: 32 }))).toBe(keccak256(concat([key, pid, toHex(1n, { size: 32 })])))
  })
})

/** EIP-712 encodeType: the primary type, then every referenced struct type sorted by name. */
function encodeType(primary: keyof typeof enableTypes): string {
  const found = new Set<string>()
  const visit = (name: string) => {
    for (const field of enableTypes[name as keyof typeof enableTypes]) {
      const base = field.type.replace(/\[\]$/, '')
      if (base in enableTypes && !found.has(base) && base !== primary) {
        found.add(base)
        visit(base)
      }
    }
  }
  visit(primary)
  const format = (name: string) =>
    `${name}(${enableTypes[name as keyof typeof enableTypes].map((field) => `${field.type} ${field.name}`).join(',')})`
  return [primary, ...[...found].sort()].map(format).join('')
}

describe('enable typed data (docs/wire-format.md)', () => {
  const specHashes: Record<keyof typeof enableTypes, Hex> = {
    PolicyData: '0xdddac12cd8b10a071bea04226e97ac9490698394e19224abc47a5cfeeeb6ee97',
    ActionData: '0x35809859dccf8877c407a59527c2f00fb81ca9c198ebcb0c832c3deaa38d3502',
    ERC7739Context: '0x006166b2b3a1edaf1da1ce02715d02d4979a4ab93755bff9ec054b0e6a96a1da',
    ERC7739Data: '0xdfd9b5718eebaa2484740b4ea6939e96189024c15848f16ccce901118114e152',
    SignedSession: '0xd44896e3cb83d70abc949a38dd6f9f75e675dc329dfe958617f066f79ff88f05',
    SignedPermissions: '0x871289c05e426554eb0f843c9aa542f9c2bc4eba7742ada6a5c014d3568674d4',
    ChainSession: '0x1ea7e4bc398fa0ccd68d92b5d8931a3fd93eebe1cf0391b4ba28935801af7c80',
    MultiChainSession: '0x0c9d02fb89a1da34d66ea2088dc9ee6a58efee71cef6f1bb849ed74fc6003d98',
  }
  for (const [name, hash] of Object.entries(specHashes)) {
    it(`typeHash(${name}) equals the wire-format table`, () => {
      expect(keccak256(toHex(encodeType(name as keyof typeof enableTypes)))).toBe(hash)
    })
  }
  it('the domain {name:"SmartSession", version:"1"} has the wire-format separator', () => {
    expect(domainSeparator({ domain: enableDomain })).toBe(
      '0x057501e891776d1482927e5f094ae44049a4d893ba2d7b334dd7db8d38d3a0e1',
    )
  })

  const session = toSession(
    { owners: { type: 'ecdsa', accounts: [key] }, actions: [{ target: token, selector: transfer }] },
    deployment,
  )
  const chains = [
    { chainId: 1, account: key2, smartSession: deployment.SmartSession as Address, nonce: 0n },
    { chainId: 8453, account: key2, smartSession: deployment.SmartSession as Address, nonce: 3n },
  ]
  it('the multichain digest hashes each chain from its sessionDigest (what one chain can recompute)', () => {
    const chainSessionType = specHashes.ChainSession
    const chainHashes = chains.map((chain) =>
      keccak256(
        encodeAbiParameters(parseAbiParameters('bytes32, uint64, bytes32'), [
          chainSessionType,
          BigInt(chain.chainId),
          toSessionDigest(session, chain),
        ]),
      ),
    )
    const multi = keccak256(
      encodeAbiParameters(parseAbiParameters('bytes32, bytes32'), [
        specHashes.MultiChainSession,
        keccak256(concat(chainHashes)),
      ]),
    )
    const expected = keccak256(concat(['0x1901', domainSeparator({ domain: enableDomain }), multi]))
    expect(toEnableDigest(session, chains)).toBe(expected)
    const typed = toEnableTypedData(session, chains)
    expect(hashStruct({ ...typed, data: typed.message })).toBe(multi)
  })
  it('the nonce, account and mode change the session digest', () => {
    const [first] = chains as [(typeof chains)[number]]
    const digest = toSessionDigest(session, first)
    expect(toSessionDigest(session, { ...first, nonce: 1n })).not.toBe(digest)
    expect(toSessionDigest(session, { ...first, account: key })).not.toBe(digest)
    expect(toSessionDigest(session, first, 2)).not.toBe(digest)
  })
  it('the ENABLE signature = mode ‖ flzCompress(abi.encode(EnableSession, sig)), and decompresses back', () => {
    const enableSession = toEnableSession({ session, chains, chainIndex: 1, permissionEnableSig: '0x1234' })
    expect(enableSession.chainDigestIndex).toBe(1)
    expect(enableSession.hashesAndChainIds[1]).toEqual({
      chainId: 8453n,
      sessionDigest: toSessionDigest(session, chains[1] as never),
    })
    const sig: Hex = `0x${'ab'.repeat(65)}`
    const signature = encodeEnableSignature(enableSession, sig)
    expect(signature.slice(0, 4)).toBe('0x01')
    expect(flzDecompress(`0x${signature.slice(4)}`)).toBe(encodeEnableSessionData(enableSession, sig))
    expect(encodeEnableSignature(enableSession, sig, 2).slice(0, 4)).toBe('0x02')
    expect(() => toEnableSession({ session, chains, chainIndex: 2, permissionEnableSig: '0x' })).toThrow(
      InvalidSessionError,
    )
  })
})

describe('FastLZ (solady LibZip format)', () => {
  const samples: Hex[] = ['0x', '0x00', '0x0102030405', `0x${'00'.repeat(1000)}`, `0x${'abcdef'.repeat(700)}`]
  let seed = 42
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed
  }
  for (let i = 0; i < 40; i++) {
    const length = random() % 3000
    // Mostly small alphabets and zero runs, like ABI data.
    const bytes = Array.from({ length }, () => (random() % 4 === 0 ? random() % 256 : random() % 3))
    samples.push(toHex(Uint8Array.from(bytes)))
  }
  it('produces exactly solady JS LibZip.flzCompress output', () => {
    for (const sample of samples) expect(flzCompress(sample)).toBe(LibZip.flzCompress(sample))
  })
  it('round-trips through our decompressor and solady’s', () => {
    for (const sample of samples) {
      const compressed = flzCompress(sample)
      expect(flzDecompress(compressed)).toBe(sample)
      expect(LibZip.flzDecompress(compressed)).toBe(sample)
    }
  })
})

describe('signatures, install data, execute', () => {
  const pid = keccak256('0x01')
  it('USE = 0x00 ‖ permissionId ‖ sig, decoded back', () => {
    const sig = `0x${'cd'.repeat(65)}` as Hex
    const encoded = encodeUseSignature(pid, sig)
    expect(encoded).toBe(concat(['0x00', pid, sig]))
    expect(decodeUseSignature(encoded)).toEqual({ permissionId: pid, sessionSignature: sig })
    expect(() => encodeUseSignature('0x01', sig)).toThrow(InvalidSessionError)
    expect(() => decodeUseSignature(concat(['0x01', pid]))).toThrow(InvalidSessionError)
  })
  it('install data = uint8 mode ‖ abi.encode(Session[]) (empty without sessions)', () => {
    const session = toSession({ owners: { type: 'ecdsa', accounts: [key] } }, deployment)
    expect(encodeInstallData([])).toBe('0x')
    const data = encodeInstallData([session])
    expect(data.slice(0, 4)).toBe('0x01')
    const sessionsParameter = smartSessionAbi.find((item) => item.type === 'function' && item.name === 'enableSessions')
    if (sessionsParameter?.type !== 'function') throw new Error('enableSessions missing')
    const [decoded] = decodeAbiParameters(sessionsParameter.inputs, `0x${data.slice(4)}`)
    expect(decoded).toEqual([session])
  })
  it('execute: single = abi.encodePacked(target, value, data); batch = abi.encode(Execution[])', () => {
    const single = encodeExecute([{ to: token, data: transfer }])
    expect(single.slice(0, 10)).toBe('0xe9ae5c53')
    expect(single).toContain(
      concat([token, toHex(0n, { size: 32 }), transfer])
        .slice(2)
        .toLowerCase(),
    )
    const batch = encodeExecute([
      { to: token, data: transfer },
      { to: key, value: 1n },
    ])
    expect(batch.slice(10, 12)).toBe('01')
  })
})

describe('readable errors', () => {
  const sudo = deployment.SudoPolicy as Address
  const book = deployment as Record<string, Address>
  it('names the refusing policy and decodes the inner reason of PolicyReverted inside FailedOpWithRevert', () => {
    const inner = encodeErrorResult({ abi: smartSessionAbi, errorName: 'SessionNotEnabled', args: [pid()] })
    const policyReverted = encodeErrorResult({
      abi: smartSessionAbi,
      errorName: 'PolicyReverted',
      args: [pid(), sudo, inner],
    })
    const failed = encodeErrorResult({
      abi: entryPoint08Abi,
      errorName: 'FailedOpWithRevert',
      args: [0n, 'AA23 reverted', policyReverted],
    })
    const revert = decodeRevert(failed, book)
    expect(revert.name).toBe('FailedOpWithRevert')
    expect(revert.inner?.policy).toEqual({ address: sudo, name: 'SudoPolicy' })
    expect(describeRevert(revert)).toBe(
      `EntryPoint refused the user operation (AA23 reverted): SudoPolicy refused: SessionNotEnabled(${pid()})`,
    )
    const error = toSessionOperationError({ cause: { data: failed } }, book)
    expect(error).toBeInstanceOf(SessionOperationError)
    expect((error as SessionOperationError).policy).toBe('SudoPolicy')
    expect((error as SessionOperationError).reason.name).toBe('SessionNotEnabled')
  })
  it('reads an AA reason out of a bundler message; leaves unrelated errors alone', () => {
    const error = toSessionOperationError(
      new Error('UserOperation reverted during simulation with reason: AA24 signature error'),
    )
    expect((error as SessionOperationError).message).toContain('AA24 signature error')
    const plain = new Error('network down')
    expect(toSessionOperationError(plain)).toBe(plain)
  })
  it('unknown revert data stays raw', () => {
    expect(decodeRevert('0xdeadbeef')).toMatchObject({ name: 'UnknownError', data: '0xdeadbeef' })
  })
})

function pid(): Hex {
  return keccak256('0x02')
}
