// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EnableFixtures} from "../utils/EnableFixtures.sol";
import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {IERC7579ModuleConfig} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {
    ActionId,
    ERC7739Context,
    ERC7739Data,
    EnableSession,
    PermissionId,
    Session,
    SmartSessionMode
} from "contracts/DataTypes.sol";
import {SmartSession} from "contracts/SmartSession.sol";
import {ISmartSession, ISmartSessionAdmin} from "contracts/interfaces/ISmartSession.sol";

/// @notice Never a silent no-op: SmartSession's runtime code placed without its constructor (an artifact's deployed
/// bytecode, as test setups and outside tools etch it) has no configuration code, and then every configuration
/// call, install and ENABLE included, reverts with ConfigurationCodeMissing instead of storing nothing.
contract EtchedModuleTest is EnableFixtures {
    ISmartSession internal etched;

    function setUp() public override {
        super.setUp();
        etched = ISmartSession(makeAddr("etched SmartSession"));
        vm.etch(address(etched), vm.getDeployedCode("SmartSession.sol:SmartSession"));
    }

    function _expectMissing() internal {
        vm.expectRevert(ISmartSession.ConfigurationCodeMissing.selector);
    }

    function test_etched_everyConfigurationCallReverts() public {
        PermissionId id = smartSession.getPermissionId(_transferSession());
        ActionId actionId = ActionId.wrap(keccak256("action"));
        vm.startPrank(address(account));
        _expectMissing();
        etched.onInstall("");
        _expectMissing();
        etched.onInstall(abi.encodePacked(uint8(SmartSessionMode.ENABLE), abi.encode(_sessions(_transferSession()))));
        _expectMissing();
        etched.onUninstall("");
        _expectMissing();
        etched.enableSessions(_sessions(_transferSession()));
        _expectMissing();
        etched.removeSession(id);
        _expectMissing();
        etched.enableUserOpPolicies(id, _sudo());
        _expectMissing();
        etched.disableUserOpPolicies(id, new address[](1));
        _expectMissing();
        etched.enableActionPolicies(id, _action(address(token), token.transfer.selector, _sudo()));
        _expectMissing();
        etched.disableActionPolicies(id, actionId, new address[](1));
        _expectMissing();
        etched.disableActionId(id, actionId);
        _expectMissing();
        etched.enableERC1271Policies(id, ERC7739Data(new ERC7739Context[](0), _sudo()));
        _expectMissing();
        etched.disableERC1271Policies(id, new address[](1), new ERC7739Context[](0));
        _expectMissing();
        etched.setPermit4337Paymaster(id, true);
        _expectMissing();
        etched.revokeEnableSignature(id);
        vm.stopPrank();
        _expectMissing();
        etched.selfRevoke(address(account), id, "");
        _expectMissing();
        etched.getSessionDigest(id, address(account), _transferSession(), SmartSessionMode.ENABLE);
        assertFalse(etched.isInitialized(address(account)));
    }

    /// @notice The owner installs the etched module through the EntryPoint: the install fails with the error and
    /// the account does not count the module as installed.
    function test_etched_installThroughTheAccountFails() public {
        bytes memory install = abi.encodeCall(
            IERC7579ModuleConfig.installModule,
            (
                MODULE_TYPE_VALIDATOR,
                address(etched),
                abi.encodePacked(uint8(SmartSessionMode.ENABLE), abi.encode(_sessions(_transferSession())))
            )
        );
        PackedUserOperation memory op = _userOp(address(account), address(ownerValidator), install);
        op.signature = _sign(ownerKey, _hash(op));
        vm.expectEmit(true, true, false, true, address(entryPoint));
        emit IEntryPoint.UserOperationRevertReason(
            _hash(op),
            address(account),
            op.nonce,
            abi.encodeWithSelector(ISmartSession.ConfigurationCodeMissing.selector)
        );
        _handleUserOp(op);
        assertFalse(account.isModuleInstalled(MODULE_TYPE_VALIDATOR, address(etched), ""));
        assertFalse(etched.isInitialized(address(account)));
    }

    /// @notice A module whose code is replaced by its bare runtime code after install: an ENABLE user op fails
    /// validation with the error (and enables nothing); sessions enabled before still read as they were.
    function test_etched_enableUserOpReverts() public {
        PermissionId installed = _install(_transferSession());
        Session memory session = _transferSession();
        session.salt = bytes32(uint256(1));
        EnableSession memory data = _enableDataHere(account, session, SmartSessionMode.ENABLE);

        vm.etch(address(smartSession), vm.getDeployedCode("SmartSession.sol:SmartSession"));
        PackedUserOperation memory op =
            _enableOp(account, SmartSessionMode.ENABLE, data, sessionKey, _transferCall(recipient, 1e6));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.ConfigurationCodeMissing.selector));
        _handleUserOp(op);
        assertFalse(smartSession.isPermissionEnabled(smartSession.getPermissionId(session), address(account)));
        assertTrue(smartSession.isPermissionEnabled(installed, address(account)));
        vm.prank(address(account));
        _expectMissing();
        smartSession.removeSession(installed);
    }

    /// @notice The module deployed with its constructor configures normally (the same calls, through the account).
    function test_deployed_configures() public {
        _installWith(account, new Session[](0));
        assertTrue(smartSession.isInitialized(address(account)));
        _ownerModuleCall(account, abi.encodeCall(ISmartSessionAdmin.enableSessions, (_sessions(_transferSession()))));
        PermissionId id = smartSession.getPermissionId(_transferSession());
        assertTrue(smartSession.isPermissionEnabled(id, address(account)));
        _handleUserOp(_sessionUserOp(account, id, sessionKey, _transferCall(recipient, 1e6)));
        assertEq(token.balanceOf(recipient), 1e6);
    }
}
