// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @dev keccak256(abi.encode(sessionValidator, sessionValidatorInitData, salt)).
type PermissionId is bytes32;

/// @dev keccak256(abi.encodePacked(actionTarget, actionTargetSelector)).
type ActionId is bytes32;

/// @dev keccak256(abi.encodePacked(account, permissionId, scopeId)): the key of one policy instance's state.
type ConfigId is bytes32;

/// @notice A policy and the data it is initialised with for one session scope.
struct PolicyData {
    address policy;
    bytes initData;
}

/// @notice A granted call (target + selector) and the policies that run for each matching call.
struct ActionData {
    bytes4 actionTargetSelector;
    address actionTarget;
    PolicyData[] actionPolicies;
}

/// @notice An ERC-7739 application domain and the typed-data content names a session may sign for it.
struct ERC7739Context {
    bytes32 appDomainSeparator;
    string[] contentNames;
}

/// @notice What a session may sign through ERC-1271 and the policies that run for it.
struct ERC7739Data {
    ERC7739Context[] allowedERC7739Content;
    PolicyData[] erc1271Policies;
}

/// @notice Everything a session grants. The wire format of the reference deployment.
struct Session {
    address sessionValidator;
    bytes sessionValidatorInitData;
    bytes32 salt;
    PolicyData[] userOpPolicies;
    ERC7739Data erc7739Policies;
    ActionData[] actions;
    bool permitERC4337Paymaster;
}

/// @notice One chain's digest of a session in a multichain enable signature.
struct ChainDigest {
    uint64 chainId;
    bytes32 sessionDigest;
}

/// @notice The data of an ENABLE / UNSAFE_ENABLE user operation signature.
struct EnableSession {
    uint8 chainDigestIndex;
    ChainDigest[] hashesAndChainIds;
    Session sessionToEnable;
    bytes permissionEnableSig;
}

/// @notice The first byte of a user operation signature.
enum SmartSessionMode {
    USE,
    ENABLE,
    UNSAFE_ENABLE
}

/// @dev The action that covers every call without an action of its own (never the account or the module).
address constant FALLBACK_TARGET = address(1);
bytes4 constant FALLBACK_SELECTOR = 0x00000001;
/// @dev Granted together with FALLBACK_TARGET, lets the session call the module's own configuration functions.
bytes4 constant ADMIN_FALLBACK_SELECTOR = 0x00000002;

uint256 constant SIG_VALIDATION_SUCCESS = 0;
uint256 constant SIG_VALIDATION_FAILED = 1;

using {eqPermissionId as ==} for PermissionId global;
using {eqActionId as ==} for ActionId global;

function eqPermissionId(PermissionId a, PermissionId b) pure returns (bool) {
    return PermissionId.unwrap(a) == PermissionId.unwrap(b);
}

function eqActionId(ActionId a, ActionId b) pure returns (bool) {
    return ActionId.unwrap(a) == ActionId.unwrap(b);
}

/// @dev Policy scopes besides action ids: the session-wide user-op policies and the ERC-1271 policies.
bytes32 constant USER_OP_SCOPE = bytes32(uint256(1));
bytes32 constant ERC1271_SCOPE = bytes32(uint256(2));

/// @dev The most policies one scope (an action, the user-op or the ERC-1271 policies) may have.
uint256 constant MAX_POLICIES = 32;
