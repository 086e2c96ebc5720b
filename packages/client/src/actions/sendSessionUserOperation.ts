import type { Hash } from 'viem'
import type { BundlerClient, SmartAccount, UserOperationReceipt } from 'viem/account-abstraction'
import type { Call } from '../encoding/execute.js'
import { type AddressBook, toSessionOperationError } from '../errors.js'

/**
 * Sends one user operation of `account` (e.g. a session account) through a bundler
 * (`eth_sendUserOperation`) and waits for its receipt. A refusal — at estimation or submission — throws a
 * SessionOperationError naming the refusing policy (`book`: contract names by address).
 */
export async function sendSessionUserOperation(
  bundlerClient: BundlerClient,
  parameters: { account: SmartAccount; calls: readonly Call[]; book?: AddressBook | undefined },
): Promise<{ userOpHash: Hash; receipt: UserOperationReceipt }> {
  let userOpHash: Hash
  try {
    userOpHash = await bundlerClient.sendUserOperation({
      account: parameters.account,
      calls: parameters.calls.map((call) => ({ to: call.to, value: call.value ?? 0n, data: call.data ?? '0x' })),
    })
  } catch (error) {
    throw toSessionOperationError(error, parameters.book)
  }
  const receipt = await bundlerClient.waitForUserOperationReceipt({ hash: userOpHash })
  return { userOpHash, receipt }
}
