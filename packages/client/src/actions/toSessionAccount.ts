import { smartSessionAbi } from '@smart-sessions/bindings'
import { type Address, type Client, ContractFunctionExecutionError, concat, type Hex } from 'viem'
import { getBlock, readContract } from 'viem/actions'
import type { AccountAdapter, EntryPointVersion } from '../accounts/types.js'
import { type Deployment, toDeployment } from '../deployment.js'
import { type EnableMode, type EnableSession, encodeEnableSignature } from '../encoding/enable.js'
import { toActionId, toPermissionId } from '../encoding/ids.js'
import { CLAIM_PERIOD_SELECTOR, encodePeriodClaimCalls } from '../encoding/periodClaim.js'
import { encodeUseSignature, type SessionSigner, signSessionHash } from '../encoding/signatures.js'
import { isWebAuthnAccount, STUB_WEBAUTHN_SIGNATURE } from '../encoding/webauthn.js'
import { InvalidSessionError, PermissionIdMismatchError, SignerNotOwnerError } from '../errors.js'
import { periodClaimContracts } from '../policies/index.js'
import { toPeriodClaimPolicies } from '../sessions/toPeriodClaimPolicies.js'
import { toSessionOwners } from '../sessions/toSessionOwners.js'
import { isSessionEnabled } from './isSessionEnabled.js'
import { sessionAccounts } from './sessionAccounts.js'
import { signSessionTypedData } from './signSessionTypedData.js'
import { type Erc7579Account, toErc7579Account } from './toErc7579Account.js'

/** A well-formed 65-byte ECDSA signature (recovers no key): gas estimation without the session key. */
const STUB_ECDSA: Hex =
  '0xfffffffffffffffffffffffffffffff0000000000000000000000000000000007aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1c'

/**
 * The account as its session key sees it: a viem smart account whose user operations go through
 * SmartSession (nonce key = SmartSession) signed by the session key(s) — no owner prompt. With `enable`,
 * operations are signed in ENABLE mode while the session is not yet enabled onchain (the first op enables
 * it), in USE mode after. Every operation starts with the `claimPeriod` calls of the session's fixed-window
 * policies for the latest block's time, so it is counted in the current window and valid until that window ends:
 * `periodClaims` names those policies (`toPeriodClaimPolicies(session)`); left out, they are found — from
 * `enable`'s session, else the session's enabled actions onchain (the `claimPeriod` action of each fixed-window
 * contract of `deployment`). `signTypedData` makes the session's ERC-1271 signature (see `signSessionTypedData`);
 * `signMessage` refuses (SmartSession grants typed-data contents only).
 */
