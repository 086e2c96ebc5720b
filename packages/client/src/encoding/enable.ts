// The ENABLE flow's EIP-712 data (docs/wire-format.md): one owner signature over every chain's
// session digest enables a session on many chains. Domain {name:"SmartSession", version:"1"} — no chainId,
// no verifyingContract: the chains are inside the message.
import { type Address, concat, encodeAbiParameters, type Hex, hashStruct, hashTypedData, toHex } from 'viem'
import { ADMIN_FALLBACK_SELECTOR, FALLBACK_SELECTOR, FALLBACK_TARGET, SmartSessionMode } from '../constants.js'
import { InvalidSessionError } from '../errors.js'
import type { Session } from '../types.js'
import { flzCompress } from './flz.js'
import { sessionAbiParameter } from './install.js'

export const enableDomain = { name: 'SmartSession', version: '1' } as const

/** The EIP-712 types of the enable signature, exactly as docs/wire-format.md lists them. */
export const enableTypes = {
  PolicyData: [
    { name: 'policy', type: 'address' },
    { name: 'initData', type: 'bytes' },
  ],
  ActionData: [
    { name: 'actionTargetSelector', type: 'bytes4' },
    { name: 'actionTarget', type: 'address' },
    { name: 'actionPolicies', type: 'PolicyData[]' },
  ],
  ERC7739Context: [
    { name: 'appDomainSeparator', type: 'bytes32' },
    { name: 'contentName', type: 'string[]' },
  ],
  ERC7739Data: [
    { name: 'allowedERC7739Content', type: 'ERC7739Context[]' },
    { name: 'erc1271Policies', type: 'PolicyData[]' },
  ],
  SignedPermissions: [
    { name: 'permitGenericPolicy', type: 'bool' },
    { name: 'permitAdminAccess', type: 'bool' },
    { name: 'ignoreSecurityAttestations', type: 'bool' },
    { name: 'permitERC4337Paymaster', type: 'bool' },
    { name: 'userOpPolicies', type: 'PolicyData[]' },
    { name: 'erc7739Policies', type: 'ERC7739Data' },
    { name: 'actions', type: 'ActionData[]' },
  ],
  SignedSession: [
    { name: 'account', type: 'address' },
    { name: 'permissions', type: 'SignedPermissions' },
    { name: 'sessionValidator', type: 'address' },
    { name: 'sessionValidatorInitData', type: 'bytes' },
    { name: 'salt', type: 'bytes32' },
    { name: 'smartSession', type: 'address' },
    { name: 'nonce', type: 'uint256' },
  ],
  ChainSession: [
    { name: 'chainId', type: 'uint64' },
    { name: 'session', type: 'SignedSession' },
  ],
  MultiChainSession: [{ name: 'sessionsAndChainIds', type: 'ChainSession[]' }],
} as const

export type EnableMode = typeof SmartSessionMode.ENABLE | typeof SmartSessionMode.UNSAFE_ENABLE

/** Where (and with which enable nonce) a session is to be enabled on one chain. */
export type EnableChain = {
  chainId: number
  /** The account the session is enabled for on this chain. */
  account: Address
  /** SmartSession's address on this chain. */
  smartSession: Address
  /** `SmartSession.getNonce(permissionId, account)` on this chain (see getSessionNonce). */
  nonce: bigint
}

const isAction = (action: Session['actions'][number], selector: Hex) =>
  action.actionTarget.toLowerCase() === FALLBACK_TARGET && action.actionTargetSelector.toLowerCase() === selector

/** The SignedSession message of one chain (what that chain's sessionDigest hashes). */
export function toSignedSession(session: Session, chain: Omit<EnableChain, 'chainId'>, mode: EnableMode = 1) {
  return {
    account: chain.account,
    permissions: {
      permitGenericPolicy: session.actions.some((action) => isAction(action, FALLBACK_SELECTOR)),
      permitAdminAccess: session.actions.some((action) => isAction(action, ADMIN_FALLBACK_SELECTOR)),
      ignoreSecurityAttestations: mode === SmartSessionMode.UNSAFE_ENABLE,
      permitERC4337Paymaster: session.permitERC4337Paymaster,
      userOpPolicies: session.userOpPolicies,
      erc7739Policies: {
        allowedERC7739Content: session.erc7739Policies.allowedERC7739Content.map((context) => ({
          appDomainSeparator: context.appDomainSeparator,
          contentName: context.contentNames,
        })),
        erc1271Policies: session.erc7739Policies.erc1271Policies,
      },
      actions: session.actions,
    },
    sessionValidator: session.sessionValidator,
    sessionValidatorInitData: session.sessionValidatorInitData,
    salt: session.salt,
    smartSession: chain.smartSession,
    nonce: chain.nonce,
  }
}

