// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Script, console} from "forge-std/Script.sol";

/// @notice Deploys every contract listed in `deployments/contracts.json` through the deterministic CREATE2
/// deployer with the salt listed there, so each lands at the same address on every EVM chain (the address the
/// bindings' `defaultDeployment` holds). Contracts already deployed are skipped. Prints the addresses and writes
/// them to `deployments/<chainId>.json`.
/// @dev Run: `PRIVATE_KEY=0x… RPC_URL=… pnpm deploy:contracts`. None of the contracts has constructor
/// arguments, so the init code is the artifact's creation code alone.
contract Deploy is Script {
    string internal json;
    string internal constant KEY = "deployment";

    /// @notice Deploys (or finds) every listed contract and writes `deployments/<chainId>.json`.
    function run() external {
        string memory manifest = vm.readFile(string.concat(vm.projectRoot(), "/deployments/contracts.json"));
        string[] memory names = vm.parseJsonStringArray(manifest, ".contracts");
        address deployer = vm.parseJsonAddress(manifest, ".create2Deployer");
        bytes32 salt = vm.parseJsonBytes32(manifest, ".salt");
        vm.startBroadcast(vm.envUint("PRIVATE_KEY"));
        for (uint256 i; i < names.length; ++i) {
            _deploy(deployer, salt, names[i], vm.getCode(string.concat(names[i], ".sol:", names[i])));
        }
        vm.stopBroadcast();
        vm.writeJson(json, string.concat(vm.projectRoot(), "/deployments/", vm.toString(block.chainid), ".json"));
    }

    /// @notice The deterministic address of `name`, deployed through CREATE2 unless it has code already.
    function _deploy(address deployer, bytes32 salt, string memory name, bytes memory initCode)
        internal
        returns (address deployed)
    {
        deployed = vm.computeCreate2Address(salt, keccak256(initCode), deployer);
        if (deployed.code.length != 0) {
            console.log("%s: %s (already deployed)", name, deployed);
        } else {
            (bool ok,) = deployer.call(abi.encodePacked(salt, initCode));
            require(ok && deployed.code.length != 0, string.concat(name, ": CREATE2 deployment failed"));
            console.log("%s: %s", name, deployed);
        }
        json = vm.serializeAddress(KEY, name, deployed);
    }
}
