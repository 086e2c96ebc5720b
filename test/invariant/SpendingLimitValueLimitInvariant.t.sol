// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AmountInvariantBase} from "./AmountInvariantBase.sol";
import {USER_OP_SCOPE} from "contracts/DataTypes.sol";

/// @notice Whatever a session key sends through the EntryPoint, the lifetime limits hold: the token amounts
/// counted (transfers + approvals, one budget under the fallback action) never exceed the SpendingLimitPolicy
/// limit, the tokens that actually leave (transfers + pulls by the approved spender) never exceed what was
/// counted, and the ETH sent never exceeds the ValueLimitPolicy limit (user-op scope); stored `used` values
/// equal the ghost totals exactly.
contract SpendingLimitValueLimitInvariantTest is AmountInvariantBase {
    uint256 internal constant TOKEN_LIMIT = 500e6;
    uint256 internal constant VALUE_LIMIT = 2 ether;

    function setUp() public override {
        super.setUp();
        _installHarness(
            _policies(address(spendingLimit), _tokenLimit(address(token), TOKEN_LIMIT)),
            _policies(address(valueLimit), abi.encode(VALUE_LIMIT)),
            150e6,
            0.7 ether
        );
    }

    function invariant_tokenLimitHolds() public view {
        bytes32 configId = _tokenConfigId();
        (, uint256 used) =
            spendingLimit.getSpendingLimit(address(smartSession), configId, address(account), address(token));
        _assertTokensCounted(used);
        assertLe(used, TOKEN_LIMIT);
    }

    function invariant_valueLimitHolds() public view {
        (, uint256 used) = valueLimit.getValueLimit(address(smartSession), _configId(USER_OP_SCOPE), address(account));
        _assertValueCounted(used);
        assertLe(used, VALUE_LIMIT);
    }

    /// @notice The handler's ops really reach both outcomes (a sanity check of the harness, not random).
    function test_handlerPassesAndRefuses() public {
        handler.transfer(150e6);
        handler.approve(150e6);
        handler.pull(100e6);
        handler.batch(150e6, 0.7 ether, false);
        handler.transfer(150e6);
        handler.sendEth(0.7 ether);
        handler.sendEth(0.7 ether);
        assertEq(handler.passedOps(), 4);
        assertEq(handler.refusedOps(), 2);
    }
}