/** One chain's session digest: `hashStruct(SignedSession)` (equal to SmartSession.toSessionDigest there). */
export function toSessionDigest(session: Session, chain: Omit<EnableChain, 'chainId'>, mode: EnableMode = 1): Hex {
  return hashStruct({
    types: enableTypes,
    primaryType: 'SignedSession',
    data: toSignedSession(session, chain, mode),
  })
}

/** The EIP-712 typed data the owner signs (viem `signTypedData`) to enable `session` on every chain. */
export function toEnableTypedData(session: Session, chains: readonly EnableChain[], mode: EnableMode = 1) {
  if (chains.length === 0) throw new InvalidSessionError('enable needs at least one chain')
  return {
    domain: enableDomain,
    types: enableTypes,
    primaryType: 'MultiChainSession' as const,
    message: {
      sessionsAndChainIds: chains.map((chain) => ({
        chainId: BigInt(chain.chainId),
        session: toSignedSession(session, chain, mode),
      })),
    },
  }
}

/** The digest the owner's signature covers: `keccak256(0x1901 ‖ domainSeparator ‖ hashStruct(MultiChainSession))`. */
export function toEnableDigest(session: Session, chains: readonly EnableChain[], mode: EnableMode = 1): Hex {
  return hashTypedData(toEnableTypedData(session, chains, mode))
}

/** The wire-format `EnableSession` struct for the chain at `chainIndex` of `chains`. */
export type EnableSession = {
  chainDigestIndex: number
  hashesAndChainIds: readonly { chainId: bigint; sessionDigest: Hex }[]
  sessionToEnable: Session
  permissionEnableSig: Hex
}

/**
 * Builds the `EnableSession` for one chain: every chain's digest, the session, and the owner's signature
 * as the account's ERC-1271 expects it (for OpenZeppelin / Nexus-style ERC-7579 accounts that is
 * `validator address ‖ signature`: see encodeValidatorSignature).
 */
export function toEnableSession(parameters: {
  session: Session
  chains: readonly EnableChain[]
  chainIndex?: number | undefined
  permissionEnableSig: Hex
  mode?: EnableMode | undefined
}): EnableSession {
  const { session, chains, permissionEnableSig } = parameters
  const chainIndex = parameters.chainIndex ?? 0
  const mode = parameters.mode ?? SmartSessionMode.ENABLE
  if (chainIndex < 0 || chainIndex >= chains.length || chainIndex > 255) {
    throw new InvalidSessionError(`chainIndex ${chainIndex} is not one of the ${chains.length} chains`)
  }
  return {
    chainDigestIndex: chainIndex,
    hashesAndChainIds: chains.map((chain) => ({
      chainId: BigInt(chain.chainId),
      sessionDigest: toSessionDigest(session, chain, mode),
    })),
    sessionToEnable: session,
    permissionEnableSig,
  }
}

/** `validator ‖ signature`: how ERC-7579 accounts that route ERC-1271 by validator prefix take a signature. */
export function encodeValidatorSignature(validator: Address, signature: Hex): Hex {
  return concat([validator, signature])
}

const enableSessionParameters = [
  {
    type: 'tuple',
    components: [
      { name: 'chainDigestIndex', type: 'uint8' },
      {
        name: 'hashesAndChainIds',
        type: 'tuple[]',
        components: [
          { name: 'chainId', type: 'uint64' },
          { name: 'sessionDigest', type: 'bytes32' },
        ],
      },
      { ...sessionAbiParameter, name: 'sessionToEnable' },
      { name: 'permissionEnableSig', type: 'bytes' },
    ],
  },
  { type: 'bytes' },
] as const

/** `abi.encode(EnableSession, bytes sessionSignature)`, uncompressed. */
export function encodeEnableSessionData(enableSession: EnableSession, sessionSignature: Hex): Hex {
  return encodeAbiParameters(enableSessionParameters, [enableSession, sessionSignature])
}

/** The ENABLE (or UNSAFE_ENABLE) user-op signature: `mode ‖ LibZip.flzCompress(abi.encode(EnableSession, sig))`. */
export function encodeEnableSignature(
  enableSession: EnableSession,
  sessionSignature: Hex,
  mode: EnableMode = SmartSessionMode.ENABLE,
): Hex {
  return concat([toHex(mode, { size: 1 }), flzCompress(encodeEnableSessionData(enableSession, sessionSignature))])
}

export { enableSessionParameters }
