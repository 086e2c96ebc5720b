// The dapp: a passkey becomes the session key, the account owner grants "transfers ≤ 100 USDC per day for 1 day"
// once, then each transfer is one click signed by the passkey. Before sending, the page reads what the session
// has left today and explains a refusal instead of sending an operation the chain would refuse.

import { feeLimitPolicyAbi, fixedWindowSpendingLimitPolicyAbi } from '@smart-sessions/bindings'
import {
  encodeInstallCall,
  type Session,
  sendUserOperationDirect,
  toErc7579Account,
  toPeriodClaimPolicies,
  toPermissionId,
  toSession,
  toSessionAccount,
} from '@smart-sessions/client'
import { requireAddress, toActionId, toConfigId, USER_OP_SCOPE } from '@smart-sessions/client/encoding'
import {
  type Address,
  createPublicClient,
  createWalletClient,
  encodeFunctionData,
  erc20Abi,
  formatEther,
  formatUnits,
  type Hex,
  http,
  parseEther,
  parseUnits,
} from 'viem'
import { createWebAuthnCredential, type P256Credential, toWebAuthnAccount } from 'viem/account-abstraction'
import { privateKeyToAccount } from 'viem/accounts'
import { foundry } from 'viem/chains'
import { dappStack } from './stack.js'

const DAY = 86_400
const DAILY_LIMIT = 100
const DECIMALS = 6
const TRANSFER: Hex = '0xa9059cbb'
/** The ETH the account may pay for the session's gas: per operation and in total. */
const FEES = { perOp: parseEther('0.01'), total: parseEther('0.05') }
const recipient: Address = '0x000000000000000000000000000000000000d0d0'

const chain = { ...foundry, id: dappStack.chainId, rpcUrls: { default: { http: [dappStack.rpcUrl] } } }
const publicClient = createPublicClient({ chain, transport: http(dappStack.rpcUrl), pollingInterval: 100 })
const relayer = createWalletClient({
  account: privateKeyToAccount(dappStack.relayerKey),
  chain,
  transport: http(dappStack.rpcUrl),
  pollingInterval: 100,
})
const owner = privateKeyToAccount(dappStack.ownerKey)
const smartSession = requireAddress(dappStack.deployment, 'SmartSession')
const book = dappStack.deployment as Record<string, Address>

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const usdc = (amount: bigint) => `${formatUnits(amount, DECIMALS)} USDC`

let credential: Pick<P256Credential, 'id' | 'publicKey'> | undefined
let granted: { session: Session; permissionId: Hex; validUntil: bigint } | undefined

async function latestTime(): Promise<bigint> {
  return (await publicClient.getBlock({ blockTag: 'latest' })).timestamp
}

/** What the session may still send today and when the window refills (read from the policy). */
async function readAllowance(): Promise<{ remaining: bigint; refillAt: bigint }> {
  if (!granted) throw new Error('no session')
  const policy = requireAddress(dappStack.deployment, 'FixedWindowSpendingLimitPolicy')
  const configId = toConfigId(dappStack.account, granted.permissionId, toActionId(dappStack.token, TRANSFER))
  const [remaining, refillAt] = await publicClient.readContract({
    address: policy,
    abi: fixedWindowSpendingLimitPolicyAbi,
    functionName: 'availableAt',
    args: [smartSession, configId, dappStack.account, dappStack.token, await latestTime()],
  })
  return { remaining, refillAt }
}

/** The fee budget: what the session's operations have paid for gas, of the total granted. */
async function readFees(): Promise<{ spent: bigint; total: bigint }> {
  if (!granted) throw new Error('no session')
  const [, total, spent] = await publicClient.readContract({
    address: requireAddress(dappStack.deployment, 'FeeLimitPolicy'),
    abi: feeLimitPolicyAbi,
    functionName: 'getFeeLimit',
    args: [smartSession, toConfigId(dappStack.account, granted.permissionId, USER_OP_SCOPE), dappStack.account],
  })
  return { spent, total }
}

async function showState(): Promise<void> {
  if (!granted) return
  const { remaining, refillAt } = await readAllowance()
  const fees = await readFees()
  const sent = await publicClient.readContract({
    address: dappStack.token,
    abi: erc20Abi,
    functionName: 'balanceOf',
    args: [recipient],
  })
  const rows: [string, string][] = [
    ['status', 'granted — the passkey signs, the owner is not asked'],
    ['left today', usdc(remaining)],
    ['daily limit', `${DAILY_LIMIT} USDC`],
    ['window refills', new Date(Number(refillAt) * 1000).toISOString()],
    ['fee budget left', `${formatEther(fees.total - fees.spent)} of ${formatEther(fees.total)} ETH`],
    ['session ends', new Date(Number(granted.validUntil) * 1000).toISOString()],
    ['recipient received', usdc(sent)],
  ]
  $('session-state').replaceChildren(
    ...rows.flatMap(([term, value]) => {
      const dt = document.createElement('dt')
      dt.textContent = term
      const dd = document.createElement('dd')
      dd.textContent = value
      dd.dataset.field = term
      return [dt, dd]
    }),
  )
}

