// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EnableFixtures} from "../utils/EnableFixtures.sol";
import {GasScenarios} from "../utils/GasScenarios.sol";
import {InstallMeasuringAccount} from "../utils/InstallMeasuringAccount.sol";
import {TestAccount} from "../utils/TestAccount.sol";
import {PermissionId, PolicyData, Session, SmartSessionMode} from "contracts/DataTypes.sol";
import {SpendingLimitPolicy} from "contracts/policies/SpendingLimitPolicy.sol";
import {TimeFramePolicy} from "contracts/policies/TimeFramePolicy.sol";
import {UsageLimitPolicy} from "contracts/policies/UsageLimitPolicy.sol";
import {ValueLimitPolicy} from "contracts/policies/ValueLimitPolicy.sol";

/// @notice Gas scenarios S4 (install enabling S2's session) and S5 (ENABLE: the first op enables S2's session and
/// uses it), each the gas spent inside the account's own call to SmartSession (`onInstall`, `validateUserOp`),
/// measured exactly like SessionGas.t.sol, every op in its own transaction (`gas` profile, isolated).
contract EnableGasTest is EnableFixtures {
    /// @dev The budgets (docs/gas.md); the reference implementation's figures in brackets.
    uint256 internal constant S4_BUDGET = 440_000; // (632,178)
    uint256 internal constant S5_BUDGET = 580_000; // (775,947)

    InstallMeasuringAccount internal measured;
    TimeFramePolicy internal timeFrame;
    UsageLimitPolicy internal usageLimit;
    ValueLimitPolicy internal valueLimit;
    SpendingLimitPolicy internal spendingLimit;

    function _deployAccount() internal override returns (TestAccount) {
        return new InstallMeasuringAccount(address(ownerValidator), abi.encode(owner), address(smartSession));
    }

    function setUp() public override {
        super.setUp();
        measured = InstallMeasuringAccount(payable(address(account)));
        timeFrame = new TimeFramePolicy();
        usageLimit = new UsageLimitPolicy();
        valueLimit = new ValueLimitPolicy();
        spendingLimit = new SpendingLimitPolicy();
        vm.warp(1_700_000_000);
    }

    /// @notice S2's session: S1's ECDSA session with action token.transfer under timeframe + usage limit + value
    /// limit + ERC-20 spending limit (the same policies and init data as PolicyGas.t.sol's S2).
    function _s2Session() internal view returns (Session memory) {
        PolicyData[] memory policies = GasScenarios.s2Policies(
            address(timeFrame),
            address(usageLimit),
            address(valueLimit),
            address(spendingLimit),
            address(token),
            block.timestamp
        );
        return _ecdsaSession(sessionSigner, _action(address(token), token.transfer.selector, policies));
    }

    /// @notice S4: the owner installs SmartSession enabling S2's session (onInstall, mode ENABLE).
    function test_gas_S4_onInstallWithS2Session() public {
        Session memory session = _s2Session();
        _installWith(account, _sessions(session));
        uint256 used = measured.lastInstallGas();
        PermissionId permissionId = smartSession.getPermissionId(session);
        assertTrue(smartSession.isPermissionEnabled(permissionId, address(account)));
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6)));
        assertEq(token.balanceOf(recipient), 1e6);
        vm.snapshotValue("S4_onInstall", used);
        assertGt(used, 0);
        assertLe(used, S4_BUDGET);
    }

    /// @notice S5: SmartSession installed empty; the first op enables S2's session with the owner's signature
    /// (ENABLE) and uses it.
    function test_gas_S5_enableAndUseS2Session() public {
        _installWith(account, new Session[](0));
        Session memory session = _s2Session();
        _handleUserOp(
            _enableOp(
                account,
                SmartSessionMode.ENABLE,
                _enableDataHere(account, session, SmartSessionMode.ENABLE),
                sessionKey,
                _transferCall(recipient, 1e6)
            )
        );
        uint256 used = measured.lastValidationGas();
        assertEq(token.balanceOf(recipient), 1e6);
        assertTrue(smartSession.isPermissionEnabled(smartSession.getPermissionId(session), address(account)));
        vm.snapshotValue("S5_enableAndUse", used);
        assertLe(used, S5_BUDGET);
    }
}
