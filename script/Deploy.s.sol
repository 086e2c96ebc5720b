// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SmartSession} from "contracts/SmartSession.sol";
import {CallPolicy} from "contracts/policies/CallPolicy.sol";
import {CallRulesPolicy} from "contracts/policies/CallRulesPolicy.sol";
import {FeeLimitPolicy} from "contracts/policies/FeeLimitPolicy.sol";
import {FixedWindowSpendingLimitPolicy} from "contracts/policies/FixedWindowSpendingLimitPolicy.sol";
import {FixedWindowValueLimitPolicy} from "contracts/policies/FixedWindowValueLimitPolicy.sol";
import {PeriodicSpendingLimitPolicy} from "contracts/policies/PeriodicSpendingLimitPolicy.sol";
import {PeriodicValueLimitPolicy} from "contracts/policies/PeriodicValueLimitPolicy.sol";
import {RateLimitPolicy} from "contracts/policies/RateLimitPolicy.sol";
import {SpendingLimitPolicy} from "contracts/policies/SpendingLimitPolicy.sol";
import {StreamingSpendingLimitPolicy} from "contracts/policies/StreamingSpendingLimitPolicy.sol";
import {StreamingValueLimitPolicy} from "contracts/policies/StreamingValueLimitPolicy.sol";
import {SudoPolicy} from "contracts/policies/SudoPolicy.sol";
import {TimeFramePolicy} from "contracts/policies/TimeFramePolicy.sol";
import {UsageLimitPolicy} from "contracts/policies/UsageLimitPolicy.sol";
import {ValueLimitPolicy} from "contracts/policies/ValueLimitPolicy.sol";
import {ECDSASessionValidator} from "contracts/validators/ECDSASessionValidator.sol";
import {MultisigSessionValidator} from "contracts/validators/MultisigSessionValidator.sol";
import {WebAuthnSessionValidator} from "contracts/validators/WebAuthnSessionValidator.sol";
import {Script, console} from "forge-std/Script.sol";

/// @notice Deploys every Smart Sessions contract through the deterministic CREATE2 deployer
/// (0x4e59b44847b379578588920cA78FbF26c0B4956C) with one salt, so each lands at the same address on every
/// EVM chain. Contracts already deployed are skipped. Prints the addresses and writes them to
/// `deployments/<chainId>.json`, which the bindings pick up (`pnpm bindings`).
/// @dev Run: `PRIVATE_KEY=0x… RPC_URL=… pnpm deploy:contracts`. None of the contracts has constructor
/// arguments, so the init code is the creation code alone.
contract Deploy is Script {
    address internal constant CREATE2_DEPLOYER = 0x4e59b44847b379578588920cA78FbF26c0B4956C;
    /// @dev Also in tools/devnet.ts (DEPLOY_SALT): tests and the demo deploy to the same addresses.
    bytes32 internal constant SALT = bytes32(0);

    string internal json;
    string internal constant KEY = "deployment";

    /// @notice Deploys (or finds) every contract and writes `deployments/<chainId>.json`.
    function run() external {
        vm.startBroadcast(vm.envUint("PRIVATE_KEY"));
        // One line per contract: adding a policy is adding its line (and its import).
        _deploy("SmartSession", type(SmartSession).creationCode);
        _deploy("ECDSASessionValidator", type(ECDSASessionValidator).creationCode);
        _deploy("MultisigSessionValidator", type(MultisigSessionValidator).creationCode);
        _deploy("WebAuthnSessionValidator", type(WebAuthnSessionValidator).creationCode);
        _deploy("SudoPolicy", type(SudoPolicy).creationCode);
        _deploy("CallPolicy", type(CallPolicy).creationCode);
        _deploy("TimeFramePolicy", type(TimeFramePolicy).creationCode);
        _deploy("UsageLimitPolicy", type(UsageLimitPolicy).creationCode);
        _deploy("SpendingLimitPolicy", type(SpendingLimitPolicy).creationCode);
        _deploy("ValueLimitPolicy", type(ValueLimitPolicy).creationCode);
        _deploy("PeriodicSpendingLimitPolicy", type(PeriodicSpendingLimitPolicy).creationCode);
        _deploy("PeriodicValueLimitPolicy", type(PeriodicValueLimitPolicy).creationCode);
        _deploy("FixedWindowSpendingLimitPolicy", type(FixedWindowSpendingLimitPolicy).creationCode);
        _deploy("FixedWindowValueLimitPolicy", type(FixedWindowValueLimitPolicy).creationCode);
        _deploy("RateLimitPolicy", type(RateLimitPolicy).creationCode);
        _deploy("StreamingSpendingLimitPolicy", type(StreamingSpendingLimitPolicy).creationCode);
        _deploy("StreamingValueLimitPolicy", type(StreamingValueLimitPolicy).creationCode);
        _deploy("CallRulesPolicy", type(CallRulesPolicy).creationCode);
        _deploy("FeeLimitPolicy", type(FeeLimitPolicy).creationCode);
        vm.stopBroadcast();
        vm.writeJson(json, string.concat(vm.projectRoot(), "/deployments/", vm.toString(block.chainid), ".json"));
    }

    /// @notice The deterministic address of `name`, deployed through CREATE2 unless it has code already.
    function _deploy(string memory name, bytes memory initCode) internal returns (address deployed) {
        deployed = vm.computeCreate2Address(SALT, keccak256(initCode), CREATE2_DEPLOYER);
        if (deployed.code.length != 0) {
            console.log("%s: %s (already deployed)", name, deployed);
        } else {
            (bool ok,) = CREATE2_DEPLOYER.call(abi.encodePacked(SALT, initCode));
            require(ok && deployed.code.length != 0, string.concat(name, ": CREATE2 deployment failed"));
            console.log("%s: %s", name, deployed);
        }
        json = vm.serializeAddress(KEY, name, deployed);
    }
}
