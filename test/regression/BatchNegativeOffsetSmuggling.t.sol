// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {PermissionId} from "contracts/DataTypes.sol";
import {ExecutionLib} from "contracts/lib/ExecutionLib.sol";

/// @notice A target with one granted function and a payable fallback nobody granted.
contract PingTarget {
    uint256 public pings;
    uint256 public fallbackHits;

    function ping() external payable {
        ++pings;
    }

    fallback() external payable {
        ++fallbackHits;
    }
}

/// @notice Regression (docs/threat-model.md, "batch offset smuggling"): a batch element whose `callData` offset is
/// negative used to be read by SmartSession from the user op's gas fields (where the attacker placed the granted
/// `ping()` selector) but by the account as empty calldata, so the account called the target's fallback with 1 ETH.
/// Canonical encoding is now required: the op is refused before any policy runs and nothing moves.
contract BatchNegativeOffsetSmugglingTest is SessionTestBase {
    PingTarget internal target;
    PermissionId internal permissionId;

    function setUp() public override {
        super.setUp();
        target = new PingTarget();
        permissionId =
            _install(_ecdsaSession(sessionSigner, _action(address(target), PingTarget.ping.selector, _sudo())));
    }

    function test_negativeCallDataOffsetIsRefused() public {
        // abi.encode(Execution[1]) by hand: [0x20][1][0x20][target][1 ether][callData offset -387].
        bytes memory executionCalldata =
            abi.encode(uint256(0x20), uint256(1), uint256(0x20), address(target), uint256(1 ether), int256(-387));
        bytes memory callData = abi.encodeWithSelector(0xe9ae5c53, _mode(CALLTYPE_BATCH, 0x00), executionCalldata);
        PackedUserOperation memory op = _userOp(address(account), address(smartSession), callData);
        // The gas fields that placed `ping()` where the old decoder looked.
        op.preVerificationGas = 1;
        op.gasFees = bytes32(((uint256(uint32(PingTarget.ping.selector)) << 88) << 128) | 1 gwei);
        op.signature = abi.encodePacked(uint8(0), permissionId, _sign(sessionKey, _hash(op)));

        uint256 accountBalance = address(account).balance;
        _expectValidationRevert(abi.encodeWithSelector(ExecutionLib.MalformedExecutionCalldata.selector));
        _handleUserOp(op);

        assertEq(target.fallbackHits(), 0);
        assertEq(address(target).balance, 0);
        assertEq(address(account).balance, accountBalance);
    }

    function test_grantedPingStillRuns() public {
        _handleUserOp(
            _sessionUserOp(
                account,
                permissionId,
                sessionKey,
                _executeSingle(address(target), 0, abi.encodeCall(PingTarget.ping, ()))
            )
        );
        assertEq(target.pings(), 1);
    }
}