function verdict(text: string, kind: 'ok' | 'refused' | 'muted'): void {
  const element = $('verdict')
  element.textContent = text
  element.className = kind
}

$('stack').textContent = `chain ${dappStack.chainId} at ${dappStack.rpcUrl}, account ${dappStack.account}`
$('recipient').textContent = recipient

$('create-passkey').addEventListener('click', async () => {
  try {
    const created = await createWebAuthnCredential({ name: 'Smart Sessions demo session key' })
    credential = { id: created.id, publicKey: created.publicKey }
    $('passkey-status').textContent =
      `Passkey ${created.id.slice(0, 12)}… (P-256 key ${created.publicKey.slice(0, 14)}…)`
    $('passkey-status').className = 'ok'
    $<HTMLButtonElement>('grant').disabled = false
  } catch (error) {
    $('passkey-status').textContent = `Could not create a passkey: ${(error as Error).message}`
    $('passkey-status').className = 'refused'
  }
})

$('grant').addEventListener('click', async () => {
  if (!credential) return
  $<HTMLButtonElement>('grant').disabled = true
  $('grant-status').textContent = 'The owner signs the grant…'
  try {
    const now = await latestTime()
    const validUntil = now + BigInt(DAY)
    const session = toSession(
      {
        owners: { type: 'passkey', credential },
        actions: [
          {
            target: dappStack.token,
            selector: TRANSFER,
            policies: [
              {
                type: 'spending-limits',
                limits: [{ token: dappStack.token, amount: parseUnits(String(DAILY_LIMIT), DECIMALS) }],
                period: { seconds: BigInt(DAY) },
              },
              { type: 'time-frame', validUntil },
            ],
          },
        ],
        fees: FEES,
      },
      dappStack.deployment,
      { now: () => now },
    )
    const ownerAccount = await toErc7579Account({
      client: publicClient,
      address: dappStack.account,
      validator: dappStack.ownerValidator,
      signUserOpHash: (hash) => owner.sign({ hash }),
      stubSignature: () => owner.sign({ hash: `0x${'11'.repeat(32)}` }),
    })
    await sendUserOperationDirect(relayer, {
      account: ownerAccount,
      calls: [encodeInstallCall({ account: dappStack.account, smartSession, sessions: [session] })],
      book,
    })
    granted = { session, permissionId: toPermissionId(session), validUntil }
    $('grant-status').textContent = 'Granted. From now on the passkey alone signs transfers within the limits.'
    $('grant-status').className = 'ok'
    $<HTMLButtonElement>('send').disabled = false
    await showState()
  } catch (error) {
    $('grant-status').textContent = `Grant failed: ${(error as Error).message}`
    $('grant-status').className = 'refused'
    $<HTMLButtonElement>('grant').disabled = false
  }
})

$('send').addEventListener('click', async () => {
  if (!granted || !credential) return
  const input = $<HTMLInputElement>('amount').value
  const amount = parseUnits(input === '' ? '0' : input, DECIMALS)
  const send = $<HTMLButtonElement>('send')
  send.disabled = true
  verdict('Checking…', 'muted')
  try {
    // Checked before anything is signed or sent: the policy's own figure for an operation now.
    const { remaining, refillAt } = await readAllowance()
    if (amount > remaining) {
      verdict(
        `Not sent: ${usdc(amount)} is more than the ${usdc(remaining)} this session has left today ` +
          `(limit ${DAILY_LIMIT} USDC per day). The allowance refills at ${new Date(Number(refillAt) * 1000).toISOString()}.`,
        'refused',
      )
      return
    }
    verdict('Signing with the passkey…', 'muted')
    const sessionAccount = await toSessionAccount({
      client: publicClient,
      address: dappStack.account,
      smartSession,
      permissionId: granted.permissionId,
      signers: [toWebAuthnAccount({ credential, rpId: window.location.hostname })],
      periodClaims: toPeriodClaimPolicies(granted.session),
    })
    const result = await sendUserOperationDirect(relayer, {
      account: sessionAccount,
      calls: [
        {
          to: dappStack.token,
          data: encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [recipient, amount] }),
        },
      ],
      book,
    })
    verdict(`Sent ${usdc(amount)} (user op ${result.userOpHash.slice(0, 12)}…, ${result.actualGasUsed} gas).`, 'ok')
  } catch (error) {
    verdict(`Refused: ${(error as Error).message}`, 'refused')
  } finally {
    // The button comes back once the state shown is the state after this operation.
    try {
      await showState()
    } finally {
      send.disabled = false
    }
  }
})
