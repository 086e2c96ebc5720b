// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {MeasuringAccount, TestAccount} from "../utils/TestAccount.sol";
import {PermissionId, Session} from "contracts/DataTypes.sol";

/// @notice Gas scenarios of the SPEC, measured as the gas spent inside the account's own call to
/// `SmartSession.validateUserOp`, each op in its own transaction. Run with `forge snapshot --isolate`:
/// without isolation the whole test is one transaction and storage stays warm, so figures come out lower.
contract SessionGasTest is SessionTestBase {
    /// @dev The budgets of DEVELOPERS.md; the reference's figures in brackets.
    uint256 internal constant S1_BUDGET = 25_000; // (41,867)

    MeasuringAccount internal measured;

    function _newAccount() internal override returns (TestAccount newAccount) {
        newAccount = new MeasuringAccount(address(ownerValidator), abi.encode(owner), address(smartSession));
        vm.deal(address(newAccount), 100 ether);
        token.mint(address(newAccount), 1_000_000e6);
    }

    function setUp() public override {
        super.setUp();
        measured = MeasuringAccount(payable(address(account)));
    }

    /// @notice S1: USE mode, ECDSA session key, one action (token.transfer) under the sudo policy.
    function test_gas_S1_useSudoTransfer() public {
        uint256 used = _steadyStateTransfer(_transferSession());
        vm.snapshotValue("S1_validateUserOp", used);
        assertLe(used, S1_BUDGET);
    }

    /// @dev Installs `session`, uses it once, then measures the next use.
    function _steadyStateTransfer(Session memory session) internal returns (uint256) {
        PermissionId permissionId = _install(session);
        _handle(_sessionOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6)));
        _handle(_sessionOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6)));
        assertEq(token.balanceOf(recipient), 2e6);
        return measured.lastValidationGas();
    }
}
