import type { Abi, Hash, Hex } from 'viem'
import type { BundlerClient, SmartAccount, UserOperationReceipt } from 'viem/account-abstraction'
import { defaultDeployment } from '../deployment.js'
import type { Call } from '../encoding/execute.js'
import { type AddressBook, decodeRevert, ExecutionRevertedError, toSessionOperationError } from '../errors.js'
import { assertSessionCalls } from './assertSessionCalls.js'
import { toPolicyRefusedError } from './explainPolicyRefusal.js'

/**
 * Sends one user operation of `account` (e.g. a session account) through a bundler
 * (`eth_sendUserOperation`) and waits for its receipt. A refusal — at estimation or submission — throws a
 * SessionOperationError naming the refusing policy (`book`: contract names by address). A session account's
 * calls are checked first (checkSessionCalls): a refusal throws its typed error before anything is sent.
 */
export async function sendSessionUserOperation(
  bundlerClient: BundlerClient,
  parameters: {
    account: SmartAccount
    calls: readonly Call[]
    book?: AddressBook | undefined
    /** ABIs whose errors decode a revert in execution (e.g. the contracts the calls go to). */
    errors?: Abi | undefined
    /** Check the calls of a session account before sending (checkSessionCalls); default true. */
    check?: boolean | undefined
  },
): Promise<{ userOpHash: Hash; receipt: UserOperationReceipt }> {
  if (parameters.check !== false) {
    await assertSessionCalls(bundlerClient.client ?? bundlerClient, {
      account: parameters.account,
      calls: parameters.calls,
      book: parameters.book,
    })
  }
  let userOpHash: Hash
  try {
    userOpHash = await bundlerClient.sendUserOperation({
      account: parameters.account,
      calls: parameters.calls.map((call) => ({ to: call.to, value: call.value ?? 0n, data: call.data ?? '0x' })),
    })
  } catch (error) {
    // A policy's refusal the bundler found (e.g. the fee budget, checked with the op's real gas and fees), in words.
    throw await toPolicyRefusedError(
      bundlerClient.client ?? bundlerClient,
      toSessionOperationError(error, parameters.book ?? defaultDeployment),
    )
  }
  const receipt = await bundlerClient.waitForUserOperationReceipt({ hash: userOpHash })
  if (!receipt.success) {
    const inner = receipt.reason
      ? decodeRevert(receipt.reason as Hex, parameters.book ?? defaultDeployment, parameters.errors)
      : undefined
    throw new ExecutionRevertedError(inner, userOpHash, receipt.receipt.transactionHash)
  }
  return { userOpHash, receipt }
}
