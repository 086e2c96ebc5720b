// ERC-7715 permission requests granted as sessions on anvil: each mapped request is installed on a fresh
// OpenZeppelin ERC-7579 account and used through the real EntryPoint (handleOps) — one op that passes and one
// that the session refuses. Types whose policies this client cannot encode exactly are refused before sending.
import { type Address, encodeFunctionData, type Hex, parseAbi, parseEther } from 'viem'
import { beforeAll, describe, expect, it } from 'vitest'
import { requireAddress } from '../src/encoding.js'
import {
  type Call,
  encodeInstallCall,
  grantPermissionsToSession,
  type PermissionRequest,
  PermissionRequestError,
  SessionOperationError,
  sendUserOperationDirect,
  toPeriodClaimPolicies,
  toPermissionId,
  toSessionAccount,
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
  const account = await f.newAccount()
  const { session } = grantPermissionsToSession(
    {
      chainId: await f.publicClient.getChainId(),
      expiry: Number(timestamp) + 3600,
      to: f.sessionKey.address,
      permission,
    },
    f.deployment,
  )
  await f.ownerCalls([encodeInstallCall({ account, smartSession, sessions: [session] })], account)
  const permissionId: Hex = toPermissionId(session)
  const send = async (calls: readonly Call[]) =>
    sendUserOperationDirect(f.walletClient, {
      account: await toSessionAccount({
        client: f.publicClient,
        address: account,
        smartSession,
        permissionId,
        signers: [f.sessionKey],
        periodClaims: toPeriodClaimPolicies(session),
      }),
      calls,
    })
  return { account, send }
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
    const { send } = await grant({
      type: 'erc20-token-allowance',
      data: { tokenAddress: f.token, allowanceAmount: '0x3e8', justification: 'pay the invoice' },
    })
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
  })

  it('native-token-allowance: plain ETH transfers up to the allowance; calldata or more ETH refused', async () => {
    const { account, send } = await grant({
      type: 'native-token-allowance',
      data: { allowanceAmount: parseEther('1') },
    })
    await f.walletClient.sendTransaction({ to: account, value: parseEther('2') })
    const before = await f.publicClient.getBalance({ address: other })
    expect((await send([{ to: other, value: parseEther('0.75') }])).success).toBe(true)
    expect(await f.publicClient.getBalance({ address: other })).toBe(before + parseEther('0.75'))
    const over = await refusal(send([{ to: other, value: parseEther('0.5') }]))
    expect(over.message).toContain('ValueLimitPolicy: 0.5 ETH asked, 0.25')
    // A call with calldata is not a plain transfer: the call rule (calldata length 0) refuses it.
    const withData = await refusal(send([transfer(other, 1n)]))
    expect(withData.message).toContain('NoRuleGroupPassed')
  })

  it('erc20-token-periodic: at most periodAmount in the period (no carry-over); more refused', async () => {
    const { send } = await grant({
      type: 'erc20-token-periodic',
      data: { tokenAddress: f.token, periodAmount: 500n, periodDuration: 86400 },
    })
    const before = await tokenBalance(recipient)
    expect((await send([transfer(recipient, 300n)])).success).toBe(true)
    const over = await refusal(send([transfer(recipient, 201n)]))
    expect(over.message).toContain('WindowLimitExceeded')
    expect((await send([transfer(recipient, 200n)])).success).toBe(true)
    expect(await tokenBalance(recipient)).toBe(before + 500n)
  })

  it('native-token-periodic: plain ETH transfers up to periodAmount in the period; more refused', async () => {
    const { account, send } = await grant({
      type: 'native-token-periodic',
      data: { periodAmount: parseEther('0.5'), periodDuration: '0x15180' },
    })
    await f.walletClient.sendTransaction({ to: account, value: parseEther('2') })
    const before = await f.publicClient.getBalance({ address: recipient })
    expect((await send([{ to: recipient, value: parseEther('0.5') }])).success).toBe(true)
    expect(await f.publicClient.getBalance({ address: recipient })).toBe(before + parseEther('0.5'))
    const over = await refusal(send([{ to: recipient, value: 1n }]))
    expect(over.message).toContain('WindowLimitExceeded')
  })

  it('erc20-token-stream: the initial amount at once, never past maxAmount', async () => {
    const { send } = await grant({
      type: 'erc20-token-stream',
      data: { tokenAddress: f.token, initialAmount: 100n, amountPerSecond: 1n, maxAmount: 150n },
    })
    const before = await tokenBalance(recipient)
    expect((await send([transfer(recipient, 100n)])).success).toBe(true)
    expect(await tokenBalance(recipient)).toBe(before + 100n)
    await refusal(send([transfer(recipient, 51n)]))
    expect(await tokenBalance(recipient)).toBe(before + 100n)
  })

  it('native-token-stream: plain ETH transfers of the initial amount; past maxAmount refused', async () => {
    const { account, send } = await grant({
      type: 'native-token-stream',
      data: { initialAmount: parseEther('0.1'), amountPerSecond: 1n, maxAmount: parseEther('0.1') },
    })
    await f.walletClient.sendTransaction({ to: account, value: parseEther('1') })
    expect((await send([{ to: recipient, value: parseEther('0.1') }])).success).toBe(true)
    await refusal(send([{ to: recipient, value: 1n }]))
  })

  it('contract-call: rules on named arguments from the ABI; a call breaking them refused', async () => {
    const { send } = await grant({
      type: 'contract-call',
      data: {
        target: f.token,
        abi: transferAbi,
        functionName: 'transfer',
        args: { to: { oneOf: [recipient, other] }, amount: { lessThanOrEqual: 100n, limit: 150n } },
      },
    })
    const before = await tokenBalance(other)
    expect((await send([transfer(other, 100n)])).success).toBe(true)
    expect(await tokenBalance(other)).toBe(before + 100n)
    const stranger = await refusal(send([transfer('0x000000000000000000000000000000000000dead', 1n)]))
    expect(stranger.message).toContain('NoRuleGroupPassed')
    const pastLimit = await refusal(send([transfer(recipient, 51n)]))
    expect(pastLimit.message).toContain('NoRuleGroupPassed')
    expect((await send([transfer(recipient, 50n)])).success).toBe(true)
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
