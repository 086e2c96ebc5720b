// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice An ERC-7579 hook (module type 4) that counts, per account, the executions it wrapped: proof in tests
/// that an account ran its hook around a session's execution (Kernel runs a validator's hook in executeUserOp).
contract CountingHook {
    mapping(address account => bool) public isInitialized;
    mapping(address account => uint256) public preChecks;
    mapping(address account => uint256) public postChecks;

    function onInstall(bytes calldata) external payable {
        isInitialized[msg.sender] = true;
    }

    function onUninstall(bytes calldata) external payable {
        isInitialized[msg.sender] = false;
    }

    function isModuleType(uint256 moduleTypeId) external pure returns (bool) {
        return moduleTypeId == 4;
    }

    function preCheck(address, uint256, bytes calldata) external payable returns (bytes memory) {
        ++preChecks[msg.sender];
        return "";
    }

    function postCheck(bytes calldata) external payable {
        ++postChecks[msg.sender];
    }
}
