// SmartSession functions of its documented external interface (docs/semantics.md, ISmartSession) that the
// client encodes. The generated ABI is used where the contract already has the function; the rest are the
// wire-format signatures (selectors are facts), checked against the generated ABI in the tests once they exist.
import { parseAbi } from 'viem'

export const smartSessionSpecAbi = parseAbi([
  'struct PolicyData { address policy; bytes initData; }',
  'struct ActionData { bytes4 actionTargetSelector; address actionTarget; PolicyData[] actionPolicies; }',
  'struct ERC7739Context { bytes32 appDomainSeparator; string[] contentNames; }',
  'struct ERC7739Data { ERC7739Context[] allowedERC7739Content; PolicyData[] erc1271Policies; }',
  'struct Session { address sessionValidator; bytes sessionValidatorInitData; bytes32 salt; PolicyData[] userOpPolicies; ERC7739Data erc7739Policies; ActionData[] actions; bool permitERC4337Paymaster; }',
  'function enableUserOpPolicies(bytes32 permissionId, PolicyData[] userOpPolicies)',
  'function disableUserOpPolicies(bytes32 permissionId, address[] policies)',
  'function enableActionPolicies(bytes32 permissionId, ActionData[] actionPolicies)',
  'function disableActionPolicies(bytes32 permissionId, bytes32 actionId, address[] policies)',
  'function disableActionId(bytes32 permissionId, bytes32 actionId)',
  'function enableERC1271Policies(bytes32 permissionId, ERC7739Data contexts)',
  'function disableERC1271Policies(bytes32 permissionId, address[] policies, ERC7739Context[] contexts)',
  'function setPermit4337Paymaster(bytes32 permissionId, bool enabled)',
  'function revokeEnableSignature(bytes32 permissionId)',
  'function getSessionDigest(bytes32 permissionId, address account, Session data, uint8 mode) view returns (bytes32)',
])

/** ERC-7579 account functions the client calls. */
export const erc7579AccountAbi = parseAbi([
  'function execute(bytes32 mode, bytes executionCalldata) payable',
  'function installModule(uint256 moduleTypeId, address module, bytes initData) payable',
  'function uninstallModule(uint256 moduleTypeId, address module, bytes deInitData) payable',
  'function isModuleInstalled(uint256 moduleTypeId, address module, bytes additionalContext) view returns (bool)',
])
