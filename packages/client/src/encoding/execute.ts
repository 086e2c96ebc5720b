// ERC-7579 `execute(bytes32 mode, bytes executionCalldata)`: single or batch call, default exec type —
// the only forms SmartSession accepts.

import { ierc7579AccountAbi } from '@smart-sessions/bindings'
import { encodeAbiParameters, encodeFunctionData, encodePacked, type Hex, pad } from 'viem'

/** One call the account makes. */
export type Call = { to: Hex; value?: bigint | undefined; data?: Hex | undefined }

const SINGLE_MODE = pad('0x00', { dir: 'right', size: 32 })
const BATCH_MODE = pad('0x01', { dir: 'right', size: 32 })

/** The account calldata executing `calls`: single mode for one call, batch mode for several. */
export function encodeExecute(calls: readonly Call[]): Hex {
  if (calls.length === 1) {
    const [call] = calls as [Call]
    return encodeFunctionData({
      abi: ierc7579AccountAbi,
      functionName: 'execute',
      args: [
        SINGLE_MODE,
        encodePacked(['address', 'uint256', 'bytes'], [call.to, call.value ?? 0n, call.data ?? '0x']),
      ],
    })
  }
  return encodeFunctionData({
    abi: ierc7579AccountAbi,
    functionName: 'execute',
    args: [
      BATCH_MODE,
      encodeAbiParameters(
        [
          {
            type: 'tuple[]',
            components: [
              { name: 'target', type: 'address' },
              { name: 'value', type: 'uint256' },
              { name: 'callData', type: 'bytes' },
            ],
          },
        ],
        [calls.map((call) => ({ target: call.to, value: call.value ?? 0n, callData: call.data ?? '0x' }))],
      ),
    ],
  })
}
