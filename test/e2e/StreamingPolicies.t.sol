// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AmountPolicyTestBase} from "../utils/AmountPolicyTestBase.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {FALLBACK_SELECTOR, FALLBACK_TARGET, PermissionId, Session} from "contracts/DataTypes.sol";
import {StreamAllowance} from "contracts/policies/lib/StreamAllowance.sol";

/// @notice The streaming policies through EntryPoint.handleOps with `vm.warp`: the initial amount at start, then
/// the stream; an op the stream does not cover yet is held (AA22) and counts nothing; the total is capped.
contract StreamingPoliciesE2ETest is AmountPolicyTestBase {
    uint48 internal constant START = 1_700_000_000;
    string internal constant NOT_DUE = "AA22 expired or not due";

    function setUp() public override {
        super.setUp();
        vm.warp(START);
    }

    function test_erc20Stream_initialThenPerSecondThenCap() public {
        // 100 USDC at start, 1 USDC per second, 300 at most.
        PermissionId permissionId = _install(
            _ecdsaSession(
                sessionSigner,
                _action(
                    address(token),
                    token.transfer.selector,
                    _policies(address(tokenStream), abi.encode(address(token), 100e6, 1e6, 300e6, START))
                )
            )
        );
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 100e6)));
        PackedUserOperation memory early =
            _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 10e6));
        _expectFailedOp(NOT_DUE);
        _handleUserOp(early);
        vm.warp(START + 9);
        _expectFailedOp(NOT_DUE);
        _handleUserOp(early);
        vm.warp(START + 10);
        _handleUserOp(early);
        assertEq(token.balanceOf(recipient), 110e6);
        vm.warp(START + 10 days);
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 190e6)));
        PackedUserOperation memory over = _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1));
        _expectPolicyRevert(
            permissionId, address(tokenStream), abi.encodeWithSelector(StreamAllowance.StreamExceeded.selector, 1, 0)
        );
        _handleUserOp(over);
        assertEq(token.balanceOf(recipient), 300e6);
    }

    function test_nativeStream_userOpScopeSumsTheBatch() public {
        Session memory session = _ecdsaSession(sessionSigner, _action(FALLBACK_TARGET, FALLBACK_SELECTOR, _sudo()));
        session.userOpPolicies = _policies(address(valueStream), abi.encode(0, 0.001 ether, 1 ether, START));
        PermissionId permissionId = _install(session);
        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution(recipient, 0.05 ether, "");
        calls[1] = Execution(recipient, 0.05 ether, "");
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls));
        _expectFailedOp(NOT_DUE);
        _handleUserOp(op);
        vm.warp(START + 100);
        _handleUserOp(op);
        assertEq(recipient.balance, 0.1 ether);
    }
}
