// @smart-sessions/client/encoding: the wire format and the rest of the configuration API — ids, digests,
// signatures, EIP-712 enable data, FastLZ, install data, ERC-7579 execute, policy initData encoders, the
// configuration calls of SmartSession, and revert decoding. Everything here is local work (no chain reads)
// except readSessionDigest.
export { encodeDisableActionCall } from './actions/encodeDisableActionCall.js'
export { encodeDisableActionPoliciesCall } from './actions/encodeDisableActionPoliciesCall.js'
export { encodeDisableUserOpPoliciesCall } from './actions/encodeDisableUserOpPoliciesCall.js'
export { encodeEnableActionPoliciesCall } from './actions/encodeEnableActionPoliciesCall.js'
export { encodeEnableUserOpPoliciesCall } from './actions/encodeEnableUserOpPoliciesCall.js'
export { encodeSetPaymasterPermitCall } from './actions/encodeSetPaymasterPermitCall.js'
export { readSessionDigest } from './actions/readSessionDigest.js'
export * from './constants.js'
export { requireAddress } from './deployment.js'
export {
  type EnableMode,
  enableDomain,
  enableTypes,
  encodeEnableSessionData,
  encodeEnableSignature,
  toEnableDigest,
  toSessionDigest,
  toSignedSession,
} from './encoding/enable.js'
export {
  type AccountDomain,
  encodeSessionERC1271Signature,
  encodeTypedDataType,
  hashTypedDataSign,
  type LooseTypedData,
  toAppDomainSeparator,
  toERC7739Context,
  toFallbackAccountDomain,
} from './encoding/erc7739.js'
export { encodeExecute } from './encoding/execute.js'
export { flzCompress, flzDecompress } from './encoding/flz.js'
export { toActionId, toConfigId } from './encoding/ids.js'
export { encodeInstallData } from './encoding/install.js'
export { CLAIM_PERIOD_SELECTOR, encodePeriodClaimCalls } from './encoding/periodClaim.js'
export { selfRevokeTypes, toSelfRevokeTypedData } from './encoding/selfRevoke.js'
export { decodeSignatureMode, decodeUseSignature, encodeUseSignature, signSessionHash } from './encoding/signatures.js'
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
  decodeRevert,
  describeRevert,
  formatTime,
  toSessionOperationError,
} from './errors.js'
export * from './policies/index.js'
export { toSessionValidator } from './sessions/toSession.js'
