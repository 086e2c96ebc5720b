// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {ChainDigest, PermissionId, Session, SmartSessionMode} from "contracts/DataTypes.sol";
import {SmartSessionAdmin} from "contracts/SmartSessionAdmin.sol";
import {EnableHashLib} from "contracts/lib/EnableHashLib.sol";

/// @notice SmartSession's configuration half only acts through SmartSession's delegatecall: called directly,
/// every state-changing function reverts and nothing is stored anywhere.
contract SmartSessionAdminTest is SessionTestBase {
    SmartSessionAdmin internal manager;

    function setUp() public override {
        super.setUp();
        // Created by SmartSession's constructor: the first contract it deployed.
        manager = SmartSessionAdmin(vm.computeCreateAddress(address(smartSession), 1));
        assertGt(address(manager).code.length, 0);
    }

    function test_refuses_directStateChanges() public {
        vm.startPrank(address(account));
        vm.expectRevert(SmartSessionAdmin.NotDelegateCall.selector);
        manager.onInstall("");
        vm.expectRevert(SmartSessionAdmin.NotDelegateCall.selector);
        manager.onUninstall("");
        vm.expectRevert(SmartSessionAdmin.NotDelegateCall.selector);
        manager.enableSessions(_sessions(_transferSession()));
        vm.expectRevert(SmartSessionAdmin.NotDelegateCall.selector);
        manager.removeSession(PermissionId.wrap(bytes32(0)));
        vm.expectRevert(SmartSessionAdmin.NotDelegateCall.selector);
        manager.revokeEnableSignature(PermissionId.wrap(bytes32(0)));
        vm.expectRevert(SmartSessionAdmin.NotDelegateCall.selector);
        manager.setPermit4337Paymaster(PermissionId.wrap(bytes32(0)), true);
        vm.expectRevert(SmartSessionAdmin.NotDelegateCall.selector);
        manager.selfRevoke(address(account), PermissionId.wrap(bytes32(0)), "");
        vm.expectRevert(SmartSessionAdmin.NotDelegateCall.selector);
        manager.enableWithSignature(address(account), SmartSessionMode.ENABLE, "");
        vm.stopPrank();
        assertFalse(smartSession.isInitialized(address(account)));
    }

    function test_pureHelpersMatchTheModule() public view {
        Session memory session = _transferSession();
        PermissionId permissionId = smartSession.getPermissionId(session);
        bytes32 digest =
            manager.sessionDigest(address(account), session, SmartSessionMode.ENABLE, 0, address(smartSession));
        assertEq(
            digest, smartSession.getSessionDigest(permissionId, address(account), session, SmartSessionMode.ENABLE)
        );
        ChainDigest[] memory chains = new ChainDigest[](2);
        chains[0] = ChainDigest(1, digest);
        chains[1] = ChainDigest(10, digest);
        assertEq(manager.multichainDigest(chains), EnableHashLib.multichainDigest(chains));
    }
}
