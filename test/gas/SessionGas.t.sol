// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {GasTestBase} from "../utils/GasTestBase.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {ActionData, PermissionId} from "contracts/DataTypes.sol";

/// @notice Gas scenarios (docs/gas.md), measured as the gas spent inside the account's own call to
/// `SmartSession.validateUserOp`, each op in its own transaction. Run with `forge snapshot --isolate`:
/// without isolation the whole test is one transaction and storage stays warm, so figures come out lower.
contract SessionGasTest is GasTestBase {
    /// @dev The budget (docs/gas.md); the reference implementation's figure in brackets.
    uint256 internal constant S1_BUDGET = 25_000; // (41,867)

    /// @notice S1: USE mode, ECDSA session key, one action (token.transfer) under the sudo policy.
    function test_gas_S1_useSudoTransfer() public {
        uint256 used = _steadyStateTransfer(_transferSession());
        vm.snapshotValue("S1_validateUserOp", used);
        assertLe(used, S1_BUDGET);
    }

    /// @notice S7: S1's session, one user op with a batch of three granted transfers.
    function test_gas_S7_useSudoBatchOfThree() public {
        PermissionId permissionId = _install(_transferSession());
        Execution[] memory calls = new Execution[](3);
        for (uint256 i; i < calls.length; ++i) {
            calls[i] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient, 1e6)));
        }
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls)));
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls)));
        assertEq(token.balanceOf(recipient), 6e6);
        vm.snapshotValue("S7_validateUserOp", measured.lastValidationGas());
    }

    /// @notice S8: S1 on a session granting 8 actions: finding the action is one keyed slot, so the figure equals
    /// S1's whatever the number of actions.
    function test_gas_S8_useSudoTransferAmongEightActions() public {
        ActionData[] memory actions = new ActionData[](8);
        actions[0] = ActionData(token.transfer.selector, address(token), _sudo());
        for (uint256 i = 1; i < actions.length; ++i) {
            actions[i] = ActionData(bytes4(uint32(i)), address(uint160(0x1000 + i)), _sudo());
        }
        uint256 used = _steadyStateTransfer(_ecdsaSession(sessionSigner, actions));
        vm.snapshotValue("S8_validateUserOp", used);
        assertLe(used, S1_BUDGET);
    }
}
