// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {TestAccount} from "../utils/TestAccount.sol";
import {PermissionId, Session} from "contracts/DataTypes.sol";

/// @notice Removal shrinks state: an account that enabled and removed a thousand sessions uninstalls for the gas of
/// a fresh account with the same live sessions (`gas` profile, every call its own transaction, storage cold).
contract UninstallGasTest is SessionTestBase {
    uint256 internal constant HISTORY = 1000;
    uint256 internal constant LIVE = 3;
    /// @dev The two uninstalls touch the same number of slots; only the hashing of different keys may differ.
    uint256 internal constant TOLERANCE = 1000;

    /// @notice A session for the key, told apart by `salt`.
    function _saltedSession(uint256 salt) internal view returns (Session memory session) {
        session = _transferSession();
        session.salt = bytes32(salt);
    }

    function _enableRange(TestAccount target, uint256 from, uint256 to) internal returns (PermissionId[] memory ids) {
        Session[] memory sessions = new Session[](to - from);
        for (uint256 i; i < sessions.length; ++i) {
            sessions[i] = _saltedSession(from + i);
        }
        vm.prank(address(target));
        ids = smartSession.enableSessions(sessions);
    }

    function _uninstallGas(TestAccount target) internal returns (uint256) {
        vm.prank(address(target));
        smartSession.onUninstall("");
        return vm.lastCallGas().gasTotalUsed;
    }

    function test_gas_uninstallAfterAThousandRemovals() public {
        TestAccount fresh = _newAccount();
        vm.prank(address(fresh));
        smartSession.onInstall("");
        _enableRange(fresh, HISTORY, HISTORY + LIVE);

        vm.prank(address(account));
        smartSession.onInstall("");
        // History before and after the live sessions, removed oldest first: the live ones move in the list.
        PermissionId[] memory before = _enableRange(account, 0, HISTORY / 2);
        PermissionId[] memory live = _enableRange(account, HISTORY, HISTORY + LIVE);
        PermissionId[] memory later = _enableRange(account, HISTORY / 2, HISTORY);
        for (uint256 i; i < before.length; ++i) {
            vm.prank(address(account));
            smartSession.removeSession(before[i]);
            vm.prank(address(account));
            smartSession.removeSession(later[i]);
        }
        PermissionId[] memory listed = smartSession.getPermissionIDs(address(account));
        assertEq(listed.length, LIVE);
        for (uint256 i; i < LIVE; ++i) {
            bool found;
            for (uint256 j; j < LIVE; ++j) {
                found = found || PermissionId.unwrap(listed[j]) == PermissionId.unwrap(live[i]);
            }
            assertTrue(found);
        }

        uint256 freshGas = _uninstallGas(fresh);
        uint256 historyGas = _uninstallGas(account);
        vm.snapshotValue("uninstall_3live_fresh", freshGas);
        vm.snapshotValue("uninstall_3live_after1000Removed", historyGas);
        assertApproxEqAbs(historyGas, freshGas, TOLERANCE);
        assertEq(smartSession.getPermissionIDs(address(account)).length, 0);
        assertFalse(smartSession.isPermissionEnabled(live[0], address(account)));
    }
}
