// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {ExecuteUserOpAccount, TestAccount} from "../utils/TestAccount.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {IAccountExecute} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {Execution, IERC7579ModuleConfig} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {PermissionId} from "contracts/DataTypes.sol";
import {ExecutionLib} from "contracts/lib/ExecutionLib.sol";

/// @notice SmartSession accepts `execute` calldata only in its canonical ABI encoding (docs/threat-model.md,
/// "non-canonical calldata"): every variant a decoder would still follow, but which could make the module and the
/// account read different calls, is refused with MalformedExecutionCalldata before any policy runs.
contract CanonicalExecutionTest is SessionTestBase {
    PermissionId internal permissionId;

    function setUp() public override {
        super.setUp();
        permissionId = _install(_transferSession());
    }

    function _transferData(uint256 amount) internal view returns (bytes memory) {
        return abi.encodeCall(token.transfer, (recipient, amount));
    }

    function _twoTransfers() internal view returns (Execution[] memory calls) {
        calls = new Execution[](2);
        calls[0] = Execution(address(token), 0, _transferData(1e6));
        calls[1] = Execution(address(token), 0, _transferData(2e6));
    }

    function _executeRaw(bytes32 mode, bytes memory executionCalldata) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(0xe9ae5c53, mode, executionCalldata);
    }

    function _expectMalformed(bytes memory callData) internal {
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, callData);
        _expectValidationRevert(abi.encodeWithSelector(ExecutionLib.MalformedExecutionCalldata.selector));
        _handleUserOp(op);
    }

    /// @dev Overwrites the 32-byte word at byte `at` of `data`.
    function _setWord(bytes memory data, uint256 at, uint256 word) internal pure {
        assembly ("memory-safe") {
            mstore(add(add(data, 0x20), at), word)
        }
    }

    function test_canonicalBatchRuns() public {
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeBatch(_twoTransfers())));
        assertEq(token.balanceOf(recipient), 3e6);
    }

    function test_refusesBatchElementOffsetPastTheBuffer() public {
        bytes memory batch = abi.encode(_twoTransfers());
        _setWord(batch, 0x60, 0x1000); // element 1's head offset
        _expectMalformed(_executeRaw(_mode(CALLTYPE_BATCH, 0x00), batch));
    }

    function test_refusesTwoHeadsOnOneElement() public {
        bytes memory batch = abi.encode(_twoTransfers());
        // Element 1's head points at element 0: a decoder reads transfer(1e6) twice, the tail is unreachable.
        _setWord(batch, 0x60, 0x40);
        _expectMalformed(_executeRaw(_mode(CALLTYPE_BATCH, 0x00), batch));
    }

    function test_refusesGapBetweenElements() public {
        Execution[] memory calls = _twoTransfers();
        bytes memory canonical = abi.encode(calls);
        // Insert one word after the heads and shift both offsets by it: every offset still points at its element.
        bytes memory gapped = bytes.concat(
            _slice(canonical, 0, 0x80), bytes32(uint256(0xdead)), _slice(canonical, 0x80, canonical.length)
        );
        _setWord(gapped, 0x40, 0x60);
        uint256 second;
        assembly ("memory-safe") {
            second := mload(add(canonical, 0x80))
        }
        _setWord(gapped, 0x60, second + 0x20);
        _expectMalformed(_executeRaw(_mode(CALLTYPE_BATCH, 0x00), gapped));
    }

    function test_refusesTrailingBytesAfterBatch() public {
        bytes memory batch = bytes.concat(abi.encode(_twoTransfers()), bytes32(0));
        _expectMalformed(_executeRaw(_mode(CALLTYPE_BATCH, 0x00), batch));
    }

    function test_refusesDirtyTargetAddress() public {
        bytes memory batch = abi.encode(_twoTransfers());
        // Element 0's target word gets a non-zero upper byte.
        uint256 targetWord = uint256(uint160(address(token))) | (uint256(1) << 200);
        _setWord(batch, 0x80, targetWord);
        _expectMalformed(_executeRaw(_mode(CALLTYPE_BATCH, 0x00), batch));
    }

    function test_refusesDirtyDataPadding() public {
        Execution[] memory calls = new Execution[](1);
        calls[0] = Execution(address(token), 0, _transferData(1e6)); // 68 bytes: 28 bytes of padding
        bytes memory batch = abi.encode(calls);
        batch[batch.length - 1] = 0x01;
        _expectMalformed(_executeRaw(_mode(CALLTYPE_BATCH, 0x00), batch));
    }

    function test_refusesEmptyBatch() public {
        _expectMalformed(_executeBatch(new Execution[](0)));
    }

    function test_refusesNonCanonicalExecuteOffset() public {
        bytes memory single = abi.encodePacked(address(token), uint256(0), _transferData(1e6));
        // execute(mode, bytes) with the bytes argument at 0x60 and a junk word before it.
        bytes memory callData = abi.encodePacked(
            bytes4(0xe9ae5c53), _mode(CALLTYPE_SINGLE, 0x00), uint256(0x60), uint256(0xbad), uint256(single.length)
        );
        callData = bytes.concat(callData, single, new bytes(32 - single.length % 32));
        _expectMalformed(callData);
    }

    function test_refusesTrailingBytesAfterExecute() public {
        _expectMalformed(bytes.concat(_transferCall(recipient, 1e6), bytes32(0)));
    }

    function test_refusesDirtyExecutePadding() public {
        bytes memory callData = _transferCall(recipient, 1e6);
        callData[callData.length - 1] = 0x01;
        _expectMalformed(callData);
    }

    function test_refusesModeSelectorOrPayload() public {
        bytes32 mode = bytes32(uint256(_mode(CALLTYPE_SINGLE, 0x00)) | 1);
        bytes memory callData = _executeRaw(mode, abi.encodePacked(address(token), uint256(0), _transferData(1e6)));
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, callData);
        _expectValidationRevert(abi.encodeWithSelector(ExecutionLib.UnsupportedExecutionMode.selector, mode));
        _handleUserOp(op);
    }

    // ─── executeUserOp (EntryPoint v0.7+ `IAccountExecute`) ───────────────────────────────────────────────

    function test_executeUserOpCallDataIsValidatedAsItsInnerExecute() public {
        ExecuteUserOpAccount hooked = _executeUserOpAccount();
        PermissionId id = smartSession.getPermissionId(_transferSession());
        bytes memory callData = bytes.concat(IAccountExecute.executeUserOp.selector, _transferCall(recipient, 5e6));
        _handleUserOp(_sessionUserOp(hooked, id, sessionKey, callData));
        assertEq(token.balanceOf(recipient), 5e6);
    }

    function test_executeUserOpWrappingAnUngrantedCallIsRefused() public {
        ExecuteUserOpAccount hooked = _executeUserOpAccount();
        PermissionId id = smartSession.getPermissionId(_transferSession());
        bytes memory inner = _executeSingle(address(token), 0, abi.encodeCall(token.approve, (recipient, 1)));
        PackedUserOperation memory op =
            _sessionUserOp(hooked, id, sessionKey, bytes.concat(IAccountExecute.executeUserOp.selector, inner));
        _expectValidationRevert(
            abi.encodeWithSignature(
                "ActionNotPermitted(bytes32,address,bytes4)", id, address(token), token.approve.selector
            )
        );
        _handleUserOp(op);
    }

    function test_executeUserOpWrappingAnotherFunctionIsRefused() public {
        ExecuteUserOpAccount hooked = _executeUserOpAccount();
        PermissionId id = smartSession.getPermissionId(_transferSession());
        bytes memory inner = abi.encodeCall(IERC7579ModuleConfig.uninstallModule, (1, address(smartSession), ""));
        PackedUserOperation memory op =
            _sessionUserOp(hooked, id, sessionKey, bytes.concat(IAccountExecute.executeUserOp.selector, inner));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ExecutionLib.UnsupportedExecutionFunction.selector, IERC7579ModuleConfig.uninstallModule.selector
            )
        );
        _handleUserOp(op);
    }

    function test_executeUserOpWithMalformedInnerIsRefused() public {
        ExecuteUserOpAccount hooked = _executeUserOpAccount();
        PermissionId id = smartSession.getPermissionId(_transferSession());
        bytes memory inner = bytes.concat(_transferCall(recipient, 1e6), bytes1(0));
        PackedUserOperation memory op =
            _sessionUserOp(hooked, id, sessionKey, bytes.concat(IAccountExecute.executeUserOp.selector, inner));
        _expectValidationRevert(abi.encodeWithSelector(ExecutionLib.MalformedExecutionCalldata.selector));
        _handleUserOp(op);
    }

    function _executeUserOpAccount() internal returns (ExecuteUserOpAccount hooked) {
        hooked = new ExecuteUserOpAccount(address(ownerValidator), abi.encode(owner));
        vm.deal(address(hooked), 10 ether);
        token.mint(address(hooked), 100e6);
        _installWith(TestAccount(payable(address(hooked))), _sessions(_transferSession()));
    }

    function _slice(bytes memory data, uint256 from, uint256 to) internal pure returns (bytes memory out) {
        out = new bytes(to - from);
        for (uint256 i; i < out.length; ++i) {
            out[i] = data[from + i];
        }
    }
}
