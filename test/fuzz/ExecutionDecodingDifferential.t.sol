// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RecordingPolicy, RecordingTarget, SeenCall} from "../utils/Recorders.sol";
import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {FALLBACK_SELECTOR, FALLBACK_TARGET, PermissionId} from "contracts/DataTypes.sol";
import {ExecutionLib} from "contracts/lib/ExecutionLib.sol";
import {Test} from "forge-std/Test.sol";
import {VmSafe} from "forge-std/Vm.sol";

/// @notice External entry points over ExecutionLib, so that its refusals can be caught.
contract ExecutionLibHarness {
    function decodeBatch(bytes calldata executionCalldata) external pure returns (Execution[] memory) {
        return ExecutionLib.decodeBatch(executionCalldata);
    }

    function roundTrips(bytes calldata encoded) external pure returns (bool) {
        return keccak256(abi.encode(abi.decode(encoded, (Execution[])))) == keccak256(encoded);
    }
}

/// @notice Mutations of a valid batch encoding shared by the tests below.
abstract contract BatchMutations is Test {
    /// @dev A valid batch of three calls with data lengths 0, 68 (not word-aligned) and 32.
    function _validBatch(address a, address b) internal pure returns (Execution[] memory calls) {
        calls = new Execution[](3);
        calls[0] = Execution(a, 1, "");
        calls[1] = Execution(b, 2, abi.encodeWithSelector(0xa9059cbb, address(0xbeef), uint256(7)));
        calls[2] = Execution(a, 0, abi.encode(uint256(0xc0ffee)));
    }

    /// @dev Overwrites a word (at any byte position, so offsets, lengths, targets, values and data all get hit),
    /// adds a small signed delta to one, flips one byte, or truncates / extends the buffer.
    function _mutate(bytes memory encoded, uint256 kind, uint256 position, uint256 word)
        internal
        pure
        returns (bytes memory)
    {
        kind %= 5;
        if (kind == 3) return _resize(encoded, encoded.length - 1 - position % encoded.length);
        if (kind == 4) return bytes.concat(encoded, new bytes(1 + position % 64));
        uint256 at = position % (encoded.length - 31);
        uint256 current;
        assembly ("memory-safe") {
            current := mload(add(add(encoded, 0x20), at))
        }
        if (kind == 0) current = word;
        else if (kind == 1) current = uint256(int256(current) + int256(int8(uint8(word)))); // ±128
        else current ^= uint256(uint8(word) | 1) << (8 * (position % 32));
        assembly ("memory-safe") {
            mstore(add(add(encoded, 0x20), at), current)
        }
        return encoded;
    }

    function _resize(bytes memory data, uint256 length) internal pure returns (bytes memory out) {
        out = new bytes(length);
        for (uint256 i; i < length && i < data.length; ++i) {
            out[i] = data[i];
        }
    }
}

/// @notice ExecutionLib.decodeBatch accepts exactly the canonical encodings: what it accepts re-encodes to the very
/// same bytes, and every buffer that round-trips through Solidity's decoder and encoder is accepted.
contract ExecutionLibCanonicalFuzz is BatchMutations {
    ExecutionLibHarness internal harness = new ExecutionLibHarness();

    function testFuzz_acceptsExactlyCanonicalEncodings(uint256 kind, uint256 position, uint256 word) public view {
        bytes memory encoded = _mutate(abi.encode(_validBatch(address(0xa), address(0xb))), kind, position, word);
        bool roundTrips;
        try harness.roundTrips(encoded) returns (bool same) {
            roundTrips = same;
        } catch {}
        try harness.decodeBatch(encoded) returns (Execution[] memory decoded) {
            assertEq(keccak256(abi.encode(decoded)), keccak256(encoded), "accepted a non-canonical encoding");
            assertGt(decoded.length, 0);
        } catch (bytes memory reason) {
            assertEq(bytes4(reason), ExecutionLib.MalformedExecutionCalldata.selector);
            // Only an empty batch is canonical and still refused.
            if (roundTrips) assertEq(abi.decode(encoded, (Execution[])).length, 0, "refused a canonical encoding");
        }
    }

    function testFuzz_acceptsEveryEncodedBatch(address target, uint256 value, bytes memory data, uint8 count)
        public
        view
    {
        Execution[] memory calls = new Execution[](1 + count % 4);
        for (uint256 i; i < calls.length; ++i) {
            calls[i] = Execution(target, value ^ i, i % 2 == 0 ? data : bytes(""));
        }
        bytes memory encoded = abi.encode(calls);
        assertEq(keccak256(abi.encode(harness.decodeBatch(encoded))), keccak256(encoded));
    }
}

