// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {PermissionId} from "contracts/DataTypes.sol";
import {Vm} from "forge-std/Vm.sol";

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
        // OpenZeppelin's account reads the validator from the top 20 bytes of the nonce key.
        op.nonce = entryPoint.getNonce(account, uint192(uint160(smartSession)) << 32);
        op.callData = callData;
        op.accountGasLimits = bytes32((uint256(2_000_000) << 128) | 1_000_000);
        op.preVerificationGas = 100_000;
        op.gasFees = bytes32((uint256(1 gwei) << 128) | 2 gwei);
        (uint8 v, bytes32 r, bytes32 s) = VM.sign(sessionKey, entryPoint.getUserOpHash(op));
        op.signature = abi.encodePacked(uint8(0), permissionId, r, s, v);
        PackedUserOperation[] memory ops = new PackedUserOperation[](1);
        ops[0] = op;
        try entryPoint.handleOps(ops, payable(address(0x0b0b))) {
            return true;
        } catch {
            return false;
        }
    }
}
