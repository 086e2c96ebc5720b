// ERC-7715 `wallet_requestExecutionPermissions` requests (MetaMask's permission types and field names) and the
// session shapes they map onto.
import type { Abi, Address, Hex } from 'viem'
import type { ArgumentRules } from '../policies/toCallRulesPolicy.js'
import type { AnyPolicyConfig } from '../policies/types.js'
import type { EcdsaOwners } from '../sessions/types.js'

/** An amount as a wallet RPC carries it: a bigint, a safe integer or a hex quantity. */
export type PermissionAmount = bigint | number | Hex
/** A unix time or a duration in seconds (a hex quantity over RPC). */
export type PermissionTime = number | bigint | Hex

type Justified = { justification?: string | undefined }

export type NativeTokenAllowancePermission = {
  type: 'native-token-allowance'
  data: Justified & { allowanceAmount: PermissionAmount; startTime?: PermissionTime | undefined }
}
export type Erc20TokenAllowancePermission = {
  type: 'erc20-token-allowance'
  data: Justified & { tokenAddress: Address; allowanceAmount: PermissionAmount; startTime?: PermissionTime | undefined }
}
export type NativeTokenPeriodicPermission = {
  type: 'native-token-periodic'
  data: Justified & {
    periodAmount: PermissionAmount
    periodDuration: PermissionTime
    startTime?: PermissionTime | undefined
  }
}
export type Erc20TokenPeriodicPermission = {
  type: 'erc20-token-periodic'
  data: Justified & {
    tokenAddress: Address
    periodAmount: PermissionAmount
    periodDuration: PermissionTime
    startTime?: PermissionTime | undefined
  }
}
type StreamData = Justified & {
  initialAmount?: PermissionAmount | undefined
  amountPerSecond: PermissionAmount
  maxAmount?: PermissionAmount | undefined
  startTime?: PermissionTime | undefined
}
export type NativeTokenStreamPermission = { type: 'native-token-stream'; data: StreamData }
export type Erc20TokenStreamPermission = {
  type: 'erc20-token-stream'
  data: StreamData & { tokenAddress: Address }
}
/** Ours: calls of one function of one contract, with rules on its named arguments (see toCallRulesPolicy). */
export type ContractCallPermission = {
  type: 'contract-call'
  data: Justified & {
    target: Address
    abi: Abi
    functionName: string
    args?: ArgumentRules<readonly never[]> | Record<string, unknown> | undefined
    anyOf?: readonly Record<string, unknown>[] | undefined
    /** ETH value per call (wei; default 0). */
    valueLimit?: PermissionAmount | undefined
  }
}

export type Permission =
  | NativeTokenAllowancePermission
  | Erc20TokenAllowancePermission
  | NativeTokenPeriodicPermission
  | Erc20TokenPeriodicPermission
  | NativeTokenStreamPermission
  | Erc20TokenStreamPermission
  | ContractCallPermission

/** A `wallet_requestExecutionPermissions` request: granted to `to` (or `signer`'s account) until `expiry`. */
export type PermissionRequest = {
  chainId: number | bigint | Hex
  expiry?: PermissionTime | undefined
  to?: Address | undefined
  signer?: { type: 'account'; data: { address: Address } } | undefined
  /** The account the permission is for, when the dapp names it. */
  address?: Address | undefined
  isAdjustmentAllowed?: boolean | undefined
  permission: Permission & { isAdjustmentAllowed?: boolean | undefined }
}

/** A period without carry-over (ERC-7715 periodic semantics), as the periodic allowance policies take it. */
export type NoCarryOverPeriod = { seconds: bigint; start: bigint; carryOver: false }

/** The policy configs an ERC-7715 permission maps onto (the stream and no-carry-over shapes included). */
export type PermissionPolicyConfig =
  | AnyPolicyConfig
  | { type: 'spending-limits'; limits: readonly { token: Address; amount: bigint }[]; period: NoCarryOverPeriod }
  | { type: 'value-limit'; limit: bigint; period: NoCarryOverPeriod }
  | {
      type: 'token-stream'
      token: Address
      initialAmount: bigint
      amountPerSecond: bigint
      maxAmount: bigint
      start: bigint
    }
  | {
      type: 'native-stream'
      initialAmount: bigint
      amountPerSecond: bigint
      maxAmount: bigint
      start: bigint
    }

/** The session a permission request maps onto (SessionConfig with the permission policy shapes). */
export type PermissionSessionConfig = {
  owners: EcdsaOwners
  actions: readonly { target?: Address; selector?: Hex; policies: readonly PermissionPolicyConfig[] }[]
  policies: readonly PermissionPolicyConfig[]
}