/// @notice Differential test through the real EntryPoint and OpenZeppelin account: a mutated batch is either refused
/// in validation (and nothing runs), or SmartSession's policies saw exactly the calls the account then made.
contract ExecutionDecodingDifferentialTest is SessionTestBase, BatchMutations {
    RecordingPolicy internal recorder;
    RecordingTarget internal targetA;
    RecordingTarget internal targetB;
    PermissionId internal permissionId;

    function setUp() public override {
        super.setUp();
        recorder = new RecordingPolicy();
        targetA = new RecordingTarget();
        targetB = new RecordingTarget();
        permissionId = _install(
            _ecdsaSession(sessionSigner, _action(FALLBACK_TARGET, FALLBACK_SELECTOR, _policies(address(recorder), "")))
        );
    }

    function testFuzz_mutatedBatchIsRefusedOrSeenAsExecuted(uint256 kind, uint256 position, uint256 word, bool outer)
        public
    {
        bytes memory callData = _executeBatch(_validBatch(address(targetA), address(targetB)));
        if (outer) {
            // Mutate the `execute` encoding itself (mode, offset, length, padding, trailing bytes).
            callData = _mutate(callData, kind, position, word);
        } else {
            // Mutate the batch and re-wrap it canonically.
            bytes memory batch =
                _mutate(abi.encode(_validBatch(address(targetA), address(targetB))), kind, position, word);
            callData = abi.encodeWithSelector(0xe9ae5c53, _mode(CALLTYPE_BATCH, 0x00), batch);
        }
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, callData);
        PackedUserOperation[] memory ops = new PackedUserOperation[](1);
        ops[0] = op;

        vm.startStateDiffRecording();
        bool accepted;
        try entryPoint.handleOps(ops, kitBundler) {
            accepted = true;
        } catch {}
        VmSafe.AccountAccess[] memory accesses = vm.stopAndReturnStateDiff();

        SeenCall[] memory executed = _callsMadeByAccount(accesses);
        if (!accepted) {
            assertEq(executed.length, 0, "a refused op ran calls");
            return;
        }
        SeenCall[] memory seen = recorder.seen(address(account));
        assertEq(seen.length, executed.length, "policies saw a different number of calls");
        for (uint256 i; i < seen.length; ++i) {
            assertEq(seen[i].target, executed[i].target, "target");
            assertEq(seen[i].value, executed[i].value, "value");
            assertEq(seen[i].dataHash, executed[i].dataHash, "calldata");
        }
    }

    /// @dev The calls the account made in execution (not its calls to SmartSession or the EntryPoint).
    function _callsMadeByAccount(VmSafe.AccountAccess[] memory accesses)
        internal
        view
        returns (SeenCall[] memory calls)
    {
        calls = new SeenCall[](accesses.length);
        uint256 count;
        for (uint256 i; i < accesses.length; ++i) {
            VmSafe.AccountAccess memory access = accesses[i];
            if (access.kind != VmSafe.AccountAccessKind.Call || access.accessor != address(account)) continue;
            if (access.account == address(smartSession) || access.account == address(entryPoint)) continue;
            calls[count++] = SeenCall(access.account, access.value, keccak256(access.data));
        }
        assembly ("memory-safe") {
            mstore(calls, count)
        }
    }
}
