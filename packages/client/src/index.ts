// @smart-sessions/client: session keys for ERC-7579 accounts, viem-native — what a dapp uses. Every export is
// a plain function, class or constant (tree-shakable). Wire-format encoders, ids, digests and the other
// configuration calls are in `@smart-sessions/client/encoding`.
export * from './accounts/index.js'
export type { AccountCall } from './actions/call.js'
export { checkSessionCalls, type SessionCheck } from './actions/checkSessionCalls.js'
export { encodeEnableSessionsCall } from './actions/encodeEnableSessionsCall.js'
export { encodeInstallCall } from './actions/encodeInstallCall.js'
export { encodeRemoveSessionCall } from './actions/encodeRemoveSessionCall.js'
export { encodeRevokeEnableSignatureCall } from './actions/encodeRevokeEnableSignatureCall.js'
export { encodeUninstallCall } from './actions/encodeUninstallCall.js'
export { getDeployment } from './actions/getDeployment.js'
export { getEnableChain } from './actions/getEnableChain.js'
export { getPermissionIds } from './actions/getPermissionIds.js'
export { getSessionNonce } from './actions/getSessionNonce.js'
export { getSessionState, type PolicyState, type SessionState } from './actions/getSessionState.js'
export { isSessionEnabled } from './actions/isSessionEnabled.js'
export { sendSelfRevoke } from './actions/sendSelfRevoke.js'
export { sendSessionUserOperation } from './actions/sendSessionUserOperation.js'
export { type DirectGas, type DirectResult, sendUserOperationDirect } from './actions/sendUserOperationDirect.js'
export { signSelfRevoke } from './actions/signSelfRevoke.js'
export { signSessionEnable } from './actions/signSessionEnable.js'
export { signSessionTypedData } from './actions/signSessionTypedData.js'
export { smartSessionActions } from './actions/smartSessionActions.js'
export { type Erc7579Account, toErc7579Account } from './actions/toErc7579Account.js'
export { toSessionAccount } from './actions/toSessionAccount.js'
export { type ContractName, type Deployment, defaultDeployment, toDeployment } from './deployment.js'
export {
  type EnableChain,
  type EnableSession,
  encodeValidatorSignature,
  toEnableSession,
  toEnableTypedData,
} from './encoding/enable.js'
export type { Call } from './encoding/execute.js'
export { toPermissionId } from './encoding/ids.js'
export type { SessionSigner } from './encoding/signatures.js'
export {
  type DecodedRevert,
  ExecutionRevertedError,
  InvalidPolicyConfigError,
  InvalidSessionError,
  MissingDeploymentError,
  NotDeployedError,
  PermissionIdMismatchError,
  PermissionRequestError,
  PolicyRefusedError,
  SessionExpiredError,
  SessionNotYetValidError,
  SessionOperationError,
  SessionRevokedError,
  SignerNotOwnerError,
} from './errors.js'
export {
  type GrantedPermission,
  getSessionPermissions,
  type SessionPermissions,
} from './permissions/getSessionPermissions.js'
export { grantPermissionsToSession } from './permissions/grantPermissionsToSession.js'
export { permissionTypes, toPermissionSessionConfig } from './permissions/toPermissionSessionConfig.js'
export type * from './permissions/types.js'
export { toCallRulesPolicy } from './policies/toCallRulesPolicy.js'
export type * from './policies/types.js'
export { deserializeSession } from './sessions/deserializeSession.js'
export { type SessionGrant, serializeSession } from './sessions/serializeSession.js'
export { toPeriodClaimPolicies } from './sessions/toPeriodClaimPolicies.js'
export { toSession } from './sessions/toSession.js'
export type * from './sessions/types.js'
export {
  type PeriodicAllowanceState,
  type PolicyStateContext,
  type PolicyStateReader,
  policyStateReaders,
  type StreamState,
} from './state/policyStateReaders.js'
export type * from './types.js'
