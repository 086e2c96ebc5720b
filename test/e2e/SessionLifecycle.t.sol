// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EnableFixtures} from "../utils/EnableFixtures.sol";
import {TestAccount} from "../utils/TestAccount.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {IERC7579ModuleConfig} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {
    ActionData,
    ActionId,
    ConfigId,
    EnableSession,
    PermissionId,
    Session,
    SmartSessionMode,
    USER_OP_SCOPE
} from "contracts/DataTypes.sol";
import {ISmartSession} from "contracts/interfaces/ISmartSession.sol";
import {IdLib} from "contracts/lib/IdLib.sol";
import {UsageLimitPolicy} from "contracts/policies/UsageLimitPolicy.sol";

/// @notice Sessions enabled at install (both modes) and by `enableSessions`; removal, uninstall and reinstall
/// leave nothing a later session could inherit; removing one session never touches another.
contract SessionLifecycleTest is EnableFixtures {
    UsageLimitPolicy internal usageLimit;
    ActionId internal transferId;
    ActionId internal approveId;

    function setUp() public override {
        super.setUp();
        usageLimit = new UsageLimitPolicy();
        transferId = IdLib.actionId(address(token), token.transfer.selector);
        approveId = IdLib.actionId(address(token), token.approve.selector);
    }

    function _limit(uint128 n) internal pure returns (bytes memory) {
        return abi.encodePacked(n);
    }

    /// @notice transfer and approve, each limited to `uses` uses, plus a user-op usage limit of `uses`.
    function _limitedSession(uint128 uses) internal view returns (Session memory session) {
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(token.transfer.selector, address(token), _policies(address(usageLimit), _limit(uses)));
        actions[1] = ActionData(token.approve.selector, address(token), _policies(address(usageLimit), _limit(uses)));
        session = _ecdsaSession(sessionSigner, actions);
        session.userOpPolicies = _policies(address(usageLimit), _limit(uses));
    }

    function _use(TestAccount target, PermissionId id, uint256 key, uint256 amount) internal {
        _handleUserOp(_sessionUserOp(target, id, key, _transferCall(recipient, amount)));
    }

    function _usage(TestAccount target, PermissionId id, bytes32 scope) internal view returns (uint128 used) {
        (, used) = usageLimit.getUsage(
            address(smartSession), ConfigId.unwrap(IdLib.configId(address(target), id, scope)), address(target)
        );
    }

    // ─── Enable at install and from the account ───────────────────────────────────────────────────────────

    function test_install_enablesSessions_enableMode() public {
        _checkInstallWith(SmartSessionMode.ENABLE);
    }

    function test_install_enablesSessions_unsafeEnableMode() public {
        _checkInstallWith(SmartSessionMode.UNSAFE_ENABLE);
    }

    function _checkInstallWith(SmartSessionMode mode) internal {
        (address otherSigner, uint256 otherKey) = makeAddrAndKey("other key");
        Session[] memory sessions = new Session[](2);
        sessions[0] = _transferSession();
        sessions[1] = _ecdsaSession(otherSigner, _action(address(token), token.transfer.selector, _sudo()));
        PermissionId first = smartSession.getPermissionId(sessions[0]);
        PermissionId second = smartSession.getPermissionId(sessions[1]);
        bytes memory initData = abi.encodePacked(uint8(mode), abi.encode(sessions));

        vm.expectEmit(address(smartSession));
        emit ISmartSession.SessionCreated(first, address(account), 1);
        vm.expectEmit(address(smartSession));
        emit ISmartSession.SessionCreated(second, address(account), 1);
        _ownerCall(
            account,
            abi.encodeCall(IERC7579ModuleConfig.installModule, (MODULE_TYPE_VALIDATOR, address(smartSession), initData))
        );
        assertTrue(smartSession.isInitialized(address(account)));
        assertEq(smartSession.getPermissionIDs(address(account)).length, 2);
        _use(account, first, sessionKey, 1);
        _use(account, second, otherKey, 2);
        assertEq(token.balanceOf(recipient), 3);
    }

    function test_install_refusesABadModeThroughTheAccount() public {
        bytes memory initData = abi.encodePacked(uint8(0), abi.encode(_sessions(_transferSession())));
        bytes memory install = abi.encodeCall(
            IERC7579ModuleConfig.installModule, (MODULE_TYPE_VALIDATOR, address(smartSession), initData)
        );
        PackedUserOperation memory op = _userOp(address(account), address(ownerValidator), install);
        op.signature = _sign(ownerKey, _hash(op));
        // Execution reverts inside handleOps (the op is included, its call fails): nothing installed.
        _handleUserOp(op);
        assertFalse(smartSession.isInitialized(address(account)));
        assertFalse(account.isModuleInstalled(MODULE_TYPE_VALIDATOR, address(smartSession), ""));
        assertEq(smartSession.getPermissionIDs(address(account)).length, 0);
    }

    function test_enableSessions_fromTheAccount() public {
        _installWith(account, new Session[](0));
        Session memory session = _transferSession();
        PermissionId id = smartSession.getPermissionId(session);
        vm.expectEmit(address(smartSession));
        emit ISmartSession.ActionEnabled(id, address(account), transferId);
        vm.expectEmit(address(smartSession));
        emit ISmartSession.SessionCreated(id, address(account), 1);
        _ownerModuleCall(account, abi.encodeCall(smartSession.enableSessions, (_sessions(session))));
        _use(account, id, sessionKey, 5);
        assertEq(token.balanceOf(recipient), 5);
    }

    // ─── Removal and re-enable ────────────────────────────────────────────────────────────────────────────

    function test_removeThenReenableWithLess_startsFresh() public {
        Session memory session = _limitedSession(2);
        PermissionId id = smartSession.getPermissionId(session);
        _installWith(account, _sessions(session));
        _use(account, id, sessionKey, 1);
        _use(account, id, sessionKey, 1);
        assertEq(_usage(account, id, ActionId.unwrap(transferId)), 2);
        assertEq(_usage(account, id, USER_OP_SCOPE), 2);

        vm.expectEmit(address(smartSession));
        emit ISmartSession.SessionRemoved(id, address(account));
        _ownerModuleCall(account, abi.encodeCall(smartSession.removeSession, (id)));

        // Re-enabled with the transfer action only, same limit, no user-op policy.
        Session memory smaller = _ecdsaSession(
            sessionSigner, _action(address(token), token.transfer.selector, _policies(address(usageLimit), _limit(2)))
        );
        assertEq(PermissionId.unwrap(smartSession.getPermissionId(smaller)), PermissionId.unwrap(id));
        _ownerModuleCall(account, abi.encodeCall(smartSession.enableSessions, (_sessions(smaller))));
        assertEq(smartSession.getNonce(id, address(account)), 2);

        // The old approve action and the user-op policy are gone; the transfer count restarted at 0.
        ActionId[] memory actions = smartSession.getEnabledActions(address(account), id);
        assertEq(actions.length, 1);
        assertEq(ActionId.unwrap(actions[0]), ActionId.unwrap(transferId));
        assertEq(smartSession.getActionPolicies(address(account), id, approveId).length, 0);
        assertEq(smartSession.getUserOpPolicies(address(account), id).length, 0);
        assertEq(_usage(account, id, ActionId.unwrap(transferId)), 0);

        _use(account, id, sessionKey, 1);
        _use(account, id, sessionKey, 1);
        PackedUserOperation memory op = _sessionUserOp(account, id, sessionKey, _transferCall(recipient, 1));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.PolicyReverted.selector,
                id,
                address(usageLimit),
                abi.encodeWithSelector(UsageLimitPolicy.UsageLimitExceeded.selector, uint128(2))
            )
        );
        _handleUserOp(op);

        bytes memory approve = _executeSingle(address(token), 0, abi.encodeCall(token.approve, (recipient, 1)));
        op = _sessionUserOp(account, id, sessionKey, approve);
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.ActionNotPermitted.selector, id, address(token), token.approve.selector
            )
        );
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 4);
    }

    function test_uninstallThenReinstall_doesNotReviveSessions() public {
        Session memory session = _limitedSession(5);
        PermissionId id = smartSession.getPermissionId(session);
        _installWith(account, _sessions(session));
        _use(account, id, sessionKey, 1);

        vm.expectEmit(address(smartSession));
        emit ISmartSession.SessionRemoved(id, address(account));
        _ownerCall(
            account,
            abi.encodeCall(IERC7579ModuleConfig.uninstallModule, (MODULE_TYPE_VALIDATOR, address(smartSession), ""))
        );
        _installWith(account, new Session[](0));
        assertFalse(smartSession.isPermissionEnabled(id, address(account)));
        assertEq(smartSession.getPermissionIDs(address(account)).length, 0);
        PackedUserOperation memory op = _sessionUserOp(account, id, sessionKey, _transferCall(recipient, 1));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.SessionNotEnabled.selector, id));
        _handleUserOp(op);

        // Enabling it again (nonce kept: 2) starts with fresh lists and fresh policy state.
        _ownerModuleCall(account, abi.encodeCall(smartSession.enableSessions, (_sessions(session))));
        assertEq(smartSession.getNonce(id, address(account)), 2);
        assertEq(_usage(account, id, USER_OP_SCOPE), 0);
        assertEq(smartSession.getPermissionIDs(address(account)).length, 1);
        _use(account, id, sessionKey, 1);
        assertEq(_usage(account, id, USER_OP_SCOPE), 1);
    }

    function test_uninstall_enableSignatureOfBeforeStaysSpent() public {
        // An enable signature for nonce 0, used once; after uninstall and reinstall it is still spent.
        _installWith(account, new Session[](0));
        Session memory session = _transferSession();
        PermissionId id = smartSession.getPermissionId(session);
        EnableSession memory old = _enableDataHere(account, session, SmartSessionMode.ENABLE);
        _handleUserOp(_enableOp(account, SmartSessionMode.ENABLE, old, sessionKey, _transferCall(recipient, 1)));
        _ownerCall(
            account,
            abi.encodeCall(IERC7579ModuleConfig.uninstallModule, (MODULE_TYPE_VALIDATOR, address(smartSession), ""))
        );
        _installWith(account, new Session[](0));
        assertEq(smartSession.getNonce(id, address(account)), 1);

        PackedUserOperation memory replay =
            _enableOp(account, SmartSessionMode.ENABLE, old, sessionKey, _transferCall(recipient, 1));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.SessionDigestMismatch.selector,
                smartSession.getSessionDigest(id, address(account), session, SmartSessionMode.ENABLE),
                old.hashesAndChainIds[0].sessionDigest
            )
        );
        _handleUserOp(replay);
        assertFalse(smartSession.isPermissionEnabled(id, address(account)));

        // A signature for the current nonce (1) works.
        _handleUserOp(
            _enableOp(
                account,
                SmartSessionMode.ENABLE,
                _enableDataHere(account, session, SmartSessionMode.ENABLE),
                sessionKey,
                _transferCall(recipient, 1)
            )
        );
        assertEq(smartSession.getNonce(id, address(account)), 2);
        assertEq(token.balanceOf(recipient), 2);
    }

    function test_removingOneSessionLeavesAnotherAndItsPolicyState() public {
        (address otherSigner, uint256 otherKey) = makeAddrAndKey("other key");
        Session memory first = _limitedSession(3);
        Session memory second = _ecdsaSession(
            otherSigner, _action(address(token), token.transfer.selector, _policies(address(usageLimit), _limit(3)))
        );
        Session[] memory sessions = new Session[](2);
        sessions[0] = first;
        sessions[1] = second;
        _installWith(account, sessions);
        PermissionId firstId = smartSession.getPermissionId(first);
        PermissionId secondId = smartSession.getPermissionId(second);
        _use(account, firstId, sessionKey, 1);
        _use(account, secondId, otherKey, 1);
        _use(account, secondId, otherKey, 1);

        _ownerModuleCall(account, abi.encodeCall(smartSession.removeSession, (firstId)));
        assertFalse(smartSession.isPermissionEnabled(firstId, address(account)));
        assertTrue(smartSession.isPermissionEnabled(secondId, address(account)));
        PermissionId[] memory ids = smartSession.getPermissionIDs(address(account));
        assertEq(ids.length, 1);
        assertEq(PermissionId.unwrap(ids[0]), PermissionId.unwrap(secondId));
        // The other session keeps its count (2 of 3 used): one more use, then refused.
        assertEq(_usage(account, secondId, ActionId.unwrap(transferId)), 2);
        _use(account, secondId, otherKey, 1);
        PackedUserOperation memory op = _sessionUserOp(account, secondId, otherKey, _transferCall(recipient, 1));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.PolicyReverted.selector,
                secondId,
                address(usageLimit),
                abi.encodeWithSelector(UsageLimitPolicy.UsageLimitExceeded.selector, uint128(3))
            )
        );
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 4);
    }
}