export async function toSessionAccount(parameters: {
  client: Client
  /** The smart account's address. */
  address: Address
  smartSession: Address
  /** The session's id; derived from `enable` when left out (a different one is a PermissionIdMismatchError). */
  permissionId?: Hex | undefined
  /**
   * The session key(s): one for an ECDSA session, `threshold` of them for a multisig session, one passkey
   * (`toWebAuthnAccount`) for a passkey session — each user operation is then one WebAuthn assertion.
   */
  signers: readonly SessionSigner[]
  enable?: { enableSession: EnableSession; mode?: EnableMode | undefined } | undefined
  /** Fixed-window policies whose window each operation claims (`toPeriodClaimPolicies(session)`); default: found. */
  periodClaims?: readonly Address[] | undefined
  /** Where the fixed-window policies are, to find the claims (default: the default deployment). */
  deployment?: Deployment | undefined
  /** The account implementation (nonce key, call encoding); default OpenZeppelin's. */
  implementation?: AccountAdapter | undefined
  entryPointVersion?: EntryPointVersion | undefined
  entryPoint?: Address | undefined
}): Promise<Erc7579Account> {
  const { client, address, smartSession, signers, enable } = parameters
  const permissionId = toCheckedPermissionId(parameters.permissionId, enable?.enableSession)
  if (enable) {
    const known = toSessionOwners(enable.enableSession.sessionToEnable.sessionValidatorInitData)
    for (const signer of signers) {
      // Passkeys (WebAuthn accounts) have no address to compare; their validator's data is not an owner list.
      if (!('address' in signer) || typeof signer.address !== 'string') continue
      if (known && !known.owners.some((owner) => owner.toLowerCase() === signer.address.toLowerCase())) {
        throw new SignerNotOwnerError(signer.address, known.owners)
      }
    }
  }
  const signature = async (sessionSignature: Hex) => {
    if (enable && !(await isSessionEnabled(client, { smartSession, account: address, permissionId }))) {
      return encodeEnableSignature(enable.enableSession, sessionSignature, enable.mode)
    }
    return encodeUseSignature(permissionId, sessionSignature)
  }
  const account = await toErc7579Account({
    client,
    address,
    validator: smartSession,
    implementation: parameters.implementation,
    entryPointVersion: parameters.entryPointVersion,
    entryPoint: parameters.entryPoint,
    signUserOpHash: async (hash) => signature(await signSessionHash(signers, hash)),
    stubSignature: () =>
      signature(concat(signers.map((signer) => (isWebAuthnAccount(signer) ? STUB_WEBAUTHN_SIGNATURE : STUB_ECDSA)))),
    // ERC-1271 through SmartSession (ERC-7739 TypedDataSign); works once the session is enabled onchain.
    signTypedData: (typedData) =>
      signSessionTypedData(client, {
        account: address,
        smartSession,
        permissionId,
        signers,
        typedData,
        implementation: parameters.implementation,
      }),
    signMessage: () =>
      Promise.reject(
        new Error(
          'a session cannot sign personal messages: SmartSession grants ERC-1271 only for typed-data contents (use signTypedData)',
        ),
      ),
  })
  const claims =
    parameters.periodClaims ??
    (enable
      ? toPeriodClaimPolicies(enable.enableSession.sessionToEnable)
      : await findPeriodClaims(client, { address, smartSession, permissionId, deployment: parameters.deployment }))
  const session =
    claims.length === 0
      ? account
      : {
          ...account,
          encodeCalls: async (calls: Parameters<Erc7579Account['encodeCalls']>[0]) => {
            const { timestamp } = await getBlock(client, { blockTag: 'latest' })
            return account.encodeCalls([...encodePeriodClaimCalls(claims, timestamp), ...calls])
          },
        }
  sessionAccounts.set(session, { smartSession, permissionId, enable, periodClaims: claims })
  return session
}

/** The fixed-window contracts of `deployment` whose `claimPeriod` action the session has enabled onchain. */
async function findPeriodClaims(
  client: Client,
  parameters: { address: Address; smartSession: Address; permissionId: Hex; deployment?: Deployment | undefined },
): Promise<Address[]> {
  const deployment = toDeployment(parameters.deployment)
  const actionIds = await readContract(client, {
    address: parameters.smartSession,
    abi: smartSessionAbi,
    functionName: 'getEnabledActions',
    args: [parameters.address, parameters.permissionId],
  }).catch((error: unknown) => {
    // A session not enabled (not yet, or removed) has no claims to find: sending says why it is refused.
    if (error instanceof ContractFunctionExecutionError) return []
    throw error
  })
  const enabled = new Set(actionIds.map((id) => id.toLowerCase()))
  return periodClaimContracts
    .map((name) => deployment[name])
    .filter((policy): policy is Address => policy !== undefined)
    .filter((policy) => enabled.has(toActionId(policy, CLAIM_PERIOD_SELECTOR).toLowerCase()))
}

/** The session id: `permissionId`, or derived from `enableSession`; both given must agree. */
function toCheckedPermissionId(permissionId: Hex | undefined, enableSession: EnableSession | undefined): Hex {
  const derived = enableSession ? toPermissionId(enableSession.sessionToEnable) : undefined
  if (permissionId && derived && permissionId.toLowerCase() !== derived.toLowerCase()) {
    throw new PermissionIdMismatchError(permissionId, derived)
  }
  const id = permissionId ?? derived
  if (!id) throw new InvalidSessionError('pass permissionId (or enable, from which it is derived)')
  return id
}
