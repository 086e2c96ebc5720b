// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MockERC20} from "./MockERC20.sol";

/// @notice A Uniswap-V2-style router for tests: pulls `amountIn` of `path[0]` with transferFrom and mints
/// `amountIn · rate / 1e18` of the last token of the path to `to`.
contract MockRouter {
    error Expired(uint256 deadline);
    error InsufficientOutput(uint256 amountOut, uint256 amountOutMin);

    uint256 public rate = 1e18;

    function setRate(uint256 newRate) external {
        rate = newRate;
    }

    /// @notice Swaps exactly `amountIn` of `path[0]` for at least `amountOutMin` of `path[path.length - 1]`.
    function swapExactTokensForTokens(
        uint256 amountIn,
        uint256 amountOutMin,
        address[] calldata path,
        address to,
        uint256 deadline
    ) external returns (uint256[] memory amounts) {
        if (block.timestamp > deadline) revert Expired(deadline);
        uint256 amountOut = amountIn * rate / 1e18;
        if (amountOut < amountOutMin) revert InsufficientOutput(amountOut, amountOutMin);
        MockERC20(path[0]).transferFrom(msg.sender, address(this), amountIn);
        MockERC20(path[path.length - 1]).mint(to, amountOut);
        amounts = new uint256[](2);
        (amounts[0], amounts[1]) = (amountIn, amountOut);
    }
}

/// @notice An Aave-v3-style lending pool for tests: records debts; `repay` pulls the asset with transferFrom.
contract MockLendingPool {
    mapping(address asset => mapping(address user => uint256)) public debtOf;

    function setDebt(address asset, address user, uint256 amount) external {
        debtOf[asset][user] = amount;
    }

    /// @notice Repays up to `amount` of `onBehalfOf`'s debt in `asset`, paid by the caller.
    function repay(address asset, uint256 amount, uint256, address onBehalfOf) external returns (uint256 paid) {
        uint256 debt = debtOf[asset][onBehalfOf];
        paid = amount < debt ? amount : debt;
        debtOf[asset][onBehalfOf] = debt - paid;
        MockERC20(asset).transferFrom(msg.sender, address(this), paid);
    }

    /// @notice Lends `amount` of `asset` to the caller (something an auto-repay key must never do).
    function borrow(address asset, uint256 amount, uint256, uint16, address onBehalfOf) external {
        debtOf[asset][onBehalfOf] += amount;
        MockERC20(asset).mint(msg.sender, amount);
    }
}
