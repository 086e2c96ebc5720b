// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    ADMIN_FALLBACK_SELECTOR,
    ActionData,
    ActionId,
    ConfigId,
    ERC1271_SCOPE,
    ERC7739Context,
    ERC7739Data,
    FALLBACK_SELECTOR,
    FALLBACK_TARGET,
    PermissionId,
    PolicyData,
    SIG_VALIDATION_FAILED,
    Session,
    SmartSessionMode,
    USER_OP_SCOPE
} from "./DataTypes.sol";
import {SmartSessionAdmin} from "./SmartSessionAdmin.sol";
import {I1271Policy} from "./interfaces/IPolicy.sol";
import {ISessionValidator} from "./interfaces/ISessionValidator.sol";
import {ISmartSession, ISmartSessionModule} from "./interfaces/ISmartSession.sol";
import {ExecutionLib} from "./lib/ExecutionLib.sol";
import {IdLib} from "./lib/IdLib.sol";
import {PolicyRunner} from "./lib/PolicyRunner.sol";
import {SelfRevokeHashLib} from "./lib/SelfRevokeHashLib.sol";
import {SessionStorage as S} from "./lib/SessionStorage.sol";
import {ValidationDataLib} from "./lib/ValidationDataLib.sol";
import {ERC4337Utils} from "@openzeppelin/contracts/account/utils/ERC4337Utils.sol";
import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {IERC5267} from "@openzeppelin/contracts/interfaces/IERC5267.sol";
import {
    Execution,
    IERC7579Module,
    IERC7579ModuleConfig,
    MODULE_TYPE_FALLBACK,
    MODULE_TYPE_HOOK,
    MODULE_TYPE_VALIDATOR
} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {ERC7739Utils} from "@openzeppelin/contracts/utils/cryptography/draft-ERC7739Utils.sol";

