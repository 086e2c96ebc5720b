// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {TestAccount} from "../utils/TestAccount.sol";
import {
    ActionData,
    ActionId,
    FALLBACK_SELECTOR,
    FALLBACK_TARGET,
    MAX_POLICIES,
    PermissionId,
    PolicyData,
    Session
} from "contracts/DataTypes.sol";
import {ISmartSession} from "contracts/interfaces/ISmartSession.sol";
import {IdLib} from "contracts/lib/IdLib.sol";

/// @notice Enabling and removing sessions: every bad input is refused with its own error and changes nothing.
/// The account calls the module directly here (these are configuration calls, not validation).
contract SessionConfigTest is SessionTestBase {
    function _enable(Session memory session) internal returns (PermissionId) {
        vm.prank(address(account));
        return smartSession.enableSessions(_sessions(session))[0];
    }

    function _expectEnableRevert(Session memory session, bytes memory error_) internal {
        vm.prank(address(account));
        vm.expectRevert(error_);
        smartSession.enableSessions(_sessions(session));
        assertFalse(smartSession.isPermissionEnabled(smartSession.getPermissionId(session), address(account)));
    }

    function test_enable_storesEverything() public {
        Session memory session = _transferSession();
        PermissionId id = _enable(session);
        assertTrue(smartSession.isPermissionEnabled(id, address(account)));
        assertTrue(smartSession.isISessionValidatorSet(id, address(account)));
        assertEq(smartSession.getNonce(id, address(account)), 1);
        (address validator, bytes memory data) = smartSession.getSessionValidatorAndConfig(address(account), id);
        assertEq(validator, address(ecdsaSessionValidator));
        assertEq(data, abi.encodePacked(sessionSigner));
        ActionId[] memory actions = smartSession.getEnabledActions(address(account), id);
        assertEq(actions.length, 1);
        assertEq(ActionId.unwrap(actions[0]), ActionId.unwrap(IdLib.actionId(address(token), token.transfer.selector)));
        address[] memory policies = smartSession.getActionPolicies(address(account), id, actions[0]);
        assertEq(policies.length, 1);
        assertEq(policies[0], address(sudoPolicy));
        assertEq(smartSession.getUserOpPolicies(address(account), id).length, 0);
    }

    function test_enable_emitsEvents() public {
        Session memory session = _transferSession();
        PermissionId id = smartSession.getPermissionId(session);
        ActionId actionId = IdLib.actionId(address(token), token.transfer.selector);
        vm.expectEmit(address(smartSession));
        emit ISmartSession.PolicyEnabled(id, address(account), ActionId.unwrap(actionId), address(sudoPolicy));
        vm.expectEmit(address(smartSession));
        emit ISmartSession.ActionEnabled(id, address(account), actionId);
        vm.expectEmit(address(smartSession));
        emit ISmartSession.SessionCreated(id, address(account), 1);
        _enable(session);
    }

    function test_refuses_enablingTwice() public {
        PermissionId id = _enable(_transferSession());
        vm.prank(address(account));
        vm.expectRevert(abi.encodeWithSelector(ISmartSession.SessionAlreadyEnabled.selector, id));
        smartSession.enableSessions(_sessions(_transferSession()));
    }

    function test_refuses_zeroSessionValidator() public {
        Session memory session = _transferSession();
        session.sessionValidator = address(0);
        _expectEnableRevert(session, abi.encodeWithSelector(ISmartSession.InvalidSessionValidator.selector, address(0)));
    }

    function test_refuses_sessionValidatorOfWrongType() public {
        Session memory session = _transferSession();
        session.sessionValidator = address(sudoPolicy);
        _expectEnableRevert(
            session, abi.encodeWithSelector(ISmartSession.InvalidSessionValidator.selector, address(sudoPolicy))
        );
        session.sessionValidator = address(token);
        _expectEnableRevert(
            session, abi.encodeWithSelector(ISmartSession.InvalidSessionValidator.selector, address(token))
        );
    }

    function test_refuses_actionWithoutPolicies() public {
        Session memory session =
            _ecdsaSession(sessionSigner, _action(address(token), token.transfer.selector, new PolicyData[](0)));
        _expectEnableRevert(
            session,
            abi.encodeWithSelector(
                ISmartSession.NoPoliciesSet.selector,
                smartSession.getPermissionId(session),
                IdLib.actionId(address(token), token.transfer.selector)
            )
        );
    }

    function test_refuses_zeroPolicy() public {
        Session memory session =
            _ecdsaSession(sessionSigner, _action(address(token), token.transfer.selector, _policies(address(0), "")));
        _expectEnableRevert(session, abi.encodeWithSelector(ISmartSession.InvalidPolicy.selector, address(0)));
    }

    function test_refuses_policyWithoutTheInterface() public {
        Session memory session = _ecdsaSession(
            sessionSigner, _action(address(token), token.transfer.selector, _policies(address(token), ""))
        );
        _expectEnableRevert(session, abi.encodeWithSelector(ISmartSession.InvalidPolicy.selector, address(token)));
    }

    function test_refuses_duplicatePolicy() public {
        PolicyData[] memory policies = new PolicyData[](2);
        policies[0] = PolicyData(address(sudoPolicy), "");
        policies[1] = PolicyData(address(sudoPolicy), "");
        Session memory session =
            _ecdsaSession(sessionSigner, _action(address(token), token.transfer.selector, policies));
        _expectEnableRevert(
            session, abi.encodeWithSelector(ISmartSession.DuplicatePolicy.selector, address(sudoPolicy))
        );
    }

    function test_refuses_tooManyPolicies() public {
        PolicyData[] memory policies = new PolicyData[](MAX_POLICIES + 1);
        Session memory session =
            _ecdsaSession(sessionSigner, _action(address(token), token.transfer.selector, policies));
        _expectEnableRevert(session, abi.encodeWithSelector(ISmartSession.TooManyPolicies.selector, MAX_POLICIES + 1));
    }

    function test_refuses_zeroOrModuleActionTarget() public {
        Session memory session = _ecdsaSession(sessionSigner, _action(address(0), token.transfer.selector, _sudo()));
        _expectEnableRevert(session, abi.encodeWithSelector(ISmartSession.InvalidActionTarget.selector, address(0)));
        session =
            _ecdsaSession(sessionSigner, _action(address(smartSession), smartSession.removeSession.selector, _sudo()));
        _expectEnableRevert(
            session, abi.encodeWithSelector(ISmartSession.InvalidActionTarget.selector, address(smartSession))
        );
    }

    function test_refuses_duplicateAction() public {
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(token.transfer.selector, address(token), _sudo());
        actions[1] = ActionData(token.transfer.selector, address(token), _sudo());
        Session memory session = _ecdsaSession(sessionSigner, actions);
        _expectEnableRevert(
            session,
            abi.encodeWithSelector(
                ISmartSession.DuplicateAction.selector, IdLib.actionId(address(token), token.transfer.selector)
            )
        );
    }

    function test_refuses_removingUnknownSession() public {
        PermissionId unknown = PermissionId.wrap(keccak256("unknown"));
        vm.prank(address(account));
        vm.expectRevert(abi.encodeWithSelector(ISmartSession.SessionNotEnabled.selector, unknown));
        smartSession.removeSession(unknown);
    }

    function test_refuses_readsOfUnknownSession() public {
        PermissionId unknown = PermissionId.wrap(keccak256("unknown"));
        vm.expectRevert(abi.encodeWithSelector(ISmartSession.SessionNotEnabled.selector, unknown));
        smartSession.getEnabledActions(address(account), unknown);
    }

    function test_removeThenReenable_startsFromEmptyLists() public {
        // Enable with two actions, remove, re-enable with one: the other one must not come back.
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(token.transfer.selector, address(token), _sudo());
        actions[1] = ActionData(token.approve.selector, address(token), _sudo());
        PermissionId id = _enable(_ecdsaSession(sessionSigner, actions));
        vm.prank(address(account));
        smartSession.removeSession(id);
        assertEq(smartSession.getPermissionIDs(address(account)).length, 0);
        _enable(_transferSession());
        assertEq(smartSession.getNonce(id, address(account)), 2);
        ActionId approveId = IdLib.actionId(address(token), token.approve.selector);
        assertEq(smartSession.getActionPolicies(address(account), id, approveId).length, 0);
        assertEq(smartSession.getEnabledActions(address(account), id).length, 1);
        assertEq(smartSession.getPermissionIDs(address(account)).length, 1);
    }

    function test_onlyTheAccountsOwnSessionsChange() public {
        PermissionId id = _enable(_transferSession());
        // Another caller "removing" the same id acts on its own (empty) sessions.
        vm.prank(makeAddr("stranger"));
        vm.expectRevert(abi.encodeWithSelector(ISmartSession.SessionNotEnabled.selector, id));
        smartSession.removeSession(id);
        assertTrue(smartSession.isPermissionEnabled(id, address(account)));
    }

    function test_install_refusesBadModeAndReinstall() public {
        TestAccount fresh = _newAccount();
        vm.prank(address(fresh));
        vm.expectRevert(ISmartSession.InvalidInstallData.selector);
        smartSession.onInstall(abi.encodePacked(uint8(0), abi.encode(_sessions(_transferSession()))));

        vm.prank(address(fresh));
        smartSession.onInstall("");
        vm.prank(address(fresh));
        vm.expectRevert(abi.encodeWithSelector(ISmartSession.AlreadyInstalled.selector, address(fresh)));
        smartSession.onInstall("");
    }

    function test_install_refusesLeftoverSessions() public {
        // Sessions enabled while not installed (e.g. onUninstall skipped by an account): install must not adopt them.
        _enable(_transferSession());
        vm.prank(address(account));
        vm.expectRevert(abi.encodeWithSelector(ISmartSession.LeftoverSessions.selector, address(account)));
        smartSession.onInstall("");
    }

    function test_uninstall_keepsNonces() public {
        PermissionId id = _enable(_transferSession());
        vm.prank(address(account));
        smartSession.onUninstall("");
        assertFalse(smartSession.isPermissionEnabled(id, address(account)));
        assertEq(smartSession.getNonce(id, address(account)), 1);
        assertEq(smartSession.getPermissionIDs(address(account)).length, 0);
    }

    function test_fallbackActionIsStoredAsGiven() public {
        Session memory session = _ecdsaSession(sessionSigner, _action(FALLBACK_TARGET, FALLBACK_SELECTOR, _sudo()));
        PermissionId id = _enable(session);
        ActionId[] memory actions = smartSession.getEnabledActions(address(account), id);
        assertEq(ActionId.unwrap(actions[0]), keccak256(abi.encodePacked(FALLBACK_TARGET, FALLBACK_SELECTOR)));
    }
}
