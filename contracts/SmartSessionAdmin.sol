// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    ActionData,
    ActionId,
    ChainDigest,
    ERC7739Context,
    ERC7739Data,
    EnableSession,
    PermissionId,
    PolicyData,
    Session,
    SmartSessionMode
} from "./DataTypes.sol";
import {ISessionValidator} from "./interfaces/ISessionValidator.sol";
import {ISmartSession, ISmartSessionAdmin} from "./interfaces/ISmartSession.sol";
import {EnableHashLib} from "./lib/EnableHashLib.sol";
import {IdLib} from "./lib/IdLib.sol";
import {SelfRevokeHashLib} from "./lib/SelfRevokeHashLib.sol";
import {SessionStorage as S} from "./lib/SessionStorage.sol";
import {SessionWriter} from "./lib/SessionWriter.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {LibZip} from "solady/utils/LibZip.sol";

/// @title SmartSessionAdmin
/// @notice The configuration half of SmartSession: installing, enabling (also from an owner's enable signature),
/// changing and removing sessions. SmartSession creates it and DELEGATECALLs into it, so its code runs on
/// SmartSession's storage with the account as `msg.sender`; keeping it apart keeps SmartSession's own code small.
/// @dev Called directly (not by delegatecall), every state-changing function reverts. Its pure helpers
/// (`decodeEnableSignature`, `sessionDigest`, `multichainDigest`) may be called by anyone.
contract SmartSessionAdmin is ISmartSessionAdmin {
    /// @notice A state-changing function was called directly instead of through SmartSession.
    error NotDelegateCall();

    address private immutable SELF = address(this);

    modifier onlyDelegateCall() {
        if (address(this) == SELF) revert NotDelegateCall();
        _;
    }

    // ─── Install ──────────────────────────────────────────────────────────────────────────────────────────

    /// @notice See SmartSession.onInstall.
    function onInstall(bytes calldata data) external onlyDelegateCall {
        address account = msg.sender;
        uint256 accountSlot = S.accountSlot(account);
        uint256 accountWord = S.load(accountSlot);
        if (accountWord & S.ACCOUNT_INSTALLED != 0) revert ISmartSession.AlreadyInstalled(account);
        if (accountWord & S.ACCOUNT_COUNT_MASK != 0) revert ISmartSession.LeftoverSessions(account);
        S.store(accountSlot, accountWord | S.ACCOUNT_INSTALLED);
        if (data.length == 0) return;
        uint8 mode = uint8(data[0]);
        if (mode != uint8(SmartSessionMode.ENABLE) && mode != uint8(SmartSessionMode.UNSAFE_ENABLE)) {
            revert ISmartSession.InvalidInstallData();
        }
        Session[] memory sessions = abi.decode(data[1:], (Session[]));
        for (uint256 i; i < sessions.length; ++i) {
            SessionWriter.enableSession(account, sessions[i]);
        }
    }

    /// @notice See SmartSession.onUninstall.
    function onUninstall(bytes calldata) external onlyDelegateCall {
        SessionWriter.clearAccount(msg.sender);
    }

    // ─── Enable with the owner's signature (ENABLE / UNSAFE_ENABLE user operations) ──────────────────────

    /// @notice Checks an ENABLE signature and stores its session: this chain's digest must be the session's for
    /// `account`, this module and the current nonce, and the owner's multichain signature must pass the
    /// account's own ERC-1271. No registry is configured in this deployment, so ENABLE and UNSAFE_ENABLE differ
    /// only in the signed `ignoreSecurityAttestations` flag.
    /// @return permissionId The enabled session.
    /// @return sessionSignature The session key's signature of the user operation.
    function enableWithSignature(address account, SmartSessionMode mode, bytes calldata compressed)
        external
        onlyDelegateCall
        returns (PermissionId permissionId, bytes memory sessionSignature)
    {
        EnableSession memory enableData;
        try SmartSessionAdmin(SELF).decodeEnableSignature(compressed) returns (
            EnableSession memory decoded, bytes memory sig
        ) {
            (enableData, sessionSignature) = (decoded, sig);
        } catch {
            revert ISmartSession.MalformedSignature();
        }
        uint256 index = enableData.chainDigestIndex;
        ChainDigest[] memory chainDigests = enableData.hashesAndChainIds;
        if (index >= chainDigests.length) revert ISmartSession.InvalidChainDigestIndex(index, chainDigests.length);
        if (chainDigests[index].chainId != block.chainid) {
            revert ISmartSession.ChainIdMismatch(chainDigests[index].chainId);
        }
        Session memory session = enableData.sessionToEnable;
        permissionId = IdLib.permissionId(session);
        uint256 nonce = S.nonceOf(S.load(S.headerSlot(account, permissionId)));
        bytes32 expected = EnableHashLib.sessionDigest(account, session, mode, nonce, address(this));
        if (expected != chainDigests[index].sessionDigest) {
            revert ISmartSession.SessionDigestMismatch(expected, chainDigests[index].sessionDigest);
        }
        bytes32 digest = EnableHashLib.multichainDigest(chainDigests);
        if (!SignatureChecker.isValidERC1271SignatureNow(account, digest, enableData.permissionEnableSig)) {
            revert ISmartSession.InvalidEnableSignature(account);
        }
        SessionWriter.enableSession(account, session);
    }

    /// @notice Decompresses (solady LibZip FastLZ) and decodes ENABLE signature data (after the mode byte).
    function decodeEnableSignature(bytes calldata compressed)
        external
        pure
        returns (EnableSession memory enableData, bytes memory sessionSignature)
    {
        return abi.decode(LibZip.flzDecompress(compressed), (EnableSession, bytes));
    }

    /// @notice hashStruct(SignedSession): one chain's `sessionDigest` for `account`, `smartSession` and `nonce`.
    function sessionDigest(
        address account,
        Session calldata session,
        SmartSessionMode mode,
        uint256 nonce,
        address smartSession
    ) external pure returns (bytes32) {
        return EnableHashLib.sessionDigest(account, session, mode, nonce, smartSession);
    }

    /// @notice The EIP-712 digest the account owner signs to enable sessions on all these chains.
    function multichainDigest(ChainDigest[] calldata chainDigests) external pure returns (bytes32) {
        return EnableHashLib.multichainDigest(chainDigests);
    }

    // ─── Configuration (msg.sender is the account) ───────────────────────────────────────────────────────

    /// @inheritdoc ISmartSessionAdmin
    function enableSessions(Session[] calldata sessions)
        external
        onlyDelegateCall
        returns (PermissionId[] memory permissionIds)
    {
        permissionIds = new PermissionId[](sessions.length);
        for (uint256 i; i < sessions.length; ++i) {
            permissionIds[i] = SessionWriter.enableSession(msg.sender, sessions[i]);
        }
    }

    /// @inheritdoc ISmartSessionAdmin
    function removeSession(PermissionId permissionId) external onlyDelegateCall {
        SessionWriter.removeSession(msg.sender, permissionId);
    }

    /// @inheritdoc ISmartSessionAdmin
    function enableUserOpPolicies(PermissionId permissionId, PolicyData[] calldata userOpPolicies)
        external
        onlyDelegateCall
    {
        SessionWriter.enableUserOpPolicies(msg.sender, permissionId, userOpPolicies);
    }

    /// @inheritdoc ISmartSessionAdmin
    function disableUserOpPolicies(PermissionId permissionId, address[] calldata policies) external onlyDelegateCall {
        SessionWriter.disableUserOpPolicies(msg.sender, permissionId, policies);
    }

    /// @inheritdoc ISmartSessionAdmin
    function enableActionPolicies(PermissionId permissionId, ActionData[] calldata actionPolicies)
        external
        onlyDelegateCall
    {
        SessionWriter.enableActionPolicies(msg.sender, permissionId, actionPolicies);
    }

    /// @inheritdoc ISmartSessionAdmin
    function disableActionPolicies(PermissionId permissionId, ActionId actionId, address[] calldata policies)
        external
        onlyDelegateCall
    {
        SessionWriter.disableActionPolicies(msg.sender, permissionId, actionId, policies);
    }

    /// @inheritdoc ISmartSessionAdmin
    function disableActionId(PermissionId permissionId, ActionId actionId) external onlyDelegateCall {
        SessionWriter.disableActionId(msg.sender, permissionId, actionId);
    }

    /// @inheritdoc ISmartSessionAdmin
    function enableERC1271Policies(PermissionId permissionId, ERC7739Data calldata erc1271Policies)
        external
        onlyDelegateCall
    {
        SessionWriter.enableERC1271Policies(msg.sender, permissionId, erc1271Policies);
    }

    /// @inheritdoc ISmartSessionAdmin
    function disableERC1271Policies(
        PermissionId permissionId,
        address[] calldata policies,
        ERC7739Context[] calldata contexts
    ) external onlyDelegateCall {
        SessionWriter.disableERC1271Policies(msg.sender, permissionId, policies, contexts);
    }

    /// @inheritdoc ISmartSessionAdmin
    function setPermit4337Paymaster(PermissionId permissionId, bool enable) external onlyDelegateCall {
        SessionWriter.setPermit4337Paymaster(msg.sender, permissionId, enable);
    }

    /// @inheritdoc ISmartSessionAdmin
    /// @dev The session validator is called as a view (STATICCALL), so it cannot change state; a validator that
    /// reverts makes selfRevoke revert with its reason.
    function selfRevoke(address account, PermissionId permissionId, bytes calldata signature)
        external
        onlyDelegateCall
    {
        (, uint256 header) = S.enabledHeader(account, permissionId);
        uint256 nonce = S.nonceOf(header);
        bytes32 digest = SelfRevokeHashLib.digest(account, permissionId, nonce, address(this));
        bytes memory validatorData = S.loadValidatorData(account, permissionId);
        if (!ISessionValidator(S.validatorOf(header)).validateSignatureWithData(digest, signature, validatorData)) {
            revert ISmartSession.InvalidSelfRevokeSignature(permissionId);
        }
        SessionWriter.removeSession(account, permissionId);
        // At the last nonce no enable can follow, so there is nothing left to invalidate.
        if (nonce < S.MAX_NONCE) SessionWriter.revokeEnableSignature(account, permissionId);
    }

    /// @inheritdoc ISmartSessionAdmin
    function revokeEnableSignature(PermissionId permissionId) external onlyDelegateCall {
        SessionWriter.revokeEnableSignature(msg.sender, permissionId);
    }
}
