// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    ADMIN_FALLBACK_SELECTOR,
    ActionId,
    FALLBACK_SELECTOR,
    FALLBACK_TARGET,
    PermissionId,
    SIG_VALIDATION_FAILED,
    Session,
    SmartSessionMode,
    USER_OP_SCOPE
} from "./DataTypes.sol";
import {ISessionValidator} from "./interfaces/ISessionValidator.sol";
import {ISmartSession} from "./interfaces/ISmartSession.sol";
import {ExecutionLib} from "./lib/ExecutionLib.sol";
import {IdLib} from "./lib/IdLib.sol";
import {PolicyRunner} from "./lib/PolicyRunner.sol";
import {SessionManager} from "./lib/SessionManager.sol";
import {SessionStorage as S} from "./lib/SessionStorage.sol";
import {ValidationDataLib} from "./lib/ValidationDataLib.sol";
import {ERC7579Utils} from "@openzeppelin/contracts/account/utils/draft-ERC7579Utils.sol";
import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";

/// @title SmartSession
/// @notice ERC-7579 validator module for session keys. An account grants sessions (a session validator and its
/// key configuration, the actions it may call and the policies that limit them); every user operation signed
/// with a session is checked against exactly what was granted.
/// @dev Entry points only: storage layout, decoding, policy calls and writes live in `lib/`.
contract SmartSession is ISmartSession {
    uint256 private constant MODULE_TYPE_VALIDATOR = 1;
    bytes4 private constant ERC1271_INVALID = 0xffffffff;

    // ─── ERC-7579 module ──────────────────────────────────────────────────────────────────────────────────

    /// @notice Installs the module for the calling account; `data` is empty, or
    /// `uint8 mode (ENABLE or UNSAFE_ENABLE) ‖ abi.encode(Session[])` to enable sessions at install.
    /// @dev No registry is configured in this deployment, so ENABLE and UNSAFE_ENABLE behave alike here.
    function onInstall(bytes calldata data) external {
        address account = msg.sender;
        uint256 accountSlot = S.accountSlot(account);
        uint256 accountWord = S.load(accountSlot);
        if (accountWord & S.ACCOUNT_INSTALLED != 0) revert AlreadyInstalled(account);
        if (SessionManager.hasEnabledSessions(account)) revert LeftoverSessions(account);
        S.store(accountSlot, accountWord | S.ACCOUNT_INSTALLED);
        if (data.length == 0) return;
        uint8 mode = uint8(data[0]);
        if (mode != uint8(SmartSessionMode.ENABLE) && mode != uint8(SmartSessionMode.UNSAFE_ENABLE)) {
            revert InvalidInstallData();
        }
        Session[] memory sessions = abi.decode(data[1:], (Session[]));
        for (uint256 i; i < sessions.length; ++i) {
            SessionManager.enableSession(account, sessions[i]);
        }
    }

    /// @notice Uninstalls the module: every session of the calling account stops working, for good.
    /// @dev Enable nonces survive, so no enable signature made before can be replayed after a reinstall.
    function onUninstall(bytes calldata) external {
        SessionManager.clearAccount(msg.sender);
    }

    /// @notice Whether the module is installed for `account`.
    function isInitialized(address account) external view returns (bool) {
        return S.load(S.accountSlot(account)) & S.ACCOUNT_INSTALLED != 0;
    }

    /// @notice ERC-7579 module type: a validator (1).
    function isModuleType(uint256 moduleTypeId) external pure returns (bool) {
        return moduleTypeId == MODULE_TYPE_VALIDATOR;
    }

    // ─── Validation ───────────────────────────────────────────────────────────────────────────────────────

    /// @notice Validates a user operation signed with a session of the calling account.
    /// @dev `userOp.signature` = `0x00 ‖ permissionId ‖ session validator signature` (USE mode). Reverts with a
    /// custom error when the session, a call or a policy refuses; returns 1 when only the signature is bad.
    function validateUserOp(PackedUserOperation calldata userOp, bytes32 userOpHash) external returns (uint256) {
        address account = msg.sender;
        if (userOp.sender != account) revert InvalidUserOpSender(userOp.sender);
        bytes calldata signature = userOp.signature;
        if (signature.length < 33) revert MalformedSignature();
        uint8 mode = uint8(signature[0]);
        if (mode != uint8(SmartSessionMode.USE)) revert UnsupportedMode(mode);
        PermissionId permissionId = PermissionId.wrap(bytes32(signature[1:33]));
        return _validateSession(account, permissionId, userOp, userOpHash, signature[33:]);
    }

    /// @notice ERC-1271 through a session: not granted by this version, so every signature is refused.
    function isValidSignatureWithSender(address, bytes32, bytes calldata) external pure returns (bytes4) {
        return ERC1271_INVALID;
    }

    // ─── Configuration (the caller is the account) ───────────────────────────────────────────────────────

    /// @inheritdoc ISmartSession
    function enableSessions(Session[] calldata sessions) external returns (PermissionId[] memory permissionIds) {
        permissionIds = new PermissionId[](sessions.length);
        for (uint256 i; i < sessions.length; ++i) {
            permissionIds[i] = SessionManager.enableSession(msg.sender, sessions[i]);
        }
    }

    /// @inheritdoc ISmartSession
    function removeSession(PermissionId permissionId) external {
        SessionManager.removeSession(msg.sender, permissionId);
    }

    // ─── Reads ────────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc ISmartSession
    function getPermissionId(Session calldata session) external pure returns (PermissionId) {
        return IdLib.permissionId(session);
    }

    /// @inheritdoc ISmartSession
    function isPermissionEnabled(PermissionId permissionId, address account) public view returns (bool) {
        return S.load(S.headerSlot(account, permissionId)) & S.HEADER_ENABLED != 0;
    }

    /// @inheritdoc ISmartSession
    function isISessionValidatorSet(PermissionId permissionId, address account) external view returns (bool) {
        return isPermissionEnabled(permissionId, account);
    }

    /// @notice The nonce an enable signature for this session must carry next.
    function getNonce(PermissionId permissionId, address account) external view returns (uint256) {
        return S.nonceOf(S.load(S.headerSlot(account, permissionId)));
    }

    /// @inheritdoc ISmartSession
    function getPermissionIDs(address account) external view returns (PermissionId[] memory permissionIds) {
        uint256 count = S.load(S.accountSlot(account)) & S.ACCOUNT_COUNT_MASK;
        permissionIds = new PermissionId[](count);
        uint256 enabled;
        for (uint256 i; i < count; ++i) {
            PermissionId permissionId = PermissionId.wrap(bytes32(S.load(S.permissionSlot(account, i))));
            if (isPermissionEnabled(permissionId, account)) permissionIds[enabled++] = permissionId;
        }
        assembly ("memory-safe") {
            // Trim to the enabled ones.
            mstore(permissionIds, enabled)
        }
    }

    /// @inheritdoc ISmartSession
    function getSessionValidatorAndConfig(address account, PermissionId permissionId)
        external
        view
        returns (address sessionValidator, bytes memory sessionValidatorInitData)
    {
        uint256 header = _enabledHeader(account, permissionId);
        return (S.validatorOf(header), S.loadValidatorData(account, permissionId));
    }

    /// @inheritdoc ISmartSession
    function getUserOpPolicies(address account, PermissionId permissionId) external view returns (address[] memory) {
        uint256 header = _enabledHeader(account, permissionId);
        return _policies(S.policyListSlot(account, permissionId, S.generationOf(header), USER_OP_SCOPE));
    }

    /// @inheritdoc ISmartSession
    function getEnabledActions(address account, PermissionId permissionId)
        external
        view
        returns (ActionId[] memory actionIds)
    {
        uint256 header = _enabledHeader(account, permissionId);
        uint256 generation = S.generationOf(header);
        actionIds = new ActionId[](S.actionCountOf(header));
        for (uint256 i; i < actionIds.length; ++i) {
            actionIds[i] = ActionId.wrap(bytes32(S.load(S.actionSlot(account, permissionId, generation, i))));
        }
    }

    /// @inheritdoc ISmartSession
    function getActionPolicies(address account, PermissionId permissionId, ActionId actionId)
        external
        view
        returns (address[] memory)
    {
        uint256 header = _enabledHeader(account, permissionId);
        return _policies(S.policyListSlot(account, permissionId, S.generationOf(header), ActionId.unwrap(actionId)));
    }

    // ─── Internals ────────────────────────────────────────────────────────────────────────────────────────

    /// @dev USE-mode validation: session → each call's action and policies → user-op policies → signature.
    function _validateSession(
        address account,
        PermissionId permissionId,
        PackedUserOperation calldata userOp,
        bytes32 userOpHash,
        bytes calldata sessionSignature
    ) private returns (uint256 validationData) {
        uint256 header = S.load(S.headerSlot(account, permissionId));
        if (header & S.HEADER_ENABLED == 0) revert SessionNotEnabled(permissionId);
        if (userOp.paymasterAndData.length != 0 && header & S.HEADER_PAYMASTER == 0) {
            revert PaymasterNotPermitted(permissionId);
        }
        uint256 generation = S.generationOf(header);
        validationData = _checkCalls(account, permissionId, generation, userOp.callData);
        if (header & S.HEADER_USER_OP_POLICIES != 0) {
            validationData = ValidationDataLib.intersect(
                validationData,
                PolicyRunner.runUserOpPolicies(
                    S.policyListSlot(account, permissionId, generation, USER_OP_SCOPE),
                    permissionId,
                    IdLib.configId(account, permissionId, USER_OP_SCOPE),
                    userOp
                )
            );
        }
        bytes memory validatorData = S.loadValidatorData(account, permissionId);
        if (!ISessionValidator(S.validatorOf(header))
                .validateSignatureWithData(userOpHash, sessionSignature, validatorData)) return SIG_VALIDATION_FAILED;
    }

    /// @dev Checks every call of the user operation's `execute`; their time ranges are intersected.
    function _checkCalls(address account, PermissionId permissionId, uint256 generation, bytes calldata callData)
        private
        returns (uint256 validationData)
    {
        (bool isBatch, bytes calldata executionCalldata) = ExecutionLib.decodeExecute(callData);
        if (!isBatch) {
            (address target, uint256 value, bytes calldata data) = ExecutionLib.decodeSingle(executionCalldata);
            return _checkCall(account, permissionId, generation, target, value, data);
        }
        Execution[] calldata calls = ERC7579Utils.decodeBatch(executionCalldata);
        if (calls.length == 0) revert MalformedExecutionCalldata();
        for (uint256 i; i < calls.length; ++i) {
            validationData = ValidationDataLib.intersect(
                validationData,
                _checkCall(account, permissionId, generation, calls[i].target, calls[i].value, calls[i].callData)
            );
        }
    }

    /// @dev Runs the policies of the action covering one call.
    function _checkCall(
        address account,
        PermissionId permissionId,
        uint256 generation,
        address target,
        uint256 value,
        bytes calldata data
    ) private returns (uint256) {
        // ERC-7579 accounts (OpenZeppelin's among them) send a call to address(0) to themselves.
        if (target == address(0)) target = account;
        (ActionId actionId, uint256 listSlot, uint256 head) =
            _findAction(account, permissionId, generation, target, ExecutionLib.selectorOf(data));
        bytes memory check = PolicyRunner.encodeCheckAction(
            IdLib.configId(account, permissionId, ActionId.unwrap(actionId)), account, target, value, data
        );
        return PolicyRunner.run(listSlot, head, permissionId, check);
    }

    /// @dev The action covering a call: its own, else the fallback; never the fallback for the account itself,
    /// and only the admin fallback for this module. Returns the action's policy list (slot and word 0).
    function _findAction(
        address account,
        PermissionId permissionId,
        uint256 generation,
        address target,
        bytes4 selector
    ) private view returns (ActionId actionId, uint256 listSlot, uint256 head) {
        actionId = IdLib.actionId(target, selector);
        listSlot = S.policyListSlot(account, permissionId, generation, ActionId.unwrap(actionId));
        head = S.load(listSlot);
        if (head != 0) return (actionId, listSlot, head);
        if (target == account) revert SelfCallNotPermitted(permissionId, selector);
        bool isModule = target == address(this);
        actionId = IdLib.actionId(FALLBACK_TARGET, isModule ? ADMIN_FALLBACK_SELECTOR : FALLBACK_SELECTOR);
        listSlot = S.policyListSlot(account, permissionId, generation, ActionId.unwrap(actionId));
        head = S.load(listSlot);
        if (head != 0) return (actionId, listSlot, head);
        if (isModule) revert ModuleCallNotPermitted(permissionId, selector);
        revert ActionNotPermitted(permissionId, target, selector);
    }

    function _enabledHeader(address account, PermissionId permissionId) private view returns (uint256 header) {
        header = S.load(S.headerSlot(account, permissionId));
        if (header & S.HEADER_ENABLED == 0) revert SessionNotEnabled(permissionId);
    }

    function _policies(uint256 listSlot) private view returns (address[] memory policies) {
        uint256 head = S.load(listSlot);
        policies = new address[](head >> S.LIST_COUNT_SHIFT);
        for (uint256 i; i < policies.length; ++i) {
            policies[i] = SessionManager.policyAt(listSlot, head, i);
        }
    }
}
