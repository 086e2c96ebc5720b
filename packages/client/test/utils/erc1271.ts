// ERC-1271 as the tests ask an account: `isValidSignature(hash, signature)` and the value it answers when valid.
import { toFunctionSelector } from 'viem'

export const isValidSignatureAbi = [
  {
    type: 'function',
    name: 'isValidSignature',
    stateMutability: 'view',
    inputs: [
      { name: 'hash', type: 'bytes32' },
      { name: 'signature', type: 'bytes' },
    ],
    outputs: [{ type: 'bytes4' }],
  },
] as const

/** The magic value: the selector of `isValidSignature(bytes32,bytes)`. */
export const ERC1271_MAGIC = toFunctionSelector(isValidSignatureAbi[0])
