import { ierc7579AccountAbi } from '@smart-sessions/bindings'
import { type Address, encodeFunctionData } from 'viem'
import { ozAccount } from '../accounts/ozAccount.js'
import type { AccountAdapter } from '../accounts/types.js'
import { MODULE_TYPE_VALIDATOR, SmartSessionMode } from '../constants.js'
import { encodeInstallData } from '../encoding/install.js'
import type { Session } from '../types.js'
import type { AccountCall } from './call.js'

/** The account's own `installModule(1, SmartSession, mode ‖ abi.encode(sessions))`: install, enabling `sessions`. */
export function encodeInstallCall(parameters: {
  account: Address
  smartSession: Address
  sessions?: readonly Session[] | undefined
  mode?: typeof SmartSessionMode.ENABLE | typeof SmartSessionMode.UNSAFE_ENABLE | undefined
  /** The account implementation (its install-data format); default OpenZeppelin's. */
  implementation?: AccountAdapter | undefined
}): AccountCall {
  const implementation = parameters.implementation ?? ozAccount
  return {
    to: parameters.account,
    value: 0n,
    data: encodeFunctionData({
      abi: ierc7579AccountAbi,
      functionName: 'installModule',
      args: [
        MODULE_TYPE_VALIDATOR,
        parameters.smartSession,
        implementation.encodeValidatorInstallData(
          encodeInstallData(parameters.sessions ?? [], parameters.mode ?? SmartSessionMode.ENABLE),
        ),
      ],
    }),
  }
}
