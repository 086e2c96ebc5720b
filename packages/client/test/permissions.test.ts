// Pure mappings: call rules from an ABI and named arguments (toCallRulesPolicy, encodeCallRulesPolicy), and
// ERC-7715 permission requests onto sessions (toPermissionSessionConfig, grantPermissionsToSession).
import { callRulesPolicyAbi } from '@smart-sessions/bindings'
import { type Address, decodeAbiParameters, getAbiItem, pad, parseAbi, zeroAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import { encodeCallRulesPolicy, toCallRulesPolicy } from '../src/encoding.js'
import {
  type Deployment,
  grantPermissionsToSession,
  InvalidPolicyConfigError,
  type PermissionRequest,
  PermissionRequestError,
  permissionTypes,
  toPermissionSessionConfig,
} from '../src/index.js'

const usdc: Address = '0x1c7D4B196Cb0C7B01d743Fbc6116a902379C7238'
const weth: Address = '0x00000000000000000000000000000000000000e7'
const account: Address = '0x00000000000000000000000000000000000000ac'
const sessionKey: Address = '0x00000000000000000000000000000000000005e5'
const router: Address = '0x0000000000000000000000000000000000000f00'

const routerAbi = parseAbi([
  'function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
  'struct ExactInputParams { bytes path; address recipient; uint256 amountIn; uint256 amountOutMinimum; }',
  'function exactInput(ExactInputParams params)',
  'struct Single { address tokenIn; address tokenOut; uint24 fee; address recipient; }',
  'function exactInputSingle(uint256 deadline, Single params)',
  'function multicall(bytes[] data)',
  'function signed(int256 delta)',
])

const [valueLimitOutput, rulesOutput, valuesOutput] = getAbiItem({
  abi: callRulesPolicyAbi,
  name: 'getCallRules',
}).outputs
const decode = (initData: `0x${string}`) =>
  decodeAbiParameters([valueLimitOutput, rulesOutput, valuesOutput] as const, initData)
const word = (a: Address) => pad(a.toLowerCase() as `0x${string}`, { size: 32 })

describe('toCallRulesPolicy: rules from an ABI and named arguments', () => {
  it('path[0] == USDC and to == account: an array element and a head word', () => {
    const config = toCallRulesPolicy({
      abi: routerAbi,
      functionName: 'swapExactTokensForTokens',
      args: { path: { index: 0, equals: usdc }, to: account, amountIn: { lessThanOrEqual: 500n, limit: 1000n } },
    })
    expect(config.anyOf).toEqual([
      [
        { at: { offset: 0 }, condition: 'lessThanOrEqual', value: pad('0x01f4', { size: 32 }), limit: 1000n },
        { at: { offset: 64, element: 0 }, condition: 'equal', value: word(usdc) },
        { at: { offset: 96 }, condition: 'equal', value: word(account) },
      ],
    ])
    const [valueLimit, rules, values] = decode(encodeCallRulesPolicy(config))
    expect(valueLimit).toBe(0n)
    expect(rules).toEqual([
      { group: 0, condition: 4, location: 0, offset: 0, index: 0, valueCount: 1, isLimited: true, limit: 1000n },
      { group: 0, condition: 0, location: 1, offset: 64, index: 0, valueCount: 1, isLimited: false, limit: 0n },
      { group: 0, condition: 0, location: 0, offset: 96, index: 0, valueCount: 1, isLimited: false, limit: 0n },
    ])
    expect(values).toEqual([pad('0x01f4', { size: 32 }), word(usdc), word(account)])
  })

  it('alternatives, oneOf (sorted, deduplicated), array length, static and dynamic tuple fields', () => {
    const config = toCallRulesPolicy({
      abi: routerAbi,
      functionName: 'swapExactTokensForTokens',
      anyOf: [
        {
          path: [
            { index: 0, oneOf: [weth, usdc, weth] },
            { length: true, equals: 2 },
          ],
        },
        { to: { notEqual: zeroAddress } },
      ],
      valueLimitPerUse: 5n,
    })
    const [valueLimit, rules, values] = decode(encodeCallRulesPolicy(config))
    expect(valueLimit).toBe(5n)
    expect(rules.map((r) => [r.group, r.condition, r.location, r.offset, r.index, r.valueCount])).toEqual([
      [0, 7, 1, 64, 0, 2],
      [0, 0, 2, 64, 0, 1],
      [1, 5, 0, 96, 0, 1],
    ])
    expect(values.slice(0, 2)).toEqual([word(weth), word(usdc)].sort())
    // exactInput(ExactInputParams) is a dynamic tuple: its recipient is word 1 of the tuple's tail.
    const dynamicTuple = toCallRulesPolicy({
      abi: routerAbi,
      functionName: 'exactInput',
      args: { params: { recipient: account } },
    })
    expect(dynamicTuple.anyOf[0]).toEqual([
      { at: { offset: 0, tailWord: 1 }, condition: 'equal', value: word(account) },
    ])
    // exactInputSingle(uint256, Single): a static tuple is inline, its recipient at 32 + 96.
    const staticTuple = toCallRulesPolicy({
      abi: routerAbi,
      functionName: 'exactInputSingle',
      args: { params: { recipient: account, fee: { inRange: [100, 3000] } } },
    })
    expect(staticTuple.anyOf[0]).toEqual([
      { at: { offset: 96 }, condition: 'inRange', min: 100n, max: 3000n },
      { at: { offset: 128 }, condition: 'equal', value: word(account) },
    ])
  })

  it('refuses what it cannot express, with a typed error', () => {
    const refuse = (run: () => unknown, message: RegExp) => {
      expect(run).toThrow(InvalidPolicyConfigError)
      expect(run).toThrow(message)
    }
    refuse(
      () => toCallRulesPolicy({ abi: routerAbi, functionName: 'swapExactTokensForTokens', args: { nope: 1 } as never }),
      /no argument nope/,
    )
    refuse(
      () =>
        toCallRulesPolicy({
          abi: routerAbi,
          functionName: 'multicall',
          args: { data: { index: 0, equals: '0x' } } as never,
        }),
      /32-byte elements/,
    )
    refuse(
      () =>
        toCallRulesPolicy({ abi: routerAbi, functionName: 'exactInput', args: { params: { path: '0x12' } } as never }),
      /rules apply to words/,
    )
    refuse(
      () => toCallRulesPolicy({ abi: routerAbi, functionName: 'signed', args: { delta: { lessThan: 5n } } }),
      /signed/,
    )
    refuse(
      () =>
        toCallRulesPolicy({
          abi: routerAbi,
          functionName: 'swapExactTokensForTokens',
          args: { to: 'not an address' as Address },
        }),
      /not a address/,
    )
    refuse(() => toCallRulesPolicy({ abi: routerAbi, functionName: 'swapExactTokensForTokens', args: {} }), /no rule/)
    refuse(() => encodeCallRulesPolicy({ type: 'call-rules', anyOf: [[]] }), /no rule/)
    refuse(() => encodeCallRulesPolicy({ type: 'call-rules', anyOf: [] }), /groups/)
  })
})

const base = { chainId: 31337, expiry: 2_000_000_000, to: sessionKey } as const
const NOW = 1_900_000_000n

describe('toPermissionSessionConfig: ERC-7715 requests onto sessions', () => {
  it('erc20-token-allowance: transfer on the token only, the allowance as a spending limit, expiry as the time frame', () => {
    const { chainId, config } = toPermissionSessionConfig(
      {
        ...base,
        permission: {
          type: 'erc20-token-allowance',
          data: { tokenAddress: usdc, allowanceAmount: '0x3e8', justification: 'pay' },
        },
      },
      NOW,
    )
    expect(chainId).toBe(31337)
    expect(config.owners).toEqual({ type: 'ecdsa', accounts: [sessionKey] })
    expect(config.actions).toEqual([
      {
        target: usdc,
        selector: '0xa9059cbb',
        policies: [{ type: 'spending-limits', limits: [{ token: usdc, amount: 1000n }] }],
      },
    ])
    expect(config.policies).toEqual([{ type: 'time-frame', validUntil: 2_000_000_000n, validAfter: undefined }])
  })

  it('periodic types have no carry-over and start at startTime; streams take their fields', () => {
    const periodic = toPermissionSessionConfig(
      {
        ...base,
        permission: {
          type: 'erc20-token-periodic',
          data: { tokenAddress: usdc, periodAmount: 10n, periodDuration: 86400, startTime: 1_950_000_000 },
        },
      },
      NOW,
    )
    expect(periodic.config.actions[0]?.policies).toEqual([
      {
        type: 'spending-limits',
        limits: [{ token: usdc, amount: 10n }],
        period: { seconds: 86400n, start: 1_950_000_000n, carryOver: false },
      },
    ])
    expect(periodic.config.policies).toEqual([
      { type: 'time-frame', validUntil: 2_000_000_000n, validAfter: 1_949_999_999n },
    ])
    const native = toPermissionSessionConfig(
      {
        ...base,
        signer: undefined,
        permission: { type: 'native-token-periodic', data: { periodAmount: 7n, periodDuration: 3600 } },
      },
      NOW,
    )
    expect(native.config.actions[0]?.target).toBeUndefined()
    expect(native.config.actions[0]?.policies).toEqual([
      {
        type: 'call-rules',
        anyOf: [[{ at: { calldataLength: true }, condition: 'equal', value: 0n }]],
        valueLimitPerUse: 2n ** 256n - 1n,
      },
      { type: 'value-limit', limit: 7n, period: { seconds: 3600n, start: NOW, carryOver: false } },
    ])
    const stream = toPermissionSessionConfig(
      {
        ...base,
        permission: { type: 'erc20-token-stream', data: { tokenAddress: usdc, amountPerSecond: 2n, maxAmount: 100n } },
      },
      NOW,
    )
    expect(stream.config.actions[0]?.policies).toEqual([
      { type: 'token-stream', token: usdc, initialAmount: 0n, amountPerSecond: 2n, maxAmount: 100n, start: NOW },
    ])
    const nativeStream = toPermissionSessionConfig(
      { ...base, permission: { type: 'native-token-stream', data: { initialAmount: 1n, amountPerSecond: 2n } } },
      NOW,
    )
    expect(nativeStream.config.actions[0]?.policies[1]).toEqual({
      type: 'native-stream',
      initialAmount: 1n,
      amountPerSecond: 2n,
      maxAmount: 2n ** 128n - 1n,
      start: NOW,
    })
  })

  it('signer.account is the grantee; contract-call maps onto call rules', () => {
    const { config } = toPermissionSessionConfig(
      {
        chainId: '0x7a69',
        signer: { type: 'account', data: { address: sessionKey } },
        permission: {
          type: 'contract-call',
          data: {
            target: router,
            abi: routerAbi,
            functionName: 'swapExactTokensForTokens',
            args: { path: { index: 0, equals: usdc }, to: account },
          },
        },
      },
      NOW,
    )
    expect(config.owners.accounts).toEqual([sessionKey])
    expect(config.actions[0]).toMatchObject({ target: router, selector: '0x38ed1739' })
    expect(config.actions[0]?.policies[0]).toMatchObject({ type: 'call-rules', valueLimitPerUse: 0n })
    expect(config.policies).toEqual([])
  })

  it('refuses unknown types, unknown fields and values it cannot honour, naming them', () => {
    const refuse = (request: unknown, kind: string, path: string) => {
      const error = (() => {
        try {
          toPermissionSessionConfig(request as PermissionRequest, NOW)
        } catch (e) {
          return e
        }
      })()
      expect(error).toBeInstanceOf(PermissionRequestError)
      expect(error).toMatchObject({ kind, path })
    }
    refuse({ ...base, permission: { type: 'erc721-token-allowance', data: {} } }, 'unknown-type', 'permission.type')
    refuse(
      { ...base, permission: { type: 'native-token-allowance', data: { allowanceAmount: 1n, recipient: account } } },
      'unknown-field',
      'permission.data.recipient',
    )
    refuse(
      { ...base, rules: [], permission: { type: 'native-token-allowance', data: { allowanceAmount: 1n } } },
      'unknown-field',
      'request.rules',
    )
    refuse(
      { ...base, permission: { type: 'native-token-allowance', data: {} } },
      'invalid-value',
      'permission.data.allowanceAmount',
    )
    refuse(
      { ...base, permission: { type: 'native-token-allowance', data: { allowanceAmount: -1n } } },
      'invalid-value',
      'permission.data.allowanceAmount',
    )
    refuse(
      { ...base, permission: { type: 'native-token-periodic', data: { periodAmount: 1n, periodDuration: 0 } } },
      'invalid-value',
      'permission.data.periodDuration',
    )
    refuse(
      { ...base, expiry: 1, permission: { type: 'native-token-allowance', data: { allowanceAmount: 1n } } },
      'invalid-value',
      'expiry',
    )
    refuse(
      {
        ...base,
        to: undefined,
        signer: { type: 'keys', data: {} },
        permission: { type: 'native-token-allowance', data: { allowanceAmount: 1n } },
      },
      'unsupported',
      'signer.type',
    )
    refuse(
      { ...base, permission: { type: 'erc20-token-allowance', data: { tokenAddress: 'usdc', allowanceAmount: 1n } } },
      'invalid-value',
      'permission.data.tokenAddress',
    )
    expect(permissionTypes).toEqual([
      'native-token-allowance',
      'erc20-token-allowance',
      'native-token-periodic',
      'erc20-token-periodic',
      'native-token-stream',
      'erc20-token-stream',
      'contract-call',
    ])
  })

  it('grantPermissionsToSession encodes what this client encodes exactly, and refuses the rest', () => {
    const deployment = {
      SmartSession: '0x0000000000000000000000000000000000005555',
      ECDSASessionValidator: '0x0000000000000000000000000000000000000ec0',
      TimeFramePolicy: '0x0000000000000000000000000000000000000071',
      SpendingLimitPolicy: '0x0000000000000000000000000000000000000072',
      ValueLimitPolicy: '0x0000000000000000000000000000000000000073',
      CallRulesPolicy: '0x0000000000000000000000000000000000000074',
      PeriodicSpendingLimitPolicy: '0x0000000000000000000000000000000000000075',
      PeriodicValueLimitPolicy: '0x0000000000000000000000000000000000000076',
      FeeLimitPolicy: '0x0000000000000000000000000000000000000078',
    } as Deployment
    const { session } = grantPermissionsToSession(
      { ...base, permission: { type: 'native-token-allowance', data: { allowanceAmount: 5n } } },
      deployment,
    )
    expect(session.actions[0]?.actionPolicies.map((p) => p.policy)).toEqual([
      deployment.CallRulesPolicy,
      deployment.ValueLimitPolicy,
    ])
    expect(session.userOpPolicies.map((p) => p.policy)).toContain(deployment.TimeFramePolicy)
    // Periodic: the fixed-window contract (no carry-over), never the accrual one.
    const periodic = grantPermissionsToSession(
      {
        ...base,
        permission: {
          type: 'erc20-token-periodic',
          data: { tokenAddress: usdc, periodAmount: 1n, periodDuration: 60 },
        },
      },
      { ...deployment, FixedWindowSpendingLimitPolicy: '0x0000000000000000000000000000000000000077' } as Deployment,
    )
    expect(periodic.session.actions.map((a) => a.actionPolicies.map((p) => p.policy))).toContainEqual([
      '0x0000000000000000000000000000000000000077',
    ])
    // Streams: the streaming policies.
    const stream = grantPermissionsToSession(
      { ...base, permission: { type: 'native-token-stream', data: { amountPerSecond: 1n } } },
      { ...deployment, StreamingValueLimitPolicy: '0x0000000000000000000000000000000000000079' } as Deployment,
    )
    expect(stream.session.actions.flatMap((a) => a.actionPolicies.map((p) => p.policy))).toContain(
      '0x0000000000000000000000000000000000000079',
    )
  })
})
