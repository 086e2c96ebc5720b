// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AmountPolicyTestBase} from "../utils/AmountPolicyTestBase.sol";
import {FixedWindowHandler} from "./FixedWindowHandler.sol";
import {ActionData, PermissionId, Session} from "contracts/DataTypes.sol";

/// @notice Whatever the session key sends (any claimed window, batches, no claim) while time passes at random,
/// the tokens and the ETH that leave the account within any window [start + k·P, start + (k+1)·P) are at most L,
/// the operations that run in it at most N (RateLimitPolicy), and the session keeps working (ops claiming the
/// current window go through).
contract FixedWindowInvariantTest is AmountPolicyTestBase {
    uint256 internal constant TOKEN_LIMIT = 100e6;
    uint256 internal constant VALUE_LIMIT = 0.1 ether;
    uint256 internal constant USES = 3;
    uint48 internal constant PERIOD = 1 days;
    uint48 internal constant START = 1_700_000_000;

    FixedWindowHandler internal handler;
    address internal ethRecipient = makeAddr("eth recipient");

    function setUp() public override {
        super.setUp();
        vm.warp(START);
        ActionData[] memory actions = new ActionData[](5);
        actions[0] = ActionData(
            token.transfer.selector,
            address(token),
            _policies(address(windowSpending), _periodicTokenLimit(address(token), TOKEN_LIMIT, PERIOD, START))
        );
        actions[1] = ActionData(bytes4(0), ethRecipient, _sudo());
        actions[2] = _claimAction(address(windowSpending));
        actions[3] = _claimAction(address(windowValue));
        actions[4] = _claimAction(address(rateLimit));
        Session memory session = _ecdsaSession(sessionSigner, actions);
        session.userOpPolicies = _policies(
            address(windowValue),
            abi.encode(VALUE_LIMIT, PERIOD, START),
            address(rateLimit),
            abi.encode(USES, PERIOD, START)
        );
        PermissionId permissionId = _install(session);
        handler = new FixedWindowHandler(
            _sessionKeyOf(permissionId),
            [address(windowSpending), address(windowValue), address(rateLimit)],
            ethRecipient,
            START,
            PERIOD
        );
        targetContract(address(handler));
    }

    function invariant_atMostTheLimitInEveryWindow() public view {
        assertLe(handler.maxTokensInAWindow(), TOKEN_LIMIT, "tokens in one window");
        assertLe(handler.maxValueInAWindow(), VALUE_LIMIT, "ETH in one window");
        assertLe(handler.maxOpsInAWindow(), USES, "operations in one window");
    }

    /// @notice Never stuck: after any history, an op claiming now with a full window's allowance goes through
    /// in the next window.
    function invariant_neverStuck() public {
        vm.warp(START + ((block.timestamp - START) / PERIOD + 1) * PERIOD + 1);
        uint256 passed = handler.passedOps();
        // The largest single op the handler sends (its bounds), in a fresh window.
        handler.spend(80e6, 0.08 ether, 0, 0);
        assertEq(handler.passedOps(), passed + 1, "a fresh window's allowance is there");
    }

    /// @notice The handler's ops reach both outcomes (a sanity check of the harness, not random).
    function test_handlerPassesAndRefuses() public {
        handler.spend(80e6, 0.08 ether, 0, 0);
        handler.spend(20e6, 0.02 ether, 0, 0);
        handler.spend(1, 0, 0, 0); // over the token limit
        handler.spend(0, 1, 2, 1 days); // claims tomorrow: not due
        handler.wait(1 days + 1);
        handler.spend(0, 1, 1, 1 days + 1); // claims yesterday: expired
        handler.spend(0, 1, 4, 0); // no claim: the last one (yesterday) is stale
        handler.spend(80e6, 0.08 ether, 0, 0);
        assertEq(handler.passedOps(), 3);
        assertEq(handler.refusedOps(), 4);
        assertEq(handler.maxTokensInAWindow(), 100e6);
        assertEq(handler.maxValueInAWindow(), 0.1 ether);
        assertEq(handler.maxOpsInAWindow(), 2);
    }

    /// @notice The rate limit reaches its refusal: a fourth op in one window is refused, the next window's passes.
    function test_rateLimitRefusesTheFourthOpOfAWindow() public {
        for (uint256 i; i < USES; ++i) {
            handler.spend(1, 0, 0, 0);
        }
        handler.spend(1, 0, 0, 0);
        assertEq(handler.passedOps(), USES);
        assertEq(handler.refusedOps(), 1);
        handler.wait(1 days);
        handler.spend(1, 0, 0, 0);
        assertEq(handler.passedOps(), USES + 1);
        assertEq(handler.maxOpsInAWindow(), USES);
    }
}
