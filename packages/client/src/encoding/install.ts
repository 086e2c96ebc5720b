// SmartSession install data: empty, or `uint8 mode ‖ abi.encode(Session[])` (SPEC "onInstall").
import { concat, encodeAbiParameters, type Hex, toHex } from 'viem'
import { SmartSessionMode } from '../constants.js'
import type { Session } from '../types.js'

const sessionsParameter = [
  {
    type: 'tuple[]',
    components: [
      { name: 'sessionValidator', type: 'address' },
      { name: 'sessionValidatorInitData', type: 'bytes' },
      { name: 'salt', type: 'bytes32' },
      {
        name: 'userOpPolicies',
        type: 'tuple[]',
        components: [
          { name: 'policy', type: 'address' },
          { name: 'initData', type: 'bytes' },
        ],
      },
      {
        name: 'erc7739Policies',
        type: 'tuple',
        components: [
          {
            name: 'allowedERC7739Content',
            type: 'tuple[]',
            components: [
              { name: 'appDomainSeparator', type: 'bytes32' },
              { name: 'contentNames', type: 'string[]' },
            ],
          },
          {
            name: 'erc1271Policies',
            type: 'tuple[]',
            components: [
              { name: 'policy', type: 'address' },
              { name: 'initData', type: 'bytes' },
            ],
          },
        ],
      },
      {
        name: 'actions',
        type: 'tuple[]',
        components: [
          { name: 'actionTargetSelector', type: 'bytes4' },
          { name: 'actionTarget', type: 'address' },
          {
            name: 'actionPolicies',
            type: 'tuple[]',
            components: [
              { name: 'policy', type: 'address' },
              { name: 'initData', type: 'bytes' },
            ],
          },
        ],
      },
      { name: 'permitERC4337Paymaster', type: 'bool' },
    ],
  },
] as const

/** The ABI parameter of `Session` (a tuple), for encoders elsewhere in the client. */
export const sessionAbiParameter = { ...sessionsParameter[0], type: 'tuple' } as const

/** `onInstall` data enabling `sessions` (empty when there are none). */
export function encodeInstallData(
  sessions: readonly Session[],
  mode: typeof SmartSessionMode.ENABLE | typeof SmartSessionMode.UNSAFE_ENABLE = SmartSessionMode.ENABLE,
): Hex {
  if (sessions.length === 0) return '0x'
  return concat([toHex(mode, { size: 1 }), encodeAbiParameters(sessionsParameter, [sessions])])
}
