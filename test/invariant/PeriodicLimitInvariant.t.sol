// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AmountInvariantBase} from "./AmountInvariantBase.sol";
import {USER_OP_SCOPE} from "contracts/DataTypes.sol";

/// @notice Whatever a session key sends through the EntryPoint while time passes (random waits), the periodic
/// allowances hold: by every moment t, the token amounts counted and the ETH sent are at most
/// L × (periods begun by t), and the stored totals equal the ghost totals.
contract PeriodicLimitInvariantTest is AmountInvariantBase {
    uint256 internal constant TOKEN_LIMIT = 100e6;
    uint256 internal constant VALUE_LIMIT = 0.5 ether;
    uint48 internal constant PERIOD = 1 days;
    uint48 internal constant START = 1_700_000_000;

    function setUp() public override {
        super.setUp();
        vm.warp(START);
        _installHarness(
            _policies(address(periodicSpending), _periodicTokenLimit(address(token), TOKEN_LIMIT, PERIOD, START)),
            _policies(address(periodicValue), abi.encode(VALUE_LIMIT, PERIOD, START)),
            250e6,
            1.2 ether
        );
    }

    function _periodsBegun() internal view returns (uint256) {
        return (block.timestamp - START) / PERIOD + 1;
    }

    function invariant_periodicTokenLimitHolds() public view {
        bytes32 configId = _tokenConfigId();
        (,,, uint256 spent) =
            periodicSpending.getAllowance(address(smartSession), configId, address(account), address(token));
        _assertTokensCounted(spent);
        assertLe(spent, TOKEN_LIMIT * _periodsBegun(), "at most L per period begun");
    }

    function invariant_periodicValueLimitHolds() public view {
        (,,, uint256 spent) =
            periodicValue.getAllowance(address(smartSession), _configId(USER_OP_SCOPE), address(account));
        _assertValueCounted(spent);
        assertLe(spent, VALUE_LIMIT * _periodsBegun(), "at most L per period begun");
    }

    /// @notice The handler's ops really reach both outcomes (a sanity check of the harness, not random).
    function test_handlerPassesAndRefuses() public {
        vm.warp(START + 1);
        handler.transfer(100e6);
        handler.approve(1);
        handler.sendEth(0.5 ether);
        handler.sendEth(1);
        handler.wait(3 days);
        handler.batch(200e6, 1 ether, true);
        handler.pull(200e6);
        assertEq(handler.passedOps(), 3);
        assertEq(handler.refusedOps(), 2);
    }
}
