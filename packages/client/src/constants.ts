// Fixed values of the wire format (docs/wire-format.md and DataTypes.sol).
import { type Address, type Hex, toFunctionSelector } from 'viem'

/** The first byte of a user operation signature. */
export const SmartSessionMode = { USE: 0, ENABLE: 1, UNSAFE_ENABLE: 2 } as const
export type SmartSessionMode = (typeof SmartSessionMode)[keyof typeof SmartSessionMode]

/** The action that covers every call without an action of its own (never the account or the module). */
export const FALLBACK_TARGET: Address = '0x0000000000000000000000000000000000000001'
export const FALLBACK_SELECTOR: Hex = '0x00000001'
/** With FALLBACK_TARGET: the session may call SmartSession's own configuration functions. */
export const ADMIN_FALLBACK_SELECTOR: Hex = '0x00000002'

/** ERC-7579 module type of SmartSession (validator). */
export const MODULE_TYPE_VALIDATOR = 1n

/** Policy scopes besides action ids (DataTypes.sol USER_OP_SCOPE / ERC1271_SCOPE). */
export const USER_OP_SCOPE: Hex = '0x0000000000000000000000000000000000000000000000000000000000000001'
export const ERC1271_SCOPE: Hex = '0x0000000000000000000000000000000000000000000000000000000000000002'

/** The most rules one CallPolicy config holds (ParamRule[16]). */
export const MAX_CALL_RULES = 16

/** ERC-20 `transfer` and `approve`: the calls the token-limit policies count. */
export const ERC20_TRANSFER_SELECTOR: Hex = toFunctionSelector('transfer(address,uint256)')
export const ERC20_APPROVE_SELECTOR: Hex = toFunctionSelector('approve(address,uint256)')
