import type { Address, Hex } from 'viem'

/** A call for the account to make (pass it to a smart account's `calls`, or to encodeExecute). */
export type AccountCall = { to: Address; data: Hex; value: bigint }
