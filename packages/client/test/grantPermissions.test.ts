// ERC-7715 permission requests granted as sessions on anvil: each mapped request is installed on a fresh
// OpenZeppelin ERC-7579 account and used through the real EntryPoint (handleOps) — one op that passes and one
// that the session refuses. Types whose policies this client cannot encode exactly are refused before sending.
// After the ops, getSessionPermissions reads each session back in the request's own terms, with what is left.
import { type Address, encodeFunctionData, pad, parseAbi, parseEther, toFunctionSelector } from 'viem'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_FEE_PER_OP,
  DEFAULT_FEE_TOTAL,
  ERC20_TRANSFER_SELECTOR,
  requireAddress,
  toActionId,
} from '../src/encoding.js'
import {
  type Call,
  encodeRemoveSessionCall,
  getSessionPermissions,
  grantPermissionsToSession,
  type PermissionRequest,
  PermissionRequestError,
  SessionOperationError,
  toSession,
} from '../src/index.js'
import { mockErc20Abi, setupFixture } from './utils/fixture.js'

let f: Awaited<ReturnType<typeof setupFixture>>
let smartSession: Address
const recipient: Address = '0x000000000000000000000000000000000000c1c1'
const other: Address = '0x000000000000000000000000000000000000c2c2'
const transferAbi = parseAbi(['function transfer(address to, uint256 amount) returns (bool)'])

const transfer = (to: Address, amount: bigint): Call => ({
  to: f.token,
  data: encodeFunctionData({ abi: mockErc20Abi, functionName: 'transfer', args: [to, amount] }),
})
const tokenBalance = (who: Address) =>
  f.publicClient.readContract({ address: f.token, abi: mockErc20Abi, functionName: 'balanceOf', args: [who] })

/** Grants `permission` to the fixture's session key on a fresh account; returns a sender of session ops. */
async function grant(permission: PermissionRequest['permission']) {
  const { timestamp } = await f.publicClient.getBlock()
  const { session } = grantPermissionsToSession(
    {
      chainId: await f.publicClient.getChainId(),
      expiry: Number(timestamp) + 3600,
      to: f.sessionKey.address,
      permission,
    },
    f.deployment,
    { now: () => timestamp },
  )
  const { account, permissionId, send } = await f.installSession(session)
  /** The session as getSessionPermissions reads it back; `chainOnly`: without the granted session at hand. */
  const read = (chainOnly = false) =>
    getSessionPermissions(f.publicClient, {
      account,
      permissionId,
      deployment: f.deployment,
      abis: [transferAbi],
      session: chainOnly ? undefined : session,
    })
  return { account, send, read, start: timestamp, expiry: timestamp + 3600n }
}

/** What every granted request reads back as besides its permission: the key, the expiry, nothing else. */
async function expectOnly(
  granted: Awaited<ReturnType<typeof grant>>,
  permission: Awaited<ReturnType<typeof getSessionPermissions>>['permissions'][number],
) {
  const read = await granted.read()
  expect(read).toMatchObject({
    chainId: await f.publicClient.getChainId(),
    account: granted.account,
    enabled: true,
    signer: { type: 'account', data: { address: f.sessionKey.address } },
    expiry: granted.expiry,
    // Every session gets the client's default fee budget.
    fees: { perOp: DEFAULT_FEE_PER_OP, total: DEFAULT_FEE_TOTAL },
    other: { actions: [], policies: [], erc1271Policies: [], paymasterPermitted: false },
  })
  expect(read.permissions).toEqual([permission])
  expect(read.fees?.spent).toBeGreaterThan(0n)
  expect(read.fees?.left).toBe(DEFAULT_FEE_TOTAL - (read.fees?.spent ?? 0n))
  return read
}

async function refusal(promise: Promise<unknown>): Promise<SessionOperationError> {
  const error = await promise.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(SessionOperationError)
  return error as SessionOperationError
}

beforeAll(async () => {
  f = await setupFixture(9)
  smartSession = requireAddress(f.deployment, 'SmartSession')
})

