// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AmountPolicyTestBase} from "../utils/AmountPolicyTestBase.sol";
import {AmountLimitHandler} from "./AmountLimitHandler.sol";
import {
    ActionData,
    ActionId,
    FALLBACK_SELECTOR,
    FALLBACK_TARGET,
    PermissionId,
    Session,
    USER_OP_SCOPE
} from "contracts/DataTypes.sol";
import {IdLib} from "contracts/lib/IdLib.sol";

/// @notice Whatever a session key sends through the EntryPoint while time passes, the streams hold: by every
/// moment t, the token amounts counted and the ETH sent are at most min(max, initial + rate·(t − start)), and the
/// stored totals equal the ghost totals.
contract StreamingInvariantTest is AmountPolicyTestBase {
    uint256 internal constant TOKEN_INITIAL = 50e6;
    uint256 internal constant TOKEN_RATE = 1000;
    uint256 internal constant TOKEN_MAX = 2000e6;
    uint256 internal constant VALUE_INITIAL = 0.1 ether;
    uint256 internal constant VALUE_RATE = 1 gwei * 1000;
    uint256 internal constant VALUE_MAX = 5 ether;
    uint48 internal constant START = 1_700_000_000;

    AmountLimitHandler internal handler;
    PermissionId internal permissionId;
    uint256 internal startBalance;
    address internal ethRecipient = makeAddr("eth recipient");

    function setUp() public override {
        super.setUp();
        vm.warp(START);
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(
            FALLBACK_SELECTOR,
            FALLBACK_TARGET,
            _policies(address(tokenStream), abi.encode(address(token), TOKEN_INITIAL, TOKEN_RATE, TOKEN_MAX, START))
        );
        actions[1] = ActionData(bytes4(0), ethRecipient, _sudo());
        Session memory session = _ecdsaSession(sessionSigner, actions);
        session.userOpPolicies =
            _policies(address(valueStream), abi.encode(VALUE_INITIAL, VALUE_RATE, VALUE_MAX, START));
        permissionId = _install(session);
        startBalance = token.balanceOf(address(account));
        handler = new AmountLimitHandler(
            entryPoint,
            address(account),
            address(smartSession),
            token,
            permissionId,
            sessionKey,
            ethRecipient,
            250e6,
            1.2 ether
        );
        targetContract(address(handler));
    }

    function _released(uint256 initial, uint256 rate, uint256 max) internal view returns (uint256) {
        uint256 released = initial + rate * (block.timestamp - START);
        return released > max ? max : released;
    }

    function invariant_tokenStreamHolds() public view {
        bytes32 configId = keccak256(
            abi.encodePacked(
                address(account), permissionId, ActionId.unwrap(IdLib.actionId(FALLBACK_TARGET, FALLBACK_SELECTOR))
            )
        );
        (,,,,, uint256 spent) = tokenStream.getStream(address(smartSession), configId, address(account));
        assertEq(spent, handler.countedTokens(), "spent is persisted exactly");
        assertLe(spent, _released(TOKEN_INITIAL, TOKEN_RATE, TOKEN_MAX), "at most what the stream released");
        assertLe(startBalance - token.balanceOf(address(account)), spent, "tokens out <= counted");
    }

    function invariant_valueStreamHolds() public view {
        bytes32 configId = keccak256(abi.encodePacked(address(account), permissionId, USER_OP_SCOPE));
        (,,,, uint256 spent) = valueStream.getStream(address(smartSession), configId, address(account));
        assertEq(spent, handler.sentValue());
        assertEq(ethRecipient.balance, spent);
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
