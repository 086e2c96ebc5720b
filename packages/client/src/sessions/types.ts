// The declarative session shape (the seed SDK's): who signs, what may be called, under which policies.
import type { Abi, Address, Hex, TypedDataDomain } from 'viem'
import type { PasskeyPublicKey } from '../encoding/webauthn.js'
import type { AnyPolicyConfig, CallCondition, RuleValue } from '../policies/types.js'

/**
 * An ERC-1271 grant: the session may sign these typed-data contents (primary type names, e.g. 'Permit')
 * for the app whose EIP-712 domain is `domain` (or whose separator is `appDomainSeparator`).
 *
 * The content names are advisory: onchain the signed content is an opaque struct hash, so a session granted
 * 'Mail' of a domain can sign any struct of that domain labelled 'Mail'. Grant per app domain, as if every
 * struct type of that domain were granted.
 */
export type ERC1271Content = {
  domain?: TypedDataDomain | undefined
  appDomainSeparator?: Hex | undefined
  contentNames: readonly string[]
}

/** ECDSA session keys: one account → ECDSASessionValidator; several or a threshold → MultisigSessionValidator. */
export type EcdsaOwners = {
  type: 'ecdsa'
  accounts: readonly (Address | { address: Address })[]
  /** Signatures needed (multisig); default: all accounts. */
  threshold?: number | undefined
}

/**
 * A passkey session key → WebAuthnSessionValidator. `credential`: what `createWebAuthnCredential` returned
 * (`{ id, publicKey }`), or the P-256 coordinates `{ x, y }`. With `requireUserVerification` the validator
 * refuses assertions without the UV flag (PIN or biometrics); by default user presence suffices.
 */
export type PasskeyOwners = {
  type: 'passkey'
  credential: PasskeyPublicKey
  requireUserVerification?: boolean | undefined
}

/** A granted call: `target` + 4-byte `selector`; no policies → sudo. */
export type SelectorAction = {
  target: Address
  selector: Hex
  abi?: undefined
  policies?: readonly AnyPolicyConfig[] | undefined
}

/** One argument's rule in an ABI action (CallPolicy condition on that argument; static argument types only). */
export type ArgumentRule =
  | { condition: Exclude<CallCondition, 'inRange'>; value: RuleValue; limit?: bigint | undefined }
  | { condition: 'inRange'; min: bigint; max: bigint; limit?: bigint | undefined }

/**
 * A granted call by ABI: `target`'s `functionName` (the selector is derived); `args` puts a CallPolicy rule on
 * arguments by position (`undefined` = any value), e.g. `args: [{ condition: 'equal', value: router }]`.
 */
export type AbiAction = {
  target: Address
  abi: Abi
  functionName: string
  args?: readonly (ArgumentRule | undefined)[] | undefined
  selector?: undefined
  policies?: readonly AnyPolicyConfig[] | undefined
}

export type TargetAction = SelectorAction | AbiAction

/** The fallback action: any call without an action of its own (never the account or the module). */
export type FallbackAction = {
  target?: undefined
  selector?: undefined
  abi?: undefined
  policies?: readonly AnyPolicyConfig[] | undefined
}

export type SessionAction = TargetAction | FallbackAction

/** A session as people write it; `toSession` turns it into the wire-format `Session`. */
export type SessionConfig = {
  owners: EcdsaOwners | PasskeyOwners
  /** No actions → the fallback action alone. Actions given → exactly those, no fallback added. */
  actions?: readonly SessionAction[] | undefined
  /**
   * Session-level (user-op) policies, run once per user operation. A FeeLimitPolicy is added unless `fees` is
   * 'unlimited' or a 'fee-limit' policy is given here.
   */
  policies?: readonly AnyPolicyConfig[] | undefined
  /**
   * The ETH the account may pay for gas of the session's user operations (FeeLimitPolicy): a session key that
   * runs its own bundler is paid the ops' fees, so without a bound it could take the account's ETH as fees.
   * Default: at most DEFAULT_FEE_PER_OP (0.01 ETH) per op and DEFAULT_FEE_TOTAL (0.1 ETH) in total.
   * `{ perOp, total }` in wei; 'sponsored' = only paymaster-paid ops (total 0; permits the paymaster);
   * 'unlimited' = no fee policy (only when the key is trusted with the account's ETH).
   */
  fees?: { perOp: bigint; total: bigint } | 'sponsored' | 'unlimited' | undefined
  /** Distinguishes sessions of the same key(s); default zero. */
  salt?: Hex | undefined
  /** Whether the session's user operations may use a paymaster (default false; true with fees 'sponsored'). */
  permitERC4337Paymaster?: boolean | undefined
  /**
   * ERC-1271 grants: ERC-7739 contents the session may sign (default none) and their policies (default: sudo
   * when contents are given — SmartSession accepts no ERC-1271 signature without at least one policy).
   */
  erc1271?: { contents?: readonly ERC1271Content[]; policies?: readonly AnyPolicyConfig[] } | undefined
}
