// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AmountPolicyTestBase} from "../utils/AmountPolicyTestBase.sol";
import {GasTestBase} from "../utils/GasTestBase.sol";
import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {TestAccount} from "../utils/TestAccount.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {ActionData, PermissionId, Session} from "contracts/DataTypes.sol";

/// @notice The amount-accounting policies in S1's session (instead of the sudo policy), measured exactly like
/// SessionGasTest: the gas inside the account's call to `SmartSession.validateUserOp`, steady state, isolated.
/// The difference to S1 is what the policy adds over the sudo policy (both pay the cold call to the policy).
contract AmountPolicyGasTest is AmountPolicyTestBase, GasTestBase {
    /// @dev S1's budget plus ~6,000 for one amount policy's frame (its SLOAD and SSTORE included).
    uint256 internal constant ONE_POLICY_BUDGET = 31_000;
    /// @dev A user-op policy costs more around it: SmartSession ABI-encodes the whole user op for it, and the policy
    /// decodes the op's `execute` calldata (~1,400 over a sudo user-op policy, measured).
    uint256 internal constant USER_OP_POLICY_BUDGET = 35_000;

    /// @dev A fixed-window policy's op carries the claim call: a batch instead of a single call, one more call for
    /// SmartSession to check (its action list and the policy recording the claim, ~5,000 of it the claim's slot):
    /// ~16,500 over the periodic policy, measured.
    uint256 internal constant CLAIMED_BUDGET = 48_000;
    /// @dev The same at user-op scope: the user op is ABI-encoded for the policy and its batch decoded again.
    uint256 internal constant CLAIMED_USER_OP_BUDGET = 65_000;

    function _deployAccount() internal override(SessionTestBase, GasTestBase) returns (TestAccount) {
        return GasTestBase._deployAccount();
    }

    function setUp() public override(AmountPolicyTestBase, GasTestBase) {
        super.setUp();
    }

    /// @notice S1 with the ERC-20 spending limit (one token) as the action's only policy.
    function test_gas_spendingLimitTransfer() public {
        uint256 used = _steadyStateTransfer(
            _ecdsaSession(
                sessionSigner,
                _action(
                    address(token),
                    token.transfer.selector,
                    _policies(address(spendingLimit), _tokenLimit(address(token), 1000e6))
                )
            )
        );
        vm.snapshotValue("S1_spendingLimit_validateUserOp", used);
        assertLe(used, ONE_POLICY_BUDGET);
    }

    /// @notice S1 with the value limit as the action's only policy (the transfer sends no ETH).
    function test_gas_valueLimitTransfer() public {
        uint256 used = _steadyStateTransfer(
            _ecdsaSession(
                sessionSigner,
                _action(address(token), token.transfer.selector, _policies(address(valueLimit), abi.encode(1 ether)))
            )
        );
        vm.snapshotValue("S1_valueLimit_validateUserOp", used);
        assertLe(used, ONE_POLICY_BUDGET);
    }

    /// @notice S1 with the periodic ERC-20 allowance (one token, within the period) as the only policy.
    function test_gas_periodicSpendingLimitTransfer() public {
        uint256 used = _steadyStateTransfer(
            _ecdsaSession(
                sessionSigner,
                _action(
                    address(token),
                    token.transfer.selector,
                    _policies(address(periodicSpending), _periodicTokenLimit(address(token), 1000e6, 1 days, 0))
                )
            )
        );
        vm.snapshotValue("S1_periodicSpendingLimit_validateUserOp", used);
        assertLe(used, ONE_POLICY_BUDGET);
    }

    /// @notice S1 with the periodic ETH allowance at user-op scope (the op sends no ETH) next to the sudo policy.
    function test_gas_periodicValueLimitUserOp() public {
        Session memory session = _transferSession();
        session.userOpPolicies = _policies(address(periodicValue), abi.encode(1 ether, uint48(1 days), uint48(0)));
        uint256 used = _steadyStateTransfer(session);
        vm.snapshotValue("S1_periodicValueLimitUserOp_validateUserOp", used);
        assertLe(used, USER_OP_POLICY_BUDGET);
    }

    /// @notice The fixed-window ERC-20 allowance (one token) on the transfer action; each op is the batch
    /// [claimPeriod(now), transfer], a second later than the one before (the claim's slot changes).
    function test_gas_fixedWindowSpendingLimitTransfer() public {
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(
            token.transfer.selector,
            address(token),
            _policies(address(windowSpending), _periodicTokenLimit(address(token), 1000e6, 1 days, 1))
        );
        actions[1] = _claimAction(address(windowSpending));
        uint256 used = _steadyStateClaimed(_ecdsaSession(sessionSigner, actions), address(windowSpending), 0);
        vm.snapshotValue("S1_fixedWindowSpendingLimit_validateUserOp", used);
        assertLe(used, CLAIMED_BUDGET);
    }

    /// @notice The fixed-window ETH allowance at user-op scope; each op claims and sends 1 wei with the transfer.
    function test_gas_fixedWindowValueLimitUserOp() public {
        ActionData[] memory actions = new ActionData[](3);
        actions[0] = ActionData(token.transfer.selector, address(token), _sudo());
        actions[1] = ActionData(bytes4(0), recipient, _sudo());
        actions[2] = _claimAction(address(windowValue));
        Session memory session = _ecdsaSession(sessionSigner, actions);
        session.userOpPolicies = _policies(address(windowValue), abi.encode(1 ether, uint48(1 days), uint48(1)));
        uint256 used = _steadyStateClaimed(session, address(windowValue), 1);
        vm.snapshotValue("S1_fixedWindowValueLimitUserOp_validateUserOp", used);
        assertLe(used, CLAIMED_USER_OP_BUDGET);
    }

    /// @notice The rate limit at user-op scope (each op claims and is one use) next to the sudo action policy.
    function test_gas_rateLimitUserOp() public {
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(token.transfer.selector, address(token), _sudo());
        actions[1] = _claimAction(address(rateLimit));
        Session memory session = _ecdsaSession(sessionSigner, actions);
        session.userOpPolicies = _policies(address(rateLimit), abi.encode(100, uint48(1 days), uint48(1)));
        uint256 used = _steadyStateClaimed(session, address(rateLimit), 0);
        vm.snapshotValue("S1_rateLimitUserOp_validateUserOp", used);
        assertLe(used, CLAIMED_USER_OP_BUDGET);
    }

    /// @notice S1 with the ERC-20 stream as the action's only policy (covered by the initial amount).
    function test_gas_streamingSpendingLimitTransfer() public {
        uint256 used = _steadyStateTransfer(
            _ecdsaSession(
                sessionSigner,
                _action(
                    address(token),
                    token.transfer.selector,
                    _policies(address(tokenStream), abi.encode(address(token), 1000e6, 1e6, 1_000_000e6, uint48(0)))
                )
            )
        );
        vm.snapshotValue("S1_streamingSpendingLimit_validateUserOp", used);
        // A stream reads two slots (spent and max; then its schedule): ~2,100 over a one-slot limit.
        assertLe(used, ONE_POLICY_BUDGET + 2500);
    }

    /// @notice S1 with the ETH stream at user-op scope (the op sends no ETH) next to the sudo policy.
    function test_gas_streamingValueLimitUserOp() public {
        Session memory session = _transferSession();
        session.userOpPolicies = _policies(address(valueStream), abi.encode(1 ether, 1 gwei, 10 ether, uint48(0)));
        uint256 used = _steadyStateTransfer(session);
        vm.snapshotValue("S1_streamingValueLimitUserOp_validateUserOp", used);
        assertLe(used, USER_OP_POLICY_BUDGET);
    }

    /// @dev Installs `session`, sends [claim(now), transfer (, value to the recipient)] once, then a second later
    /// again, and measures that one.
    function _steadyStateClaimed(Session memory session, address policy, uint256 value) internal returns (uint256) {
        PermissionId permissionId = _install(session);
        for (uint256 i; i < 2; ++i) {
            vm.warp(block.timestamp + 1);
            Execution[] memory calls = new Execution[](value == 0 ? 2 : 3);
            calls[0] = _claimCall(policy, block.timestamp);
            calls[1] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient, 1e6)));
            if (value != 0) calls[2] = Execution(recipient, value, "");
            _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls)));
        }
        assertEq(token.balanceOf(recipient), 2e6);
        return measured.lastValidationGas();
    }
}
