// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "./SessionTestBase.sol";
import {MeasuringAccount, TestAccount} from "./TestAccount.sol";
import {PermissionId, Session} from "contracts/DataTypes.sol";

/// @notice The gas tests' fixture (docs/gas.md): the test account is a MeasuringAccount, which records the gas
/// spent inside its own call to `SmartSession.validateUserOp`; figures mean something only with every op in its
/// own transaction (the `gas` profile, isolated).
abstract contract GasTestBase is SessionTestBase {
    MeasuringAccount internal measured;

    function setUp() public virtual override {
        super.setUp();
        measured = MeasuringAccount(payable(address(account)));
    }

    function _deployAccount() internal virtual override returns (TestAccount) {
        return new MeasuringAccount(address(ownerValidator), abi.encode(owner), address(smartSession));
    }

    /// @notice Installs `session` and sends two one-transfer ops: the second's validation gas (steady state: the
    /// session's storage already written once).
    function _steadyStateTransfer(Session memory session) internal returns (uint256) {
        PermissionId permissionId = _install(session);
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6)));
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6)));
        assertEq(token.balanceOf(recipient), 2e6);
        return measured.lastValidationGas();
    }
}
