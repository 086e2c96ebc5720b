// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IEntryPoint} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice Deploys the real EntryPoint v0.8 from its npm artifact at its canonical address, through the
/// deterministic CREATE2 deployer with the canonical salt, exactly as on a live chain.
library EntryPointDeployer {
    Vm private constant VM = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    address internal constant CREATE2_DEPLOYER = 0x4e59b44847b379578588920cA78FbF26c0B4956C;
    address internal constant ENTRY_POINT_V08 = 0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108;
    bytes32 internal constant ENTRY_POINT_V08_SALT = 0x0a59dbff790c23c976a548690c27297883cc66b4c67024f9117b0238995e35e9;
    string internal constant ARTIFACT = "node_modules/@account-abstraction/contracts/artifacts/EntryPoint.json";

    function deploy() internal returns (IEntryPoint) {
        if (ENTRY_POINT_V08.code.length == 0) {
            bytes memory initCode = VM.parseJsonBytes(VM.readFile(ARTIFACT), ".bytecode");
            (bool ok,) = CREATE2_DEPLOYER.call(abi.encodePacked(ENTRY_POINT_V08_SALT, initCode));
            require(ok && ENTRY_POINT_V08.code.length != 0, "EntryPoint v0.8 not at its canonical address");
        }
        return IEntryPoint(ENTRY_POINT_V08);
    }
}
