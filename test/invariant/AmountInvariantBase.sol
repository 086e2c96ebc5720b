// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AmountPolicyTestBase} from "../utils/AmountPolicyTestBase.sol";
import {AmountLimitHandler} from "./AmountLimitHandler.sol";
import {
    ActionData,
    FALLBACK_SELECTOR,
    FALLBACK_TARGET,
    PermissionId,
    PolicyData,
    Session
} from "contracts/DataTypes.sol";

/// @notice The amount invariants' common harness: a session whose token policy checks the fallback action (every
/// token call) and whose ETH policy runs at user-op scope, driven by an AmountLimitHandler through the real
/// EntryPoint; the checks every amount policy shares (what is stored equals what the handler counted, and no more
/// leaves the account than was counted).
abstract contract AmountInvariantBase is AmountPolicyTestBase {
    AmountLimitHandler internal handler;
    PermissionId internal permissionId;
    uint256 internal startBalance;
    address internal ethRecipient = makeAddr("eth recipient");

    /// @notice Installs the session (`tokenPolicies` on the fallback action, `valuePolicies` per user op, plain
    /// ETH sends to `ethRecipient` allowed) and targets a handler sending at most `maxAmount` tokens and
    /// `maxValue` wei per op.
    function _installHarness(
        PolicyData[] memory tokenPolicies,
        PolicyData[] memory valuePolicies,
        uint256 maxAmount,
        uint256 maxValue
    ) internal {
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(FALLBACK_SELECTOR, FALLBACK_TARGET, tokenPolicies);
        actions[1] = ActionData(bytes4(0), ethRecipient, _sudo());
        Session memory session = _ecdsaSession(sessionSigner, actions);
        session.userOpPolicies = valuePolicies;
        permissionId = _install(session);
        startBalance = token.balanceOf(address(account));
        handler = new AmountLimitHandler(_sessionKeyOf(permissionId), ethRecipient, maxAmount, maxValue);
        targetContract(address(handler));
    }

    /// @notice The config id of the session's policies at `scope`.
    function _configId(bytes32 scope) internal view returns (bytes32) {
        return _configIdOf(permissionId, scope);
    }

    /// @notice The config id of the token policy (the fallback action's).
    function _tokenConfigId() internal view returns (bytes32) {
        return _actionConfigIdOf(permissionId, FALLBACK_TARGET, FALLBACK_SELECTOR);
    }

    /// @notice The token policy stored exactly what the handler counted, and no more left the account.
    function _assertTokensCounted(uint256 stored) internal view {
        assertEq(stored, handler.countedTokens(), "stored = counted");
        assertLe(startBalance - token.balanceOf(address(account)), stored, "tokens out <= counted");
    }

    /// @notice The value policy stored exactly the ETH the handler sent, all of it at the recipient.
    function _assertValueCounted(uint256 stored) internal view {
        assertEq(stored, handler.sentValue(), "stored = sent");
        assertEq(ethRecipient.balance, stored, "sent = received");
    }
}
