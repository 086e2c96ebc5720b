// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AmountInvariantBase} from "./AmountInvariantBase.sol";
import {USER_OP_SCOPE} from "contracts/DataTypes.sol";

/// @notice Whatever a session key sends through the EntryPoint while time passes, the streams hold: by every
/// moment t, the token amounts counted and the ETH sent are at most min(max, initial + rate·(t − start)), and the
/// stored totals equal the ghost totals.
contract StreamingInvariantTest is AmountInvariantBase {
    uint256 internal constant TOKEN_INITIAL = 50e6;
    uint256 internal constant TOKEN_RATE = 1000;
    uint256 internal constant TOKEN_MAX = 2000e6;
    uint256 internal constant VALUE_INITIAL = 0.1 ether;
    uint256 internal constant VALUE_RATE = 1 gwei * 1000;
    uint256 internal constant VALUE_MAX = 5 ether;
    uint48 internal constant START = 1_700_000_000;

    function setUp() public override {
        super.setUp();
        vm.warp(START);
        _installHarness(
            _policies(address(tokenStream), abi.encode(address(token), TOKEN_INITIAL, TOKEN_RATE, TOKEN_MAX, START)),
            _policies(address(valueStream), abi.encode(VALUE_INITIAL, VALUE_RATE, VALUE_MAX, START)),
            250e6,
            1.2 ether
        );
    }

    function _released(uint256 initial, uint256 rate, uint256 max) internal view returns (uint256) {
        uint256 released = initial + rate * (block.timestamp - START);
        return released > max ? max : released;
    }

    function invariant_tokenStreamHolds() public view {
        (,,,,, uint256 spent) = tokenStream.getStream(address(smartSession), _tokenConfigId(), address(account));
        _assertTokensCounted(spent);
        assertLe(spent, _released(TOKEN_INITIAL, TOKEN_RATE, TOKEN_MAX), "at most what the stream released");
    }

    function invariant_valueStreamHolds() public view {
        (,,,, uint256 spent) = valueStream.getStream(address(smartSession), _configId(USER_OP_SCOPE), address(account));
        _assertValueCounted(spent);
        assertLe(spent, _released(VALUE_INITIAL, VALUE_RATE, VALUE_MAX), "at most what the stream released");
    }

    /// @notice The handler's ops reach both outcomes (a sanity check of the harness, not random).
    function test_handlerPassesAndRefuses() public {
        handler.transfer(50e6);
        handler.transfer(1e6);
        handler.sendEth(0.1 ether);
        handler.wait(1000);
        handler.transfer(1e6);
        assertEq(handler.passedOps(), 3);
        assertEq(handler.refusedOps(), 1);
    }
}
