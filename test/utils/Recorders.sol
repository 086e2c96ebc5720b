// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IActionPolicy} from "contracts/interfaces/IPolicy.sol";
import {PolicyBase} from "contracts/policies/PolicyBase.sol";

/// @notice One call as seen by a policy (during validation) or by a target (during execution).
struct SeenCall {
    address target;
    uint256 value;
    bytes32 dataHash;
}

/// @notice An action policy that passes every call and records, per account, the calls it was asked about: what
/// SmartSession decoded from the user operation.
contract RecordingPolicy is PolicyBase, IActionPolicy {
    mapping(address account => SeenCall[]) private _seen;

    function initializeWithMultiplexer(address, bytes32, bytes calldata) external {}

    function checkAction(bytes32, address account, address target, uint256 value, bytes calldata data)
        external
        returns (uint256)
    {
        _seen[account].push(SeenCall(target, value, keccak256(data)));
        return 0;
    }

    function seen(address account) external view returns (SeenCall[] memory) {
        return _seen[account];
    }

    function _scopes() internal pure override returns (bool, bool, bool) {
        return (false, true, false);
    }
}

/// @notice A target that accepts any call and records, in one shared log, what the account actually executed.
contract RecordingTarget {
    SeenCall[] private _log;

    fallback() external payable {
        _log.push(SeenCall(address(this), msg.value, keccak256(msg.data)));
    }

    receive() external payable {
        _log.push(SeenCall(address(this), msg.value, keccak256("")));
    }

    function log() external view returns (SeenCall[] memory) {
        return _log;
    }
}
