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

/// @notice Whatever a session key sends through the EntryPoint while time passes (random waits), the periodic
/// allowances hold: by every moment t, the token amounts counted and the ETH sent are at most
/// L × (periods begun by t), and the stored totals equal the ghost totals.
contract PeriodicLimitInvariantTest is AmountPolicyTestBase {
    uint256 internal constant TOKEN_LIMIT = 100e6;
    uint256 internal constant VALUE_LIMIT = 0.5 ether;
    uint48 internal constant PERIOD = 1 days;
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
            _policies(address(periodicSpending), _periodicTokenLimit(address(token), TOKEN_LIMIT, PERIOD, START))
        );
        actions[1] = ActionData(bytes4(0), ethRecipient, _sudo());
        Session memory session = _ecdsaSession(sessionSigner, actions);
        session.userOpPolicies = _policies(address(periodicValue), abi.encode(VALUE_LIMIT, PERIOD, START));
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

    function _configId(bytes32 scope) internal view returns (bytes32) {
        return keccak256(abi.encodePacked(address(account), permissionId, scope));
    }

    function _periodsBegun() internal view returns (uint256) {
        return (block.timestamp - START) / PERIOD + 1;
    }

    function invariant_periodicTokenLimitHolds() public view {
        bytes32 configId = _configId(ActionId.unwrap(IdLib.actionId(FALLBACK_TARGET, FALLBACK_SELECTOR)));
        (,,, uint256 spent) =
            periodicSpending.getAllowance(address(smartSession), configId, address(account), address(token));
        assertEq(spent, handler.countedTokens(), "spent is persisted exactly");
        assertLe(spent, TOKEN_LIMIT * _periodsBegun(), "at most L per period begun");
        assertLe(startBalance - token.balanceOf(address(account)), spent, "tokens out <= counted");
    }

    function invariant_periodicValueLimitHolds() public view {
        (,,, uint256 spent) =
            periodicValue.getAllowance(address(smartSession), _configId(USER_OP_SCOPE), address(account));
        assertEq(spent, handler.sentValue());
        assertEq(ethRecipient.balance, spent);
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
