// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    ActionData,
    ActionId,
    ERC7739Context,
    ERC7739Data,
    PermissionId,
    PolicyData,
    Session,
    SmartSessionMode
} from "../DataTypes.sol";
import {IERC7579Validator} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";

/// @title ISmartSessionAdmin
/// @notice The configuration half of SmartSession: every function that changes a session. SmartSession runs them
/// in SmartSessionAdmin (through its fallback, by delegatecall, on its own storage).
/// @dev Every function acts on `msg.sender` as the account, except `selfRevoke`.
interface ISmartSessionAdmin {
    /// @notice Enables `sessions` for the calling account.
    /// @return permissionIds The id of each session, in order.
    function enableSessions(Session[] calldata sessions) external returns (PermissionId[] memory permissionIds);

    /// @notice Removes a session of the calling account (also from `getPermissionIDs`); its policies' state
    /// becomes unreachable and its enable nonce stays.
    function removeSession(PermissionId permissionId) external;

    /// @notice Adds user-op policies to an enabled session (each initialised for it).
    function enableUserOpPolicies(PermissionId permissionId, PolicyData[] calldata userOpPolicies) external;

    /// @notice Removes user-op policies from an enabled session.
    function disableUserOpPolicies(PermissionId permissionId, address[] calldata policies) external;

    /// @notice Adds actions, or policies to actions the session grants already.
    function enableActionPolicies(PermissionId permissionId, ActionData[] calldata actionPolicies) external;

    /// @notice Removes policies from one action; removing its last policy removes the action.
    function disableActionPolicies(PermissionId permissionId, ActionId actionId, address[] calldata policies) external;

    /// @notice Removes one action from a session.
    function disableActionId(PermissionId permissionId, ActionId actionId) external;

    /// @notice Adds ERC-1271 policies and ERC-7739 contents the session may sign.
    /// @dev Content names are advisory: a session granted any content name of an app domain can sign any struct of
    /// that domain (the contents reach the module only as a struct hash). Grant ERC-1271 per trusted app domain.
    function enableERC1271Policies(PermissionId permissionId, ERC7739Data calldata erc1271Policies) external;

    /// @notice Removes ERC-1271 policies and ERC-7739 contents.
    function disableERC1271Policies(
        PermissionId permissionId,
        address[] calldata policies,
        ERC7739Context[] calldata contexts
    ) external;

    /// @notice Whether user operations of the session may use a paymaster.
    function setPermit4337Paymaster(PermissionId permissionId, bool enable) external;

    /// @notice Invalidates a not-yet-used enable signature for this session by bumping its nonce.
    function revokeEnableSignature(PermissionId permissionId) external;

    // ─── Self-revocation (anyone may send it; the session key signs) ────────────────────────────────────

    /// @notice Removes session `permissionId` of `account` on the session key's own word, without the account
    /// owner (a server whose key may have leaked revokes its session). `signature` must pass the session's own
    /// session validator over `getSelfRevokeDigest(account, permissionId)`. Bumps the enable nonce too, so neither
    /// this signature nor an enable signature made for the current nonce can be used again. Revokes nothing else.
    function selfRevoke(address account, PermissionId permissionId, bytes calldata signature) external;
}

/// @title ISmartSessionModule
/// @notice What SmartSession's own code answers: the ERC-7579 validator (validation, ERC-1271) and the reads.
interface ISmartSessionModule is IERC7579Validator {
    /// @notice Whether the module is installed for `account`.
    function isInitialized(address account) external view returns (bool);

    /// @notice keccak256(abi.encode(sessionValidator, sessionValidatorInitData, salt)).
    function getPermissionId(Session calldata session) external pure returns (PermissionId);

    /// @notice Whether the session is enabled for `account`.
    function isPermissionEnabled(PermissionId permissionId, address account) external view returns (bool);

    /// @notice Whether the session of `account` has a session validator set (it is enabled).
    function isISessionValidatorSet(PermissionId permissionId, address account) external view returns (bool);

    /// @notice The enabled sessions of `account`, in no particular order (removal moves the last one into the
    /// freed place).
    function getPermissionIDs(address account) external view returns (PermissionId[] memory);

    /// @notice The session validator of a session and its configuration.
    function getSessionValidatorAndConfig(address account, PermissionId permissionId)
        external
        view
        returns (address sessionValidator, bytes memory sessionValidatorInitData);

    /// @notice The nonce the next enable signature of this session must carry.
    function getNonce(PermissionId permissionId, address account) external view returns (uint256);

