// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    IERC7579AccountConfig,
    IERC7579Execution,
    IERC7579ModuleConfig
} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";

/// @notice The ERC-7579 account as clients call it (execute, module configuration, account config): one
/// interface, so the generated bindings carry the account ABI and no client writes it by hand.
interface IERC7579Account is IERC7579Execution, IERC7579ModuleConfig, IERC7579AccountConfig {}
