// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PolicyData} from "contracts/DataTypes.sol";

/// @notice The policies of the gas scenarios (docs/gas.md), one definition for every gas test.
library GasScenarios {
    /// @notice S2's action policies: time frame (30 days) + usage limit (100) + value limit (1 ether) + ERC-20
    /// spending limit (1,000 units of 6-decimals `token`).
    function s2Policies(
        address timeFrame,
        address usageLimit,
        address valueLimit,
        address spendingLimit,
        address token,
        uint256 timestamp
    ) internal pure returns (PolicyData[] memory policies) {
        policies = new PolicyData[](4);
        policies[0] = PolicyData(timeFrame, abi.encodePacked(uint48(timestamp + 30 days), uint48(0)));
        policies[1] = PolicyData(usageLimit, abi.encodePacked(uint128(100)));
        policies[2] = PolicyData(valueLimit, abi.encode(uint256(1 ether)));
        address[] memory tokens = new address[](1);
        tokens[0] = token;
        uint256[] memory limits = new uint256[](1);
        limits[0] = 1000e6;
        policies[3] = PolicyData(spendingLimit, abi.encode(tokens, limits));
    }

    /// @notice S6's user-op policy: FeeLimitPolicy with the client's default budget (0.01 ETH per op, 0.1 ETH in
    /// total).
    function s6UserOpPolicies(address feeLimit) internal pure returns (PolicyData[] memory policies) {
        policies = new PolicyData[](1);
        policies[0] = PolicyData(feeLimit, abi.encode(uint256(0.01 ether), uint256(0.1 ether)));
    }
}
