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

/// @notice Whatever a session key sends through the EntryPoint, the lifetime limits hold: the token amounts
/// counted (transfers + approvals, one budget under the fallback action) never exceed the SpendingLimitPolicy
/// limit, the tokens that actually leave (transfers + pulls by the approved spender) never exceed what was
/// counted, and the ETH sent never exceeds the ValueLimitPolicy limit (user-op scope); stored `used` values
/// equal the ghost totals exactly.
contract SpendingLimitValueLimitInvariantTest is AmountPolicyTestBase {
    uint256 internal constant TOKEN_LIMIT = 500e6;
    uint256 internal constant VALUE_LIMIT = 2 ether;

    AmountLimitHandler internal handler;
    PermissionId internal permissionId;
    uint256 internal startBalance;
    address internal ethRecipient = makeAddr("eth recipient");

    function setUp() public override {
        super.setUp();
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(
            FALLBACK_SELECTOR,
            FALLBACK_TARGET,
            _policies(address(spendingLimit), _tokenLimit(address(token), TOKEN_LIMIT))
        );
        actions[1] = ActionData(bytes4(0), ethRecipient, _sudo());
        Session memory session = _ecdsaSession(sessionSigner, actions);
        session.userOpPolicies = _policies(address(valueLimit), abi.encode(VALUE_LIMIT));
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
            150e6,
            0.7 ether
        );
        targetContract(address(handler));
    }

    function _configId(bytes32 scope) internal view returns (bytes32) {
        return keccak256(abi.encodePacked(address(account), permissionId, scope));
    }

    function invariant_tokenLimitHolds() public view {
        bytes32 configId = _configId(ActionId.unwrap(IdLib.actionId(FALLBACK_TARGET, FALLBACK_SELECTOR)));
        (, uint256 used) =
            spendingLimit.getSpendingLimit(address(smartSession), configId, address(account), address(token));
        assertEq(used, handler.countedTokens(), "used is persisted exactly");
        assertLe(used, TOKEN_LIMIT);
        assertLe(startBalance - token.balanceOf(address(account)), used, "tokens out <= counted");
    }

    function invariant_valueLimitHolds() public view {
        (, uint256 used) = valueLimit.getValueLimit(address(smartSession), _configId(USER_OP_SCOPE), address(account));
        assertEq(used, handler.sentValue());
        assertEq(ethRecipient.balance, used);
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
