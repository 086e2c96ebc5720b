import { smartSessionAbi } from '@smart-sessions/bindings'
import { type Address, type ContractFunctionArgs, type ContractFunctionName, encodeFunctionData, type Hex } from 'viem'

/** A call for the account to make (pass it to a smart account's `calls`, or to encodeExecute). */
export type AccountCall = { to: Address; data: Hex; value: bigint }

type SmartSessionFunction = ContractFunctionName<typeof smartSessionAbi, 'nonpayable' | 'payable'>

/** The account's call of SmartSession's configuration function `functionName` (typed by the generated ABI). */
export function toSmartSessionCall<functionName extends SmartSessionFunction>(
  smartSession: Address,
  functionName: functionName,
  args: ContractFunctionArgs<typeof smartSessionAbi, 'nonpayable' | 'payable', functionName>,
): AccountCall {
  return {
    to: smartSession,
    value: 0n,
    data: encodeFunctionData({ abi: smartSessionAbi, functionName, args } as never),
  }
}
