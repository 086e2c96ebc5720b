// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {PermissionId, Session} from "contracts/DataTypes.sol";
import {ISmartSession} from "contracts/interfaces/ISmartSession.sol";
import {SessionStorage} from "contracts/lib/SessionStorage.sol";

/// @notice Removal shrinks state: the account's permission list holds exactly its enabled sessions (removal takes
/// one out by swap-and-pop and zeroes the freed slot), while every session's enable nonce survives removal and
/// uninstall.
contract PermissionListTest is SessionTestBase {
    uint256 internal constant SESSIONS = 8;

    PermissionId[SESSIONS] internal ids;
    bool[SESSIONS] internal enabled;
    uint256[SESSIONS] internal nonces;

    function _salted(uint256 salt) internal view returns (Session memory session) {
        session = _transferSession();
        session.salt = bytes32(salt);
    }

    function _enable(uint256 i) internal {
        vm.prank(address(account));
        ids[i] = smartSession.enableSessions(_sessions(_salted(i)))[0];
        enabled[i] = true;
        ++nonces[i];
    }

    function _remove(uint256 i) internal {
        vm.prank(address(account));
        smartSession.removeSession(ids[i]);
        enabled[i] = false;
    }

    function _slot(uint256 slot) internal view returns (uint256) {
        return uint256(vm.load(address(smartSession), bytes32(slot)));
    }

    /// @dev getPermissionIDs lists each enabled session once and nothing else; nonces are as counted; the list's
    /// slots past its length are zero.
    function _assertMatchesModel() internal view {
        PermissionId[] memory listed = smartSession.getPermissionIDs(address(account));
        uint256 count;
        for (uint256 i; i < SESSIONS; ++i) {
            uint256 seen;
            for (uint256 j; j < listed.length; ++j) {
                if (PermissionId.unwrap(listed[j]) == PermissionId.unwrap(ids[i])) ++seen;
            }
            assertEq(seen, enabled[i] ? 1 : 0);
            assertEq(smartSession.isPermissionEnabled(ids[i], address(account)), enabled[i]);
            assertEq(smartSession.getNonce(ids[i], address(account)), nonces[i]);
            if (enabled[i]) ++count;
        }
        assertEq(listed.length, count);
        for (uint256 j = count; j < SESSIONS; ++j) {
            assertEq(_slot(SessionStorage.permissionSlot(address(account), j)), 0);
        }
    }

    /// @notice Any sequence of enables and removals keeps the list exact.
    function testFuzz_listFollowsEnablesAndRemovals(uint256 seed) public {
        for (uint256 i; i < SESSIONS; ++i) {
            _enable(i);
        }
        for (uint256 step; step < 24; ++step) {
            uint256 i = uint256(keccak256(abi.encode(seed, step))) % SESSIONS;
            if (enabled[i]) _remove(i);
            else _enable(i);
            _assertMatchesModel();
        }
    }

    function test_remove_movesTheLastIntoThePlaceAndZeroesItsSlot() public {
        for (uint256 i; i < 3; ++i) {
            _enable(i);
        }
        _remove(0);
        PermissionId[] memory listed = smartSession.getPermissionIDs(address(account));
        assertEq(listed.length, 2);
        assertEq(PermissionId.unwrap(listed[0]), PermissionId.unwrap(ids[2]));
        assertEq(PermissionId.unwrap(listed[1]), PermissionId.unwrap(ids[1]));
        assertEq(_slot(SessionStorage.accountSlot(address(account))) & SessionStorage.ACCOUNT_COUNT_MASK, 2);
        assertEq(_slot(SessionStorage.permissionSlot(address(account), 2)), 0);
        // The moved session's header knows its new place: removing it now takes the right entry out.
        _remove(2);
        _assertMatchesModel();
        _remove(1);
        _assertMatchesModel();
        assertEq(_slot(SessionStorage.permissionSlot(address(account), 0)), 0);
    }

    function test_uninstall_emptiesTheListAndKeepsNonces() public {
        vm.prank(address(account));
        smartSession.onInstall("");
        for (uint256 i; i < 3; ++i) {
            _enable(i);
        }
        _remove(1);
        _enable(1);
        vm.prank(address(account));
        smartSession.onUninstall("");
        (enabled[0], enabled[1], enabled[2]) = (false, false, false);
        _assertMatchesModel();
        assertEq(_slot(SessionStorage.accountSlot(address(account))), 0);
        for (uint256 j; j < 3; ++j) {
            assertEq(_slot(SessionStorage.permissionSlot(address(account), j)), 0);
        }
        // Nothing is left over: installing again works, and enabling continues from the kept nonce.
        vm.prank(address(account));
        smartSession.onInstall("");
        _enable(1);
        assertEq(nonces[1], 3);
        _assertMatchesModel();
    }

    function test_enable_refusesBeyondTheListCapacity() public {
        bytes32 accountSlot = bytes32(SessionStorage.accountSlot(address(account)));
        vm.store(address(smartSession), accountSlot, bytes32(SessionStorage.MAX_SESSIONS));
        vm.prank(address(account));
        vm.expectRevert(abi.encodeWithSelector(ISmartSession.TooManySessions.selector, address(account)));
        smartSession.enableSessions(_sessions(_salted(0)));
    }

    function test_nonce_exhaustedAtItsLastValue() public {
        PermissionId id = smartSession.getPermissionId(_salted(0));
        bytes32 headerSlot = bytes32(SessionStorage.headerSlot(address(account), id));
        vm.store(
            address(smartSession), headerSlot, bytes32(SessionStorage.MAX_NONCE << SessionStorage.HEADER_NONCE_SHIFT)
        );
        assertEq(smartSession.getNonce(id, address(account)), SessionStorage.MAX_NONCE);
        vm.startPrank(address(account));
        vm.expectRevert(abi.encodeWithSelector(ISmartSession.NonceExhausted.selector, id));
        smartSession.enableSessions(_sessions(_salted(0)));
        vm.expectRevert(abi.encodeWithSelector(ISmartSession.NonceExhausted.selector, id));
        smartSession.revokeEnableSignature(id);
        vm.stopPrank();
    }
}