    /// @notice The EIP-712 `SignedSession` struct hash of `session` for `account` on this chain at the current
    /// nonce: the `sessionDigest` of this chain's entry in a multichain enable signature.
    function getSessionDigest(
        PermissionId permissionId,
        address account,
        Session calldata session,
        SmartSessionMode mode
    ) external view returns (bytes32);

    /// @notice The EIP-712 digest the session key signs to revoke its session of `account`:
    /// `SelfRevoke(address account,bytes32 permissionId,uint256 nonce)` at the current enable nonce, in the domain
    /// {name: "SmartSession", version: "1", chainId, verifyingContract: this module}.
    function getSelfRevokeDigest(address account, PermissionId permissionId) external view returns (bytes32);

    /// @notice Whether user operations of the session may use a paymaster.
    function isPermit4337Paymaster(address account, PermissionId permissionId) external view returns (bool);

    /// @notice The ERC-1271 policies of a session.
    function getERC1271Policies(address account, PermissionId permissionId) external view returns (address[] memory);

    /// @notice The ERC-7739 contents a session may sign.
    function getEnabledERC7739Content(address account, PermissionId permissionId)
        external
        view
        returns (ERC7739Context[] memory);

    /// @notice The user-op policies of a session.
    function getUserOpPolicies(address account, PermissionId permissionId) external view returns (address[] memory);

    /// @notice The actions granted by a session.
    function getEnabledActions(address account, PermissionId permissionId) external view returns (ActionId[] memory);

    /// @notice The policies of one action of a session.
    function getActionPolicies(address account, PermissionId permissionId, ActionId actionId)
        external
        view
        returns (address[] memory);
}

/// @title ISmartSession
/// @notice Session keys for ERC-7579 accounts: a validator module that checks every user operation a session
/// key signs against exactly what the account granted (actions, policies, session validator). The whole external
/// interface of the deployed SmartSession address: its own functions and, through its fallback, the admin half;
/// the events and errors of both halves, declared once.
interface ISmartSession is ISmartSessionModule, ISmartSessionAdmin {
    // ─── Events ───────────────────────────────────────────────────────────────────────────────────────────

    /// @notice A session was enabled for `account`; `nonce` is the account's nonce for it after enabling.
    event SessionCreated(PermissionId indexed permissionId, address indexed account, uint256 nonce);
    /// @notice A session was removed (also emitted for each session on uninstall).
    event SessionRemoved(PermissionId indexed permissionId, address indexed account);
    /// @notice `policy` now runs for `scope` (an action id, or USER_OP_SCOPE / ERC1271_SCOPE) of a session.
    event PolicyEnabled(
        PermissionId indexed permissionId, address indexed account, bytes32 indexed scope, address policy
    );
    /// @notice `policy` no longer runs for `scope` of a session.
    event PolicyDisabled(
        PermissionId indexed permissionId, address indexed account, bytes32 indexed scope, address policy
    );
    /// @notice The action `actionId` is granted with its policies.
    event ActionEnabled(PermissionId indexed permissionId, address indexed account, ActionId indexed actionId);
    /// @notice The action `actionId` is no longer granted.
    event ActionDisabled(PermissionId indexed permissionId, address indexed account, ActionId indexed actionId);
    /// @notice Whether user operations of the session may use a paymaster.
    event PaymasterPermitSet(PermissionId indexed permissionId, address indexed account, bool permit);
    /// @notice The enable nonce of a session moved to `nonce` (an enable, or a revoked enable signature).
    event NonceIterated(PermissionId indexed permissionId, address indexed account, uint256 nonce);
    /// @notice The session may sign ERC-7739 typed data of `contentName` for the app domain `appDomainSeparator`.
    event ERC7739ContentEnabled(
        PermissionId indexed permissionId, address indexed account, bytes32 appDomainSeparator, string contentName
    );
    /// @notice The session may no longer sign that content.
    event ERC7739ContentDisabled(
        PermissionId indexed permissionId, address indexed account, bytes32 appDomainSeparator, string contentName
    );

    // ─── Errors ───────────────────────────────────────────────────────────────────────────────────────────

