// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {GasTestBase} from "../utils/GasTestBase.sol";
import {WebAuthnFixtures} from "../utils/WebAuthnFixtures.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {PermissionId, Session} from "contracts/DataTypes.sol";
import {WebAuthnSessionValidator} from "contracts/validators/WebAuthnSessionValidator.sol";

/// @notice S1 with a passkey session key instead of an ECDSA one: the gas inside the account's call to
/// `SmartSession.validateUserOp`, steady state, each op its own transaction. Runs twice: in the `gas` profile (no
/// P-256 precompile: OpenZeppelin's Solidity verification) and in `gas-osaka` (the EIP-7951 precompile at 0x100);
/// each run records its figure under its own name.
contract PasskeyGasTest is GasTestBase, WebAuthnFixtures {
    uint256 internal constant PASSKEY = 0x9a55;
    /// @dev Budgets: S1's figure plus the WebAuthn checks and one P-256 verification, by either path.
    uint256 internal constant SOLIDITY_BUDGET = 300_000;
    uint256 internal constant PRECOMPILE_BUDGET = 50_000;

    WebAuthnSessionValidator internal webAuthn;

    function setUp() public override {
        super.setUp();
        webAuthn = new WebAuthnSessionValidator();
    }

    /// @notice S1 (USE, one `token.transfer`, sudo) signed by a passkey with user verification.
    function test_gas_S1_passkeyUseSudoTransfer() public {
        Session memory session = _transferSession();
        session.sessionValidator = address(webAuthn);
        session.sessionValidatorInitData = _passkeyData(PASSKEY);
        PermissionId permissionId = _install(session);
        _handleUserOp(_passkeyOp(permissionId));
        _handleUserOp(_passkeyOp(permissionId));
        assertEq(token.balanceOf(recipient), 2e6);
        uint256 used = measured.lastValidationGas();
        if (_hasP256Precompile()) {
            vm.snapshotValue("PasskeyGasPrecompileTest", "S1_passkey_validateUserOp", used);
            assertLe(used, PRECOMPILE_BUDGET);
        } else {
            vm.snapshotValue("PasskeyGasTest", "S1_passkey_validateUserOp", used);
            assertLe(used, SOLIDITY_BUDGET);
        }
    }

    function _passkeyOp(PermissionId permissionId) internal view returns (PackedUserOperation memory op) {
        op = _userOp(address(account), address(smartSession), _transferCall(recipient, 1e6));
        op.signature = abi.encodePacked(uint8(0), permissionId, _passkeySign(PASSKEY, _hash(op)));
    }

    /// @dev Whether 0x100 answers a known-valid P-256 signature (a Wycheproof vector with small r and s).
    function _hasP256Precompile() internal view returns (bool) {
        (bool ok, bytes memory out) = address(0x100)
            .staticcall(
                abi.encode(
                    0xbb5a52f42f9c9261ed4361f59422a1e30036e7c32b270c8807a419feca605023,
                    5,
                    1,
                    0xa71af64de5126a4a4e02b7922d66ce9415ce88a4c9d25514d91082c8725ac957,
                    0x5d47723c8fbe580bb369fec9c2665d8e30a435b9932645482e7c9f11e872296b
                )
            );
        return ok && out.length == 32 && abi.decode(out, (uint256)) == 1;
    }
}
