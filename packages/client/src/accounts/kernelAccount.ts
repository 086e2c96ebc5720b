import {
  type Address,
  concat,
  encodeAbiParameters,
  type Hex,
  hashTypedData,
  toFunctionSelector,
  zeroAddress,
} from 'viem'
import { encodeExecute } from '../encoding/execute.js'
import type { AccountAdapter } from './types.js'

/** `execute(bytes32,bytes)`: the one selector a SmartSession user op calls on Kernel. */
const EXECUTE_SELECTOR = toFunctionSelector('execute(bytes32,bytes)')
/** `executeUserOp(PackedUserOperation,bytes32)`: required first by Kernel when the validator has a hook. */
export const KERNEL_EXECUTE_USER_OP_SELECTOR: Hex = '0x8dd7712f'
/** Kernel's validation type of a plain ERC-7579 validator (0x00 root, 0x01 validator, 0x02 permission). */
const VALIDATION_TYPE_VALIDATOR = 0x01n

/**
 * ZeroDev Kernel v3.1 (EntryPoint given at deployment: v0.7 or v0.8). Nonce
 * `[1 byte mode][1 byte type][20 bytes validator][2 bytes key][8 bytes sequence]`: for a validator in default mode,
 * `key = 0x00 ‖ 0x01 ‖ validator ‖ 0x0000`. A validator is installed with
 * `hook (20 bytes, 0 = none) ‖ abi.encode(validatorData, hookData, selectorData)` and may call only the selector
 * granted in `selectorData` (here `execute`); with a hook, `callData` must be `executeUserOp ‖ execute(…)`.
 * ERC-1271: `0x01 ‖ validator ‖ signature`, and the validator sees the hash wrapped in Kernel's EIP-712
 * `Kernel(bytes32 hash)` on the domain {name "Kernel", version "0.3.1", chainId, the account} — so an owner's
 * signature for Kernel is bound to one chain.
 */
export function toKernelAccount(
  options: { hook?: Address | undefined; hookData?: Hex | undefined } = {},
): AccountAdapter {
  const hook = options.hook ?? zeroAddress
  const withHook = hook !== zeroAddress
  return {
    kind: 'kernel',
    entryPointVersions: ['0.7', '0.8'],
    encodeNonceKey: (validator) => (VALIDATION_TYPE_VALIDATOR << 176n) | (BigInt(validator) << 16n),
    encodeValidatorInstallData: (validatorInitData) =>
      concat([
        hook,
        encodeAbiParameters(
          [{ type: 'bytes' }, { type: 'bytes' }, { type: 'bytes' }],
          // A hook's data starts with a flag byte Kernel strips (0xff: call onInstall even if initialized).
          [validatorInitData, withHook ? concat(['0xff', options.hookData ?? '0x']) : '0x', EXECUTE_SELECTOR],
        ),
      ]),
    encodeCalls: (calls) =>
      withHook ? concat([KERNEL_EXECUTE_USER_OP_SELECTOR, encodeExecute(calls)]) : encodeExecute(calls),
    toErc1271TypedData: ({ account, chainId, typedData }) => ({
      domain: { name: 'Kernel', version: '0.3.1', chainId, verifyingContract: account },
      types: { Kernel: [{ name: 'hash', type: 'bytes32' }] },
      primaryType: 'Kernel',
      message: { hash: hashTypedData(typedData) },
    }),
    encodeErc1271Signature: ({ validator, signature }) => concat(['0x01', validator, signature]),
  }
}

/** Kernel v3.1 with validators installed without a hook. */
export const kernelAccount: AccountAdapter = toKernelAccount()