    /// @notice `userOp.sender` is not the calling account.
    error InvalidUserOpSender(address sender);
    /// @notice The user operation signature is too short or its enable data does not decode.
    error MalformedSignature();
    /// @notice The first byte of the signature is no SmartSessionMode this module accepts.
    error UnsupportedMode(uint8 mode);
    /// @notice No enabled session with this id for the account.
    error SessionNotEnabled(PermissionId permissionId);
    /// @notice The session is enabled already; remove it first or change its policies.
    error SessionAlreadyEnabled(PermissionId permissionId);
    /// @notice The user operation uses a paymaster and the session does not permit it.
    error PaymasterNotPermitted(PermissionId permissionId);
    /// @notice The session grants no action (and no fallback) covering this call.
    error ActionNotPermitted(PermissionId permissionId, address target, bytes4 selector);
    /// @notice A call to the account itself, not granted as that exact action.
    error SelfCallNotPermitted(PermissionId permissionId, bytes4 selector);
    /// @notice A call covered only by the fallback action to a module of the account (validator, executor, hook, or
    /// a contract declaring itself a fallback handler).
    error InstalledModuleCallNotPermitted(PermissionId permissionId, address target, bytes4 selector);
    /// @notice A call covered only by the fallback action to a canonical EntryPoint.
    error EntryPointCallNotPermitted(PermissionId permissionId, address target, bytes4 selector);
    /// @notice A call to this module, without the admin fallback.
    error ModuleCallNotPermitted(PermissionId permissionId, bytes4 selector);
    /// @notice `policy` refused.
    error PolicyViolation(PermissionId permissionId, address policy);
    /// @notice `policy` reverted; `reason` is its revert data.
    error PolicyReverted(PermissionId permissionId, address policy, bytes reason);
    /// @notice Not an ERC-7780 session validator (zero address or not module type 7).
    error InvalidSessionValidator(address sessionValidator);
    /// @notice Zero address, or no ERC-165 support for the interface this scope needs.
    error InvalidPolicy(address policy);
    /// @notice The same policy twice in one scope.
    error DuplicatePolicy(address policy);
    /// @notice An action with no policies: onchain nothing is implicit, grant the sudo policy explicitly.
    error NoPoliciesSet(PermissionId permissionId, ActionId actionId);
    /// @notice More policies in one scope than MAX_POLICIES.
    error TooManyPolicies(uint256 count);
    /// @notice The action target is the zero address or this module.
    error InvalidActionTarget(address target);
    /// @notice The same action twice in one session.
    error DuplicateAction(ActionId actionId);
    /// @notice More actions in one session than fit its 16-bit action count.
    error TooManyActions(uint256 count);
    /// @notice Session validator data longer than 2^24 - 1 bytes.
    error ValidatorDataTooLong(uint256 length);
    /// @notice The 24-bit enable nonce of this session is used up (2^24 - 1 enables and revocations).
    error NonceExhausted(PermissionId permissionId);
    /// @notice `chainDigestIndex` points outside `hashesAndChainIds`.
    error InvalidChainDigestIndex(uint256 index, uint256 length);
    /// @notice The chain digest picked by the enable data is for another chain.
    error ChainIdMismatch(uint64 signedChainId);
    /// @notice The session, account, module or nonce differ from what the owner signed.
    error SessionDigestMismatch(bytes32 expected, bytes32 signed);
    /// @notice The account's ERC-1271 check refused the owner's enable signature.
    error InvalidEnableSignature(address account);
    /// @notice A policy to disable is not in that scope's list.
    error PolicyNotFound(address policy);
    /// @notice The action is not granted by the session.
    error ActionNotFound(ActionId actionId);
    /// @notice An ERC-7739 content to disable is not granted.
    error ERC7739ContentNotFound(bytes32 appDomainSeparator, string contentName);
    /// @notice An ERC-7739 content name is empty or contains a forbidden character (space , ( ) or NUL).
    error InvalidERC7739Content(bytes32 appDomainSeparator, string contentName);
    /// @notice The install data is neither empty nor `mode ‖ abi.encode(Session[])`.
    error InvalidInstallData();
    /// @notice Sessions of an earlier install are still there (onUninstall never ran).
    error LeftoverSessions(address account);
    /// @notice The module is installed for this account already.
    error AlreadyInstalled(address account);
    /// @notice This module's configuration code is missing: its runtime code was placed without its constructor
    /// (e.g. an artifact's deployed bytecode copied to an address). Deploy it with `new SmartSession()`.
    error ConfigurationCodeMissing();
    /// @notice The session's own validator did not accept the self-revocation signature.
    error InvalidSelfRevokeSignature(PermissionId permissionId);
    /// @notice The account has as many sessions enabled as its permission list can hold (2^24 - 1).
    error TooManySessions(address account);
}
