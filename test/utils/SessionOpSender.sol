// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MockERC20} from "./MockERC20.sol";
import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {PermissionId} from "contracts/DataTypes.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice Who an invariant handler plays: the key of one session of one account, and the token it moves.
struct SessionKey {
    IEntryPoint entryPoint;
    address account;
    address smartSession;
    MockERC20 token;
    PermissionId permissionId;
    uint256 sessionKey;
}

/// @notice For invariant handlers: sends one USE-mode session user op through the real EntryPoint and says whether
/// it went through (validation refusals revert handleOps; they are caught here).
library SessionOpSender {
    Vm private constant VM = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    function send(
        IEntryPoint entryPoint,
        address account,
        address smartSession,
        PermissionId permissionId,
        uint256 sessionKey,
        bytes memory callData
    ) internal returns (bool passed) {
        PackedUserOperation memory op;
        op.sender = account;
        op.callData = callData;
        op.accountGasLimits = bytes32((uint256(2_000_000) << 128) | 1_000_000);
        op.preVerificationGas = 100_000;
        op.gasFees = bytes32((uint256(1 gwei) << 128) | 2 gwei);
        return sendOp(entryPoint, op, smartSession, permissionId, sessionKey, payable(address(0x0b0b)));
    }

    /// @notice Sends `op` (sender, callData, gas and paymaster fields as given) with its nonce and session
    /// signature filled in, paying `beneficiary`.
    function sendOp(
        IEntryPoint entryPoint,
        PackedUserOperation memory op,
        address smartSession,
        PermissionId permissionId,
        uint256 sessionKey,
        address payable beneficiary
    ) internal returns (bool passed) {
        // OpenZeppelin's account reads the validator from the top 20 bytes of the nonce key.
        op.nonce = entryPoint.getNonce(op.sender, uint192(uint160(smartSession)) << 32);
        (uint8 v, bytes32 r, bytes32 s) = VM.sign(sessionKey, entryPoint.getUserOpHash(op));
        op.signature = abi.encodePacked(uint8(0), permissionId, r, s, v);
        PackedUserOperation[] memory ops = new PackedUserOperation[](1);
        ops[0] = op;
        try entryPoint.handleOps(ops, beneficiary) {
            return true;
        } catch {
            return false;
        }
    }
}