describe('ERC-7715 permissions as sessions on a local chain', () => {
  it('erc20-token-allowance: transfers up to the allowance pass; past it, or another function, refused', async () => {
    const granted = await grant({
      type: 'erc20-token-allowance',
      data: { tokenAddress: f.token, allowanceAmount: '0x3e8', justification: 'pay the invoice' },
    })
    const { send } = granted
    const before = await tokenBalance(recipient)
    expect((await send([transfer(recipient, 600n)])).success).toBe(true)
    expect(await tokenBalance(recipient)).toBe(before + 600n)
    const over = await refusal(send([transfer(recipient, 401n)]))
    expect(over.message).toContain('SpendingLimitPolicy: 0.000401 USDC asked, 0.0004 USDC left')
    const approve = await refusal(
      send([
        { to: f.token, data: encodeFunctionData({ abi: mockErc20Abi, functionName: 'approve', args: [other, 1n] }) },
      ]),
    )
    expect(approve.message).toContain('ActionNotPermitted')
    expect(await tokenBalance(recipient)).toBe(before + 600n)
    const read = await expectOnly(granted, {
      type: 'erc20-token-allowance',
      data: { tokenAddress: f.token, allowanceAmount: 1000n },
      left: 400n,
    })
    // The token's transfer action is named from its own spending limit: the chain alone tells it.
    expect(await granted.read(true)).toEqual(read)
  })

  it('native-token-allowance: plain ETH transfers up to the allowance; calldata or more ETH refused', async () => {
    const granted = await grant({
      type: 'native-token-allowance',
      data: { allowanceAmount: parseEther('1'), startTime: 1000 },
    })
    const { account, send } = granted
    await f.walletClient.sendTransaction({ to: account, value: parseEther('2') })
    const before = await f.publicClient.getBalance({ address: other })
    expect((await send([{ to: other, value: parseEther('0.75') }])).success).toBe(true)
    expect(await f.publicClient.getBalance({ address: other })).toBe(before + parseEther('0.75'))
    const over = await refusal(send([{ to: other, value: parseEther('0.5') }]))
    expect(over.message).toContain('ValueLimitPolicy: 0.5 ETH asked, 0.25')
    // A call with calldata is not a plain transfer: the call rule (calldata length 0) refuses it.
    const withData = await refusal(send([transfer(other, 1n)]))
    expect(withData.message).toContain('NoRuleGroupPassed')
    await expectOnly(granted, {
      type: 'native-token-allowance',
      data: { allowanceAmount: parseEther('1'), startTime: 1000n },
      left: parseEther('0.25'),
    })
  })

  it('erc20-token-periodic: at most periodAmount in the period (no carry-over); more refused', async () => {
    const granted = await grant({
      type: 'erc20-token-periodic',
      data: { tokenAddress: f.token, periodAmount: 500n, periodDuration: 86400 },
    })
    const { send } = granted
    const before = await tokenBalance(recipient)
    expect((await send([transfer(recipient, 300n)])).success).toBe(true)
    const over = await refusal(send([transfer(recipient, 201n)]))
    expect(over.message).toContain(
      'FixedWindowSpendingLimitPolicy: 201 token units asked, 200 token units left in this window',
    )
    expect((await send([transfer(recipient, 200n)])).success).toBe(true)
    expect(await tokenBalance(recipient)).toBe(before + 500n)
    // The claimPeriod action the fixed window needs is bookkeeping of the permission, not shown apart.
    await expectOnly(granted, {
      type: 'erc20-token-periodic',
      data: { tokenAddress: f.token, periodAmount: 500n, periodDuration: 86400n, startTime: granted.start },
      left: 0n,
      nextRefill: granted.start + 86400n,
    })
  })

  it('native-token-periodic: plain ETH transfers up to periodAmount in the period; more refused', async () => {
    const granted = await grant({
      type: 'native-token-periodic',
      data: { periodAmount: parseEther('0.5'), periodDuration: '0x15180' },
    })
    const { account, send } = granted
    await f.walletClient.sendTransaction({ to: account, value: parseEther('2') })
    const before = await f.publicClient.getBalance({ address: recipient })
    expect((await send([{ to: recipient, value: parseEther('0.5') }])).success).toBe(true)
    expect(await f.publicClient.getBalance({ address: recipient })).toBe(before + parseEther('0.5'))
    const over = await refusal(send([{ to: recipient, value: 1n }]))
    expect(over.message).toContain(
      'FixedWindowValueLimitPolicy: 0.000000000000000001 ETH asked, 0 ETH left in this window',
    )
    await expectOnly(granted, {
      type: 'native-token-periodic',
      data: { periodAmount: parseEther('0.5'), periodDuration: 86400n, startTime: granted.start },
      left: 0n,
      nextRefill: granted.start + 86400n,
    })
  })

  it('erc20-token-stream: the initial amount at once, never past maxAmount', async () => {
    const granted = await grant({
      type: 'erc20-token-stream',
      data: { tokenAddress: f.token, initialAmount: 100n, amountPerSecond: 1n, maxAmount: 150n },
    })
    const { send } = granted
    const before = await tokenBalance(recipient)
    expect((await send([transfer(recipient, 100n)])).success).toBe(true)
    expect(await tokenBalance(recipient)).toBe(before + 100n)
    await refusal(send([transfer(recipient, 51n)]))
    expect(await tokenBalance(recipient)).toBe(before + 100n)
    // Released by the latest block: 100 at the start plus 1 per second since, at most 150; 100 spent.
    const { readAt } = await granted.read()
    await expectOnly(granted, {
      type: 'erc20-token-stream',
      data: {
        tokenAddress: f.token,
        initialAmount: 100n,
        amountPerSecond: 1n,
        maxAmount: 150n,
        startTime: granted.start,
      },
      left: readAt - granted.start < 50n ? readAt - granted.start : 50n,
    })
  })

  it('native-token-stream: plain ETH transfers of the initial amount; past maxAmount refused', async () => {
    const granted = await grant({
      type: 'native-token-stream',
      data: { initialAmount: parseEther('0.1'), amountPerSecond: 1n },
    })
    const { account, send } = granted
    await f.walletClient.sendTransaction({ to: account, value: parseEther('1') })
    expect((await send([{ to: recipient, value: parseEther('0.1') }])).success).toBe(true)
    await refusal(send([{ to: recipient, value: parseEther('1') }]))
    // No maxAmount asked: none read back. The stream goes on growing by 1 wei a second.
    const { readAt } = await granted.read()
    await expectOnly(granted, {
      type: 'native-token-stream',
      data: { initialAmount: parseEther('0.1'), amountPerSecond: 1n, startTime: granted.start },
      left: readAt - granted.start,
    })
  })

  it('contract-call: rules on named arguments from the ABI; a call breaking them refused', async () => {
    const granted = await grant({
      type: 'contract-call',
      data: {
        target: f.token,
        abi: transferAbi,
        functionName: 'transfer',
        args: { to: { oneOf: [recipient, other] }, amount: { lessThanOrEqual: 100n, limit: 150n } },
      },
    })
    const { send } = granted
    const before = await tokenBalance(other)
    expect((await send([transfer(other, 100n)])).success).toBe(true)
    expect(await tokenBalance(other)).toBe(before + 100n)
    const stranger = await refusal(send([transfer('0x000000000000000000000000000000000000dead', 1n)]))
    expect(stranger.message).toContain('NoRuleGroupPassed')
    const pastLimit = await refusal(send([transfer(recipient, 51n)]))
    expect(pastLimit.message).toContain('NoRuleGroupPassed')
    expect((await send([transfer(recipient, 50n)])).success).toBe(true)
    // The rules as the contract holds them: words, the set sorted, the cumulative limit with what it used.
    await expectOnly(granted, {
      type: 'contract-call',
      data: {
        target: f.token,
        selector: ERC20_TRANSFER_SELECTOR,
        functionName: 'transfer',
        anyOf: [
          [
            { at: { offset: 0 }, condition: 'oneOf', values: [pad(recipient), pad(other)] },
            { at: { offset: 32 }, condition: 'lessThanOrEqual', value: pad('0x64'), limit: 150n },
          ],
        ],
        valueLimit: 0n,
      },
      used: [{ rule: 1, used: 150n }],
    })
  })

  it('getSessionPermissions: what has no ERC-7715 form is listed under other, with what is left; removed = none', async () => {
    const { timestamp } = await f.publicClient.getBlock()
    const approveSelector = toFunctionSelector('approve(address,uint256)')
    const session = toSession(
      {
        owners: { type: 'ecdsa', accounts: [f.sessionKey.address] },
        actions: [
          { target: f.token, selector: approveSelector, policies: [{ type: 'sudo' }] },
          {
            target: f.token,
            selector: ERC20_TRANSFER_SELECTOR,
            policies: [
              { type: 'spending-limits', limits: [{ token: f.token, amount: 70n }] },
              { type: 'usage-limit', limit: 3n },
            ],
          },
        ],
        policies: [
          { type: 'time-frame', validUntil: timestamp + 600n },
          { type: 'rate-limit', uses: 2n, period: { seconds: 3600n, start: timestamp } },
        ],
        erc1271: { policies: [{ type: 'sudo' }] },
        fees: 'unlimited',
      },
      f.deployment,
    )
    const { account, permissionId, send } = await f.installSession(session)
    expect((await send([transfer(recipient, 30n)])).success).toBe(true)
    const read = await getSessionPermissions(f.publicClient, {
      account,
      permissionId,
      deployment: f.deployment,
      session,
    })
    const policy = (name: string) => ({ address: requireAddress(f.deployment, name as never), name })
    expect(read).toMatchObject({ enabled: true, expiry: timestamp + 600n, fees: undefined, permissions: [] })
    // A transfer under two policies is narrower than any ERC-7715 type: shown as it is, not as an allowance.
    expect(read.other.actions).toEqual([
      {
        actionId: toActionId(f.token, approveSelector),
        target: f.token,
        selector: approveSelector,
        policies: [{ ...policy('SudoPolicy'), state: {} }],
      },
      {
        actionId: toActionId(f.token, ERC20_TRANSFER_SELECTOR),
        target: f.token,
        selector: ERC20_TRANSFER_SELECTOR,
        policies: [
          {
            ...policy('SpendingLimitPolicy'),
            state: { tokens: [{ token: f.token, limit: 70n, used: 30n, left: 40n }] },
          },
          { ...policy('UsageLimitPolicy'), state: { limit: 3n, used: 1n, left: 2n } },
        ],
      },
    ])
    // The rate limit's claimPeriod action is its bookkeeping: only the policy shows, one of its two uses taken.
    expect(read.other.policies).toEqual([
      {
        ...policy('RateLimitPolicy'),
        state: {
          usesPerPeriod: 2n,
          used: 1n,
          period: 3600n,
          start: timestamp,
          left: 1n,
          nextRefill: timestamp + 3600n,
          carryOver: false,
        },
      },
    ])
    expect(read.other.erc1271Policies).toEqual([{ ...policy('SudoPolicy'), state: {} }])

    await f.ownerCalls([encodeRemoveSessionCall({ smartSession, permissionId })], account)
    const removed = await getSessionPermissions(f.publicClient, { account, permissionId, deployment: f.deployment })
    expect(removed).toMatchObject({ enabled: false, permissions: [], other: { actions: [], policies: [] } })
  })

  it('an unknown type is refused before sending', async () => {
    const request = (permission: unknown) =>
      grantPermissionsToSession(
        { chainId: 31337, to: f.sessionKey.address, permission: permission as PermissionRequest['permission'] },
        f.deployment,
      )
    expect(() => request({ type: 'erc721-token-allowance', data: {} })).toThrow(PermissionRequestError)
  })
})
