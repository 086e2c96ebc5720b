// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ConfigId, PermissionId} from "../DataTypes.sol";
import {IActionPolicy, IUserOpPolicy} from "../interfaces/IPolicy.sol";
import {ISmartSession} from "../interfaces/ISmartSession.sol";
import {SessionStorage} from "./SessionStorage.sol";
import {ValidationDataLib} from "./ValidationDataLib.sol";
import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";

/// @title PolicyRunner
/// @notice Calls every policy of one scope and checks its answer: a policy that reverts, answers with fewer
/// than 32 bytes or returns a failure makes validation revert; time ranges are intersected.
library PolicyRunner {
    /// @notice The `checkAction` call every policy of one action receives for one call.
    function encodeCheckAction(ConfigId configId, address account, address target, uint256 value, bytes calldata data)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodeCall(IActionPolicy.checkAction, (ConfigId.unwrap(configId), account, target, value, data));
    }

    /// @notice Runs the user-op policies of the list at `listSlot`.
    function runUserOpPolicies(
        uint256 listSlot,
        PermissionId permissionId,
        ConfigId configId,
        PackedUserOperation calldata userOp
    ) internal returns (uint256) {
        bytes memory payload = abi.encodeCall(IUserOpPolicy.checkUserOpPolicy, (ConfigId.unwrap(configId), userOp));
        return run(listSlot, SessionStorage.load(listSlot), permissionId, payload);
    }

    /// @notice Sends the same `payload` to each policy of the list at `listSlot` (`listHead` = its loaded word 0);
    /// the answers' time ranges are intersected.
    function run(uint256 listSlot, uint256 listHead, PermissionId permissionId, bytes memory payload)
        internal
        returns (uint256 validationData)
    {
        uint256 count = listHead >> SessionStorage.LIST_COUNT_SHIFT;
        for (uint256 i; i < count; ++i) {
            address policy = address(uint160(i == 0 ? listHead : SessionStorage.load(listSlot + i)));
            bool success;
            uint256 answer;
            assembly ("memory-safe") {
                success := call(gas(), policy, 0, add(payload, 0x20), mload(payload), 0x00, 0x20)
                // An answer shorter than a word (e.g. no code at `policy`) counts as a revert.
                if lt(returndatasize(), 0x20) { success := 0 }
                answer := mload(0x00)
            }
            if (!success) revert ISmartSession.PolicyReverted(permissionId, policy, returnData());
            if (ValidationDataLib.isFailure(answer)) revert ISmartSession.PolicyViolation(permissionId, policy);
            validationData = ValidationDataLib.intersect(validationData, answer);
        }
    }

    function returnData() private pure returns (bytes memory data) {
        assembly ("memory-safe") {
            data := mload(0x40)
            mstore(data, returndatasize())
            returndatacopy(add(data, 0x20), 0, returndatasize())
            mstore(0x40, add(add(data, 0x20), and(add(returndatasize(), 31), not(31))))
        }
    }
}
