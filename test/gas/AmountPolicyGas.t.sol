// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AmountPolicyTestBase} from "../utils/AmountPolicyTestBase.sol";
import {MeasuringAccount, TestAccount} from "../utils/TestAccount.sol";
import {PermissionId, Session} from "contracts/DataTypes.sol";

/// @notice The amount-accounting policies in S1's session (instead of the sudo policy), measured exactly like
/// SessionGasTest: the gas inside the account's call to `SmartSession.validateUserOp`, steady state, isolated.
/// The difference to S1 is what the policy adds over the sudo policy (both pay the cold call to the policy).
contract AmountPolicyGasTest is AmountPolicyTestBase {
    /// @dev S1's budget plus ~6,000 for one amount policy's frame (its SLOAD and SSTORE included).
    uint256 internal constant ONE_POLICY_BUDGET = 31_000;
    /// @dev A user-op policy costs more around it: SmartSession ABI-encodes the whole user op for it, and the policy
    /// decodes the op's `execute` calldata (~1,400 over a sudo user-op policy, measured).
    uint256 internal constant USER_OP_POLICY_BUDGET = 35_000;

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

    /// @notice S1 with the ERC-20 spending limit (one token) as the action's only policy.
    function test_gas_spendingLimitTransfer() public {
        uint256 used = _steadyStateTransfer(
            _session(
                sessionSigner,
                _action(
                    address(token),
                    token.transfer.selector,
                    _policy(address(spendingLimit), _tokenLimit(address(token), 1000e6))
                )
            )
        );
        vm.snapshotValue("S1_spendingLimit_validateUserOp", used);
        assertLe(used, ONE_POLICY_BUDGET);
    }

    /// @notice S1 with the value limit as the action's only policy (the transfer sends no ETH).
    function test_gas_valueLimitTransfer() public {
        uint256 used = _steadyStateTransfer(
            _session(
                sessionSigner,
                _action(address(token), token.transfer.selector, _policy(address(valueLimit), abi.encode(1 ether)))
            )
        );
        vm.snapshotValue("S1_valueLimit_validateUserOp", used);
        assertLe(used, ONE_POLICY_BUDGET);
    }

    /// @notice S1 with the periodic ERC-20 allowance (one token, within the period) as the only policy.
    function test_gas_periodicSpendingLimitTransfer() public {
        uint256 used = _steadyStateTransfer(
            _session(
                sessionSigner,
                _action(
                    address(token),
                    token.transfer.selector,
                    _policy(address(periodicSpending), _periodicTokenLimit(address(token), 1000e6, 1 days, 0))
                )
            )
        );
        vm.snapshotValue("S1_periodicSpendingLimit_validateUserOp", used);
        assertLe(used, ONE_POLICY_BUDGET);
    }

    /// @notice S1 with the periodic ETH allowance at user-op scope (the op sends no ETH) next to the sudo policy.
    function test_gas_periodicValueLimitUserOp() public {
        Session memory session = _transferSession();
        session.userOpPolicies = _policy(address(periodicValue), abi.encode(1 ether, uint48(1 days), uint48(0)));
        uint256 used = _steadyStateTransfer(session);
        vm.snapshotValue("S1_periodicValueLimitUserOp_validateUserOp", used);
        assertLe(used, USER_OP_POLICY_BUDGET);
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
