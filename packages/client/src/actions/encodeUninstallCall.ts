import { ierc7579AccountAbi } from '@smart-sessions/bindings'
import { type Address, encodeFunctionData } from 'viem'
import { MODULE_TYPE_VALIDATOR } from '../constants.js'
import type { AccountCall } from './call.js'

/** The account's own `uninstallModule(1, SmartSession, 0x)`: every session of the account stops working. */
export function encodeUninstallCall(parameters: { account: Address; smartSession: Address }): AccountCall {
  return {
    to: parameters.account,
    value: 0n,
    data: encodeFunctionData({
      abi: ierc7579AccountAbi,
      functionName: 'uninstallModule',
      args: [MODULE_TYPE_VALIDATOR, parameters.smartSession, '0x'],
    }),
  }
}
