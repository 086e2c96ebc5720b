// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MeasuringAccount} from "./TestAccount.sol";
import {IERC7579Module, MODULE_TYPE_VALIDATOR} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";

/// @notice MeasuringAccount that also measures its own call to the measured module's `onInstall`: the gas spent
/// inside that call frame, exactly (a cold call to an empty account, made the same way, is subtracted).
/// @dev OpenZeppelin's `_installModule` calls `onInstall` inline and keeps its validator set private, so the
/// install cannot be rebuilt here. Instead the same `onInstall` call is first made and measured inside a self-call
/// that then reverts: the revert undoes its storage writes and its EIP-2929 warm addresses and slots, so the real
/// install that follows (OpenZeppelin's own, unchanged) runs on exactly the state the measured call saw.
contract InstallMeasuringAccount is MeasuringAccount {
    /// @notice Carries the measured figure out of the reverted self-call.
    error Measured(uint256 used);

    uint256 public lastInstallGas;

    constructor(address ownerValidator, bytes memory ownerValidatorInitData, address measuredModule_)
        MeasuringAccount(ownerValidator, ownerValidatorInitData, measuredModule_)
    {}

    function _installModule(uint256 moduleTypeId, address module, bytes memory initData) internal override {
        if (moduleTypeId == MODULE_TYPE_VALIDATOR && module == measuredModule) {
            try this.measureInstall(module, initData) {}
            catch (bytes memory reason) {
                // Anything but Measured is the module's own revert: the real install below reverts the same way.
                if (reason.length == 36 && bytes4(reason) == Measured.selector) {
                    assembly ("memory-safe") {
                        sstore(lastInstallGas.slot, mload(add(reason, 36)))
                    }
                }
            }
        }
        super._installModule(moduleTypeId, module, initData);
    }

    /// @notice Measures `module.onInstall(initData)` and reverts with the figure; only the account calls it.
    function measureInstall(address module, bytes calldata initData) external {
        require(msg.sender == address(this));
        bytes memory payload = abi.encodeCall(IERC7579Module.onInstall, (initData));
        // A fresh address, cold and without code, called the same way: the cost of the call itself.
        address empty = address(uint160(uint256(keccak256(abi.encode(initData, "install calibration")))));
        uint256 baseline = _callGas(empty, payload);
        uint256 used = _callGas(module, payload);
        revert Measured(used - baseline);
    }

    function _callGas(address target, bytes memory payload) private returns (uint256 used) {
        assembly ("memory-safe") {
            let before := gas()
            // The outcome does not matter: a failing onInstall fails the real install too.
            pop(call(gas(), target, 0, add(payload, 0x20), mload(payload), 0x00, 0x00))
            used := sub(before, gas())
        }
    }
}
