// The wire-format structs, typed from the generated SmartSession ABI (so they follow the contracts).
import type { smartSessionAbi } from '@smart-sessions/bindings'
import type { ContractFunctionArgs } from 'viem'

/** The wire-format `Session` struct, as viem encodes and decodes it. */
export type Session = ContractFunctionArgs<typeof smartSessionAbi, 'pure', 'getPermissionId'>[0]
/** `PolicyData { address policy; bytes initData; }` */
export type PolicyData = Session['userOpPolicies'][number]
/** `ActionData { bytes4 actionTargetSelector; address actionTarget; PolicyData[] actionPolicies; }` */
export type ActionData = Session['actions'][number]
/** `ERC7739Data { ERC7739Context[] allowedERC7739Content; PolicyData[] erc1271Policies; }` */
export type ERC7739Data = Session['erc7739Policies']
/** `ERC7739Context { bytes32 appDomainSeparator; string[] contentNames; }` */
export type ERC7739Context = ERC7739Data['allowedERC7739Content'][number]
