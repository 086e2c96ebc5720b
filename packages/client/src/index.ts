// @smart-sessions/client: session keys for ERC-7579 accounts, viem-native. Every export is a plain function
// or constant (tree-shakable); types of the wire format come from @smart-sessions/bindings.
export { erc7579AccountAbi, smartSessionSpecAbi } from './abi.js'
export * from './accounts/index.js'
export type { AccountCall } from './actions/call.js'
export { getDisableActionCall } from './actions/getDisableActionCall.js'
export { getDisableActionPoliciesCall } from './actions/getDisableActionPoliciesCall.js'
export { getDisableUserOpPoliciesCall } from './actions/getDisableUserOpPoliciesCall.js'
export { getEnableActionPoliciesCall } from './actions/getEnableActionPoliciesCall.js'
export { getEnableChain } from './actions/getEnableChain.js'
export { getEnableSessionsCall } from './actions/getEnableSessionsCall.js'
export { getEnableUserOpPoliciesCall } from './actions/getEnableUserOpPoliciesCall.js'
export { getInstallCall } from './actions/getInstallCall.js'
export { getPermissionIds } from './actions/getPermissionIds.js'
export { getRemoveSessionCall } from './actions/getRemoveSessionCall.js'
export { getRevokeEnableSignatureCall } from './actions/getRevokeEnableSignatureCall.js'
export { getSessionNonce } from './actions/getSessionNonce.js'
export { getSetPaymasterPermitCall } from './actions/getSetPaymasterPermitCall.js'
export { getUninstallCall } from './actions/getUninstallCall.js'
export { isSessionEnabled } from './actions/isSessionEnabled.js'
export { readSessionDigest } from './actions/readSessionDigest.js'
export { sendSelfRevoke } from './actions/sendSelfRevoke.js'
export { sendSessionUserOperation } from './actions/sendSessionUserOperation.js'
export { type DirectGas, type DirectResult, sendUserOperationDirect } from './actions/sendUserOperationDirect.js'
export { signSelfRevoke } from './actions/signSelfRevoke.js'
export { signSessionTypedData } from './actions/signSessionTypedData.js'
export { type Erc7579Account, toErc7579Account } from './actions/toErc7579Account.js'
export { toSessionAccount } from './actions/toSessionAccount.js'
export * from './constants.js'
export { type ContractName, type Deployment, getDeployment, requireAddress } from './deployment.js'
export {
  buildEnableSession,
  type EnableChain,
  type EnableMode,
  type EnableSession,
  enableDomain,
  enableTypes,
  encodeEnableSessionData,
  encodeEnableSignature,
  formatValidatorSignature,
  getEnableDigest,
  getEnableTypedData,
  getSessionDigest,
  toSignedSession,
} from './encoding/enable.js'
export {
  type AccountDomain,
  encodeSessionERC1271Signature,
  encodeTypedDataType,
  fallbackAccountDomain,
  getAppDomainSeparator,
  getTypedDataSignDigest,
  type LooseTypedData,
  toERC7739Context,
} from './encoding/erc7739.js'
export { type Call, encodeExecute } from './encoding/execute.js'
export { flzCompress, flzDecompress } from './encoding/flz.js'
export { getActionId, getConfigId, getPermissionId } from './encoding/ids.js'
export { encodeInstallData } from './encoding/install.js'
export { CLAIM_PERIOD_SELECTOR, encodePeriodClaimCalls } from './encoding/periodClaim.js'
export { selfRevokeTypes, toSelfRevokeTypedData } from './encoding/selfRevoke.js'
export {
  decodeUseSignature,
  encodeUseSignature,
  getSignatureMode,
  type SessionSigner,
  signSessionHash,
} from './encoding/signatures.js'
export {
  encodePasskeyValidatorData,
  encodeWebAuthnSignature,
  isWebAuthnAccount,
  type PasskeyPublicKey,
  STUB_WEBAUTHN_SIGNATURE,
  toPasskeyCoordinates,
  type WebAuthnAssertion,
} from './encoding/webauthn.js'
export {
  type AddressBook,
  type DecodedRevert,
  decodeRevert,
  describeRevert,
  entryPointErrorsAbi,
  InvalidPolicyConfigError,
  InvalidSessionError,
  MissingDeploymentError,
  PermissionRequestError,
  SessionOperationError,
  toSessionOperationError,
} from './errors.js'
export { grantPermissionsToSession } from './permissions/grantPermissionsToSession.js'
export { permissionTypes, toPermissionSessionConfig } from './permissions/toPermissionSessionConfig.js'
export type * from './permissions/types.js'
export * from './policies/index.js'
export { toPeriodClaimPolicies } from './sessions/toPeriodClaimPolicies.js'
export { toSession, toSessionValidator } from './sessions/toSession.js'
export type * from './sessions/types.js'
export type * from './types.js'