/// @title SmartSession
/// @notice ERC-7579 validator module for session keys. An account grants sessions (a session validator and its
/// key configuration, the actions it may call and the policies that limit them); every user operation signed
/// with a session is checked against exactly what was granted.
/// @dev Entry points only: storage layout, decoding, policy calls and writes live in `lib/`. Every change of state
/// runs in the admin half (SmartSessionAdmin) this constructor creates; without it (runtime code placed without the constructor) every
/// configuration call, install and ENABLE included, reverts with `ConfigurationCodeMissing`.
contract SmartSession is ISmartSessionModule {
    /// @dev The configuration half, created with this module; every change of state runs there by delegatecall.
    SmartSessionAdmin private immutable ADMIN = new SmartSessionAdmin();
    bytes4 private constant ERC1271_INVALID = 0xffffffff;

    // ─── ERC-7579 module ──────────────────────────────────────────────────────────────────────────────────

    /// @notice Installs the module for the calling account; `data` is empty, or
    /// `uint8 mode (ENABLE or UNSAFE_ENABLE) ‖ abi.encode(Session[])` to enable sessions at install.
    /// @dev No registry is configured in this deployment, so ENABLE and UNSAFE_ENABLE behave alike here.
    function onInstall(bytes calldata) external {
        _delegateToAdmin();
    }

    /// @notice Uninstalls the module: every session of the calling account stops working, for good.
    /// @dev Enable nonces survive, so no enable signature made before can be replayed after a reinstall.
    function onUninstall(bytes calldata) external {
        _delegateToAdmin();
    }

    /// @inheritdoc ISmartSessionModule
    function isInitialized(address account) external view returns (bool) {
        return S.load(S.accountSlot(account)) & S.ACCOUNT_INSTALLED != 0;
    }

    /// @notice ERC-7579 module type: a validator (1).
    function isModuleType(uint256 moduleTypeId) external pure returns (bool) {
        return moduleTypeId == MODULE_TYPE_VALIDATOR;
    }

    // ─── Validation ───────────────────────────────────────────────────────────────────────────────────────

    /// @notice Validates a user operation signed with a session of the calling account.
    /// @dev `userOp.signature` is `0x00 ‖ permissionId ‖ session validator signature` (USE), or `0x01` / `0x02` ‖
    /// `LibZip.flzCompress(abi.encode(EnableSession, bytes sessionSignature))` (ENABLE / UNSAFE_ENABLE: the owner's
    /// enable signature is checked through the account's ERC-1271, the session is stored, then used). Reverts with
    /// a custom error when the session, a call or a policy refuses; returns 1 when only the session signature is bad.
    function validateUserOp(PackedUserOperation calldata userOp, bytes32 userOpHash) external returns (uint256) {
        address account = msg.sender;
        if (userOp.sender != account) revert ISmartSession.InvalidUserOpSender(userOp.sender);
        bytes calldata signature = userOp.signature;
        if (signature.length < 33) revert ISmartSession.MalformedSignature();
        uint8 mode = uint8(signature[0]);
        if (mode == uint8(SmartSessionMode.USE)) {
            PermissionId permissionId = PermissionId.wrap(bytes32(signature[1:33]));
            return _validateSession(account, permissionId, userOp, userOpHash, signature[33:]);
        }
        if (mode > uint8(SmartSessionMode.UNSAFE_ENABLE)) revert ISmartSession.UnsupportedMode(mode);
        (PermissionId enabled, bytes memory sessionSignature) = _enableWithSignature(account, mode, signature[1:]);
        return _validateSession(account, enabled, userOp, userOpHash, sessionSignature);
    }

    /// @notice ERC-1271 through a session: `signature` = `permissionId ‖ ERC-7739 TypedDataSign signature`
    /// (`sessionSig ‖ appDomainSeparator ‖ contents ‖ contentsDescription ‖ uint16 length`). Valid only for an
    /// enabled session, a granted (app domain, content name), when every ERC-1271 policy (at least one) passes and
    /// the session key signed the nested digest built from exactly this `hash`.
    /// Content names are advisory: ERC-7739 hands over the contents as an opaque struct hash, so a session granted
    /// one content name of an app domain can label any struct of that domain with it. A grant is in effect a grant
    /// for the whole app domain; other domains are refused whatever the label (docs/threat-model.md).
    /// @dev The account's EIP-712 domain (ERC-5267) is nested; without one, {name: "SmartSession", version: "1",
    /// chainId, verifyingContract: account, salt: 0}. This module never vouches for itself (no session can sign
    /// for another session's enable).
    function isValidSignatureWithSender(address sender, bytes32 hash, bytes calldata signature)
        external
        view
        returns (bytes4)
    {
        if (sender == address(this) || signature.length < 32) return ERC1271_INVALID;
        PermissionId permissionId = PermissionId.wrap(bytes32(signature[:32]));
        return _isValidSessionSignature(sender, hash, permissionId, signature[32:])
            ? IERC1271.isValidSignature.selector
            : ERC1271_INVALID;
    }

    // ─── Configuration (the caller is the account) ───────────────────────────────────────────────────────

    /// @notice Every configuration function of ISmartSessionAdmin (enableSessions, removeSession, policy and
    /// action changes, revocation, selfRevoke) runs in SmartSessionAdmin, on this contract's storage.
    /// @dev Unknown selectors revert there (it has no fallback).
    fallback() external {
        _delegateToAdmin();
    }

    // ─── Reads ────────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc ISmartSessionModule
    function getPermissionId(Session calldata session) external pure returns (PermissionId) {
        return IdLib.permissionId(session);
    }

    /// @inheritdoc ISmartSessionModule
    function isPermissionEnabled(PermissionId permissionId, address account) public view returns (bool) {
        return S.load(S.headerSlot(account, permissionId)) & S.HEADER_ENABLED != 0;
    }

    /// @inheritdoc ISmartSessionModule
    function isISessionValidatorSet(PermissionId permissionId, address account) external view returns (bool) {
        return isPermissionEnabled(permissionId, account);
    }

    /// @inheritdoc ISmartSessionModule
    function getNonce(PermissionId permissionId, address account) public view returns (uint256) {
        return S.nonceOf(S.load(S.headerSlot(account, permissionId)));
    }

    /// @inheritdoc ISmartSessionModule
    function getSessionDigest(
        PermissionId permissionId,
        address account,
        Session calldata session,
        SmartSessionMode mode
    ) external view returns (bytes32) {
        return SmartSessionAdmin(_admin())
            .sessionDigest(account, session, mode, getNonce(permissionId, account), address(this));
    }

    /// @inheritdoc ISmartSessionModule
    function getSelfRevokeDigest(address account, PermissionId permissionId) external view returns (bytes32) {
        return SelfRevokeHashLib.digest(account, permissionId, getNonce(permissionId, account), address(this));
    }

    /// @inheritdoc ISmartSessionModule
    function isPermit4337Paymaster(address account, PermissionId permissionId) external view returns (bool) {
        return _enabledHeader(account, permissionId) & S.HEADER_PAYMASTER != 0;
    }

    /// @inheritdoc ISmartSessionModule
    function getERC1271Policies(address account, PermissionId permissionId) external view returns (address[] memory) {
        uint256 header = _enabledHeader(account, permissionId);
        return _policies(S.policyListSlot(account, permissionId, S.generationOf(header), ERC1271_SCOPE));
    }

    /// @inheritdoc ISmartSessionModule
    function getEnabledERC7739Content(address account, PermissionId permissionId)
        external
        view
        returns (ERC7739Context[] memory)
    {
        return S.contents(account, permissionId, S.generationOf(_enabledHeader(account, permissionId)));
    }

    /// @inheritdoc ISmartSessionModule
    function getPermissionIDs(address account) external view returns (PermissionId[] memory permissionIds) {
        permissionIds = new PermissionId[](S.permissionCount(account));
        for (uint256 i; i < permissionIds.length; ++i) {
            permissionIds[i] = S.permissionAt(account, i);
        }
    }

    /// @inheritdoc ISmartSessionModule
    function getSessionValidatorAndConfig(address account, PermissionId permissionId)
        external
        view
        returns (address sessionValidator, bytes memory sessionValidatorInitData)
    {
        uint256 header = _enabledHeader(account, permissionId);
        return (S.validatorOf(header), S.loadValidatorData(account, permissionId));
    }

    /// @inheritdoc ISmartSessionModule
    function getUserOpPolicies(address account, PermissionId permissionId) external view returns (address[] memory) {
        uint256 header = _enabledHeader(account, permissionId);
        return _policies(S.policyListSlot(account, permissionId, S.generationOf(header), USER_OP_SCOPE));
    }

    /// @inheritdoc ISmartSessionModule
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

    /// @inheritdoc ISmartSessionModule
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
        bytes memory sessionSignature
    ) private returns (uint256 validationData) {
        uint256 header = S.load(S.headerSlot(account, permissionId));
        if (header & S.HEADER_ENABLED == 0) revert ISmartSession.SessionNotEnabled(permissionId);
        if (userOp.paymasterAndData.length != 0 && header & S.HEADER_PAYMASTER == 0) {
            revert ISmartSession.PaymasterNotPermitted(permissionId);
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

    /// @dev Checks every call of the user operation's `execute` (canonical encoding only); time ranges intersect.
    function _checkCalls(address account, PermissionId permissionId, uint256 generation, bytes calldata callData)
        private
        returns (uint256 validationData)
    {
        (bool isBatch, bytes calldata executionCalldata) = ExecutionLib.decodeUserOpCallData(callData);
        if (!isBatch) {
            (address target, uint256 value, bytes calldata data) = ExecutionLib.decodeSingle(executionCalldata);
            return _checkCall(account, permissionId, generation, target, value, data);
        }
        Execution[] calldata calls = ExecutionLib.decodeBatch(executionCalldata);
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

    /// @dev The action covering a call: its own, else the fallback. Returns the action's policy list (slot and
    /// word 0). The fallback never covers: the account itself; this module (only the admin fallback does); any
    /// module of the account (its configuration functions trust calls from the account: a fallback session could
    /// otherwise replace the owner or rewrite a handler); the canonical EntryPoints (`withdrawTo` would move the
    /// account's deposit past every value limit). An explicit action covers any of them.
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
        if (target == account) revert ISmartSession.SelfCallNotPermitted(permissionId, selector);
        bool isModule = target == address(this);
        actionId = IdLib.actionId(FALLBACK_TARGET, isModule ? ADMIN_FALLBACK_SELECTOR : FALLBACK_SELECTOR);
        listSlot = S.policyListSlot(account, permissionId, generation, ActionId.unwrap(actionId));
        head = S.load(listSlot);
        if (head == 0) {
            if (isModule) revert ISmartSession.ModuleCallNotPermitted(permissionId, selector);
            revert ISmartSession.ActionNotPermitted(permissionId, target, selector);
        }
        if (isModule) return (actionId, listSlot, head);
        if (_isEntryPoint(target)) revert ISmartSession.EntryPointCallNotPermitted(permissionId, target, selector);
        if (_isModuleOf(account, target)) {
            revert ISmartSession.InstalledModuleCallNotPermitted(permissionId, target, selector);
        }
    }

    /// @dev The canonical EntryPoints v0.7, v0.8 and v0.9 (OpenZeppelin's ERC4337Utils addresses).
    function _isEntryPoint(address target) private pure returns (bool) {
        return target == address(ERC4337Utils.ENTRYPOINT_V07) || target == address(ERC4337Utils.ENTRYPOINT_V08)
            || target == address(ERC4337Utils.ENTRYPOINT_V09);
    }

    /// @dev Whether `target` may be a module of `account`. Validators, executors and hooks: the account's own
    /// `isModuleInstalled` (its storage, the ground truth). Fallback handlers cannot be asked that way (the
    /// account answers per selector, and a handler's configuration functions are not among its selectors), so the
    /// target itself is asked whether it is a fallback-handler module (`isModuleType(3)`): ERC-7579 accounts check
    /// exactly that answer when they install a fallback handler, so every installed handler says yes; a contract
    /// that says yes but is not installed is refused too (an explicit action still covers it). An account or
    /// target that cannot answer (reverts, no code, short answer) counts as "no".
    function _isModuleOf(address account, address target) private view returns (bool) {
        for (uint256 moduleType = MODULE_TYPE_VALIDATOR; moduleType <= MODULE_TYPE_HOOK; ++moduleType) {
            if (moduleType == MODULE_TYPE_FALLBACK) {
                if (_answersTrue(target, abi.encodeCall(IERC7579Module.isModuleType, (MODULE_TYPE_FALLBACK)))) {
                    return true;
                }
            } else if (_answersTrue(
                    account, abi.encodeCall(IERC7579ModuleConfig.isModuleInstalled, (moduleType, target, ""))
                )) {
                return true;
            }
        }
        return false;
    }

    /// @dev Whether a static call of `payload` on `target` succeeds with a first answer word of exactly 1.
    function _answersTrue(address target, bytes memory payload) private view returns (bool yes) {
        assembly ("memory-safe") {
            mstore(0x00, 0)
            let success := staticcall(gas(), target, add(payload, 0x20), mload(payload), 0x00, 0x20)
            // No code or a short answer leaves word 0 zero or is caught by the size check.
            yes := and(and(success, gt(returndatasize(), 0x1f)), eq(mload(0x00), 1))
        }
    }

    /// @dev ENABLE / UNSAFE_ENABLE: the admin half checks the owner's signature and stores the session.
    function _enableWithSignature(address account, uint8 mode, bytes calldata compressed)
        private
        returns (PermissionId permissionId, bytes memory sessionSignature)
    {
        (bool success, bytes memory result) = _admin()
            .delegatecall(
                abi.encodeCall(SmartSessionAdmin.enableWithSignature, (account, SmartSessionMode(mode), compressed))
            );
        if (!success) {
            assembly ("memory-safe") {
                revert(add(result, 0x20), mload(result))
            }
        }
        return abi.decode(result, (PermissionId, bytes));
    }

    /// @dev Runs the calling function's calldata in the admin half on this contract's storage and returns or
    /// reverts with its answer, never returning here.
    function _delegateToAdmin() private {
        address admin = _admin();
        assembly {
            calldatacopy(0, 0, calldatasize())
            let success := delegatecall(gas(), admin, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(success) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }

    /// @dev The admin half, which must have code: runtime code placed without this contract's constructor (an
    /// artifact's deployed bytecode) has a zero ADMIN, and a delegatecall to an address without code succeeds
    /// doing nothing, so every configuration call would silently store nothing.
    function _admin() private view returns (address admin) {
        admin = address(ADMIN);
        if (admin.code.length == 0) revert ISmartSession.ConfigurationCodeMissing();
    }

    /// @dev ERC-1271 for the calling account through session `permissionId`; see isValidSignatureWithSender.
    function _isValidSessionSignature(
        address sender,
        bytes32 hash,
        PermissionId permissionId,
        bytes calldata typedDataSig
    ) private view returns (bool) {
        uint256 header = S.load(S.headerSlot(msg.sender, permissionId));
        if (header & S.HEADER_ENABLED == 0) return false;
        (bytes calldata sessionSig,,,) = ERC7739Utils.decodeTypedDataSig(typedDataSig);
        bytes32 nested;
        {
            bytes32 contentKey;
            (nested, contentKey) = _nestedDigest(msg.sender, hash, typedDataSig);
            uint256 generation = S.generationOf(header);
            if (nested == 0) return false;
            if (S.load(S.contentSlot(msg.sender, permissionId, generation, contentKey)) == 0) {
                return false;
            }
            if (!_check1271Policies(msg.sender, permissionId, generation, sender, hash, sessionSig)) return false;
        }
        bytes memory validatorData = S.loadValidatorData(msg.sender, permissionId);
        return ISessionValidator(S.validatorOf(header)).validateSignatureWithData(nested, sessionSig, validatorData);
    }

    /// @dev Unwraps an ERC-7739 TypedDataSign signature: zero unless it is well formed and `hash` is exactly the
    /// app's digest of its contents; else the nested digest the session key must have signed, and the key of the
    /// (app domain, content name) the session must have been granted.
    function _nestedDigest(address account, bytes32 hash, bytes calldata typedDataSig)
        private
        view
        returns (bytes32 nested, bytes32 contentKey)
    {
        (bytes32 appSeparator, bytes32 contents, string calldata description) = _decodeTypedDataSig(typedDataSig);
        if (hash != MessageHashUtils.toTypedDataHash(appSeparator, contents)) return (0, 0);
        contentKey = _contentKeyOf(appSeparator, description);
        if (contentKey == 0) return (0, 0);
        nested =
            MessageHashUtils.toTypedDataHash(appSeparator, _typedDataSignStructHash(description, contents, account));
    }

    function _typedDataSignStructHash(string calldata description, bytes32 contents, address account)
        private
        view
        returns (bytes32)
    {
        return ERC7739Utils.typedDataSignStructHash(description, contents, _domainBytes(account));
    }

    function _decodeTypedDataSig(bytes calldata typedDataSig)
        private
        pure
        returns (bytes32 appSeparator, bytes32 contents, string calldata description)
    {
        (, appSeparator, contents, description) = ERC7739Utils.decodeTypedDataSig(typedDataSig);
    }

    /// @dev The key of (app domain, content name), or zero when the description names no valid content type.
    function _contentKeyOf(bytes32 appSeparator, string calldata description) private pure returns (bytes32) {
        (string calldata name,) = ERC7739Utils.decodeContentsDescr(description);
        return bytes(name).length == 0 ? bytes32(0) : S.contentKey(appSeparator, name);
    }

    /// @dev Every ERC-1271 policy of the session (at least one) must answer true without reverting.
    function _check1271Policies(
        address account,
        PermissionId permissionId,
        uint256 generation,
        address sender,
        bytes32 hash,
        bytes calldata sessionSig
    ) private view returns (bool) {
        uint256 listSlot = S.policyListSlot(account, permissionId, generation, ERC1271_SCOPE);
        uint256 head = S.load(listSlot);
        uint256 count = head >> S.LIST_COUNT_SHIFT;
        if (count == 0) return false;
        bytes memory payload = abi.encodeCall(
            I1271Policy.check1271SignedAction,
            (ConfigId.unwrap(IdLib.configId(account, permissionId, ERC1271_SCOPE)), sender, account, hash, sessionSig)
        );
        for (uint256 i; i < count; ++i) {
            address policy = S.policyAt(listSlot, head, i);
            (bool success, bytes memory answer) = policy.staticcall(payload);
            if (!success || answer.length < 32 || abi.decode(answer, (uint256)) != 1) return false;
        }
        return true;
    }

    /// @dev The account's EIP-712 domain fields (ERC-5267), encoded for ERC-7739 TypedDataSign.
    function _domainBytes(address account) private view returns (bytes memory) {
        try IERC5267(account).eip712Domain() returns (
            bytes1,
            string memory name,
            string memory version,
            uint256 chainId,
            address verifyingContract,
            bytes32 salt,
            uint256[] memory
        ) {
            return abi.encode(keccak256(bytes(name)), keccak256(bytes(version)), chainId, verifyingContract, salt);
        } catch {
            return abi.encode(keccak256("SmartSession"), keccak256("1"), block.chainid, account, bytes32(0));
        }
    }

    function _enabledHeader(address account, PermissionId permissionId) private view returns (uint256 header) {
        (, header) = S.enabledHeader(account, permissionId);
    }

    function _policies(uint256 listSlot) private view returns (address[] memory policies) {
        uint256 head = S.load(listSlot);
        policies = new address[](head >> S.LIST_COUNT_SHIFT);
        for (uint256 i; i < policies.length; ++i) {
            policies[i] = S.policyAt(listSlot, head, i);
        }
    }
}
