// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {PermissionId} from "contracts/DataTypes.sol";
import {ISmartSession} from "contracts/interfaces/ISmartSession.sol";
import {console} from "forge-std/console.sol";

/// @notice The story of a session key, told step by step with the gas of each user operation
/// (`pnpm demo`). Every step goes through the real EntryPoint.handleOps on an OpenZeppelin ERC-7579 account.
contract DemoTest is SessionTestBase {
    function test_demo_sessionKeyStory() public {
        console.log(
            "== Smart Sessions demo: EntryPoint v0.8 at %s, OpenZeppelin ERC-7579 account %s",
            address(entryPoint),
            address(account)
        );
        console.log(
            "   account holds %s USDC; the owner key signs through the account's own validator",
            token.balanceOf(address(account)) / 1e6
        );

        uint256 gasBefore = gasleft();
        PermissionId permissionId = _install(_transferSession());
        console.log(
            "1. owner installs SmartSession with a session: key %s may call USDC.transfer (sudo policy)", sessionSigner
        );
        console.log(
            "   permission id %s, gas %s", vm.toString(PermissionId.unwrap(permissionId)), gasBefore - gasleft()
        );

        for (uint256 i = 1; i <= 2; ++i) {
            gasBefore = gasleft();
            _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 100e6)));
            console.log("%s. session key sends 100 USDC without any owner prompt, gas %s", i + 1, gasBefore - gasleft());
        }
        console.log("   recipient now holds %s USDC", token.balanceOf(recipient) / 1e6);
        assertEq(token.balanceOf(recipient), 200e6);

        bytes memory approve = _executeSingle(address(token), 0, abi.encodeCall(token.approve, (recipient, 1e6)));
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, approve);
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.ActionNotPermitted.selector, permissionId, address(token), token.approve.selector
            )
        );
        _handleUserOp(op);
        console.log("4. session key tries USDC.approve: refused, ActionNotPermitted(permission, USDC, approve)");

        _ownerCall(
            account,
            _executeSingle(address(smartSession), 0, abi.encodeCall(smartSession.removeSession, (permissionId)))
        );
        console.log("5. owner removes the session");

        op = _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.SessionNotEnabled.selector, permissionId));
        _handleUserOp(op);
        console.log("6. session key tries another transfer: refused, SessionNotEnabled(permission)");
        assertEq(token.balanceOf(recipient), 200e6);
        console.log("== done: the recipient kept exactly %s USDC", token.balanceOf(recipient) / 1e6);
    }
}
