import type { Abi, Account, Address, Chain, Client, Hash, Hex, TransactionReceipt, Transport } from 'viem'
import { decodeEventLog } from 'viem'
import { entryPoint08Abi, type SmartAccount, toPackedUserOperation, type UserOperation } from 'viem/account-abstraction'
import {
  estimateFeesPerGas,
  getChainId,
  simulateContract,
  waitForTransactionReceipt,
  writeContract,
} from 'viem/actions'
import { defaultDeployment } from '../deployment.js'
import type { Call } from '../encoding/execute.js'
import {
  type AddressBook,
  decodeRevert,
  ExecutionRevertedError,
  SessionOperationError,
  toSessionOperationError,
} from '../errors.js'
import { assertSessionCalls } from './assertSessionCalls.js'
import { toPolicyRefusedError } from './explainPolicyRefusal.js'

/** Gas limits for a user op sent without a bundler (no estimation): generous defaults, override as needed. */
export type DirectGas = {
  callGasLimit?: bigint | undefined
  verificationGasLimit?: bigint | undefined
  preVerificationGas?: bigint | undefined
}

export type DirectResult = {
  userOpHash: Hash
  transactionHash: Hash
  /** Always true: validation and execution succeeded (otherwise this throws). */
  success: boolean
  /** What the EntryPoint charged the account (UserOperationEvent.actualGasUsed). */
  actualGasUsed: bigint
  /** The bundle transaction's gas. */
  gasUsed: bigint
  receipt: TransactionReceipt
}

/**
 * Builds, signs and executes one user operation of `account` through `EntryPoint.handleOps`, sent by the
 * wallet client's own EOA as the bundler — for local chains and tests. A session account's calls are checked
 * first (checkSessionCalls: a refusal throws its typed error before anything is sent). A refused operation throws a
 * SessionOperationError that names the refusing policy (`book`: contract names by address, default the
 * default deployment's); calls that revert in execution throw an ExecutionRevertedError with the decoded reason.
 */
export async function sendUserOperationDirect(
  client: Client<Transport, Chain | undefined, Account>,
  parameters: {
    account: SmartAccount
    calls: readonly Call[]
    gas?: DirectGas | undefined
    beneficiary?: Address | undefined
    book?: AddressBook | undefined
    /** ABIs whose errors decode a revert in execution (e.g. the contracts the calls go to). */
    errors?: Abi | undefined
    /** Check the calls of a session account before sending (checkSessionCalls); default true. */
    check?: boolean | undefined
  },
): Promise<DirectResult> {
  const { account } = parameters
  const book = parameters.book ?? defaultDeployment
  const entryPoint = account.entryPoint.address
  const [chainId, nonce, callData, fees] = await Promise.all([
    getChainId(client),
    account.getNonce(),
    account.encodeCalls(parameters.calls.map((call) => ({ to: call.to, value: call.value, data: call.data }))),
    estimateFeesPerGas(client),
  ])
  const userOperation: UserOperation<'0.8'> = {
    sender: account.address,
    nonce,
    callData,
    callGasLimit: parameters.gas?.callGasLimit ?? 1_000_000n,
    verificationGasLimit: parameters.gas?.verificationGasLimit ?? 2_000_000n,
    preVerificationGas: parameters.gas?.preVerificationGas ?? 100_000n,
    maxFeePerGas: fees.maxFeePerGas,
    maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
    signature: '0x',
  }
  // Checked with its gas and fees, so that the fee budget refuses in words before anything is signed or sent.
  if (parameters.check !== false) {
    await assertSessionCalls(client, { account, calls: parameters.calls, book, userOperation })
  }
  userOperation.signature = await account.signUserOperation({ ...userOperation, chainId })
  const packed = toPackedUserOperation(userOperation)
  const beneficiary = parameters.beneficiary ?? client.account.address
  let transactionHash: Hash
  try {
    const { request } = await simulateContract(client, {
      account: client.account,
      address: entryPoint,
      abi: entryPoint08Abi,
      functionName: 'handleOps',
      args: [[packed], beneficiary],
      chain: client.chain,
    })
    transactionHash = await writeContract(client, request)
  } catch (error) {
    throw await toPolicyRefusedError(client, toSessionOperationError(error, book))
  }
  const receipt = await waitForTransactionReceipt(client, { hash: transactionHash, pollingInterval: 50 })
  let event: { userOpHash: Hash; success: boolean; actualGasUsed: bigint } | undefined
  let revertReason: Hex | undefined
  for (const log of receipt.logs) {
    if (log.address.toLowerCase() !== entryPoint.toLowerCase()) continue
    try {
      const decoded = decodeEventLog({ abi: entryPoint08Abi, data: log.data, topics: log.topics })
      if (decoded.eventName === 'UserOperationEvent') event = decoded.args
      if (decoded.eventName === 'UserOperationRevertReason') revertReason = decoded.args.revertReason
    } catch {
      // not an EntryPoint event we read
    }
  }
  if (!event) throw new SessionOperationError({ name: 'FailedOp', args: [0n, 'no UserOperationEvent in the receipt'] })
  if (!event.success) {
    const inner = revertReason === undefined ? undefined : decodeRevert(revertReason, book, parameters.errors)
    throw new ExecutionRevertedError(inner, event.userOpHash, transactionHash)
  }
  return {
    userOpHash: event.userOpHash,
    transactionHash,
    success: event.success,
    actualGasUsed: event.actualGasUsed,
    gasUsed: receipt.gasUsed,
    receipt,
  }
}
