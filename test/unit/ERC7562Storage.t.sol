// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CallPolicyBuilder} from "../utils/CallPolicyBuilder.sol";
import {EnableFixtures} from "../utils/EnableFixtures.sol";
import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {TestAccount} from "../utils/TestAccount.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {PackedUserOperation as OZPackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {
    ActionId,
    EnableSession,
    PermissionId,
    PolicyData,
    Session,
    SmartSessionMode,
    USER_OP_SCOPE
} from "contracts/DataTypes.sol";
import {IdLib} from "contracts/lib/IdLib.sol";
import {SessionStorage} from "contracts/lib/SessionStorage.sol";
import {CallPolicy, ParamCondition} from "contracts/policies/CallPolicy.sol";
import {TimeFramePolicy} from "contracts/policies/TimeFramePolicy.sol";
import {UsageLimitPolicy} from "contracts/policies/UsageLimitPolicy.sol";

/// @notice ERC-7562 storage rules for what session validation touches. Validation is run as the EntryPoint
/// runs it (the account's `validateUserOp`, called by the EntryPoint) with storage access recording:
///  - SmartSession reads exactly the slots its layout derives from `keccak(account ‖ …)` (each checked against
///    SessionStorage's formulas, whose preimages start with the account: test/unit/SessionStorage.t.sol);
///  - no slot that one account's validation touches in SmartSession, a policy or the session validator is
///    touched by another account's validation (state is never shared across accounts);
///  - nothing else is touched: not the token, not any other contract's storage.
contract ERC7562StorageTest is SessionTestBase {
    using CallPolicyBuilder for *;

    TimeFramePolicy internal timeFrame;
    UsageLimitPolicy internal usageLimit;
    CallPolicy internal callPolicy;
    TestAccount internal other;

    function setUp() public override {
        super.setUp();
        timeFrame = new TimeFramePolicy();
        usageLimit = new UsageLimitPolicy();
        callPolicy = new CallPolicy();
        other = _newAccount();
    }

    function _session() internal view returns (Session memory session) {
        PolicyData[] memory policies = new PolicyData[](3);
        policies[0] = PolicyData(address(timeFrame), abi.encodePacked(uint48(block.timestamp + 1 days), uint48(0)));
        policies[1] = PolicyData(address(usageLimit), abi.encodePacked(uint128(10)));
        policies[2] = PolicyData(
            address(callPolicy),
            CallPolicyBuilder.config(0).rule(ParamCondition.EQUAL, 0, CallPolicyBuilder.addressRef(recipient)).encode()
        );
        session = _ecdsaSession(sessionSigner, _action(address(token), token.transfer.selector, policies));
        session.userOpPolicies = _policies(address(usageLimit), abi.encodePacked(uint128(10)));
    }

    /// @dev Runs `sender`'s validation of a session transfer as the EntryPoint does, recording storage accesses.
    function _recordValidation(TestAccount sender, PermissionId permissionId) internal {
        PackedUserOperation memory op = _sessionUserOp(sender, permissionId, sessionKey, _transferCall(recipient, 1));
        bytes32 hash = _hash(op);
        vm.record();
        vm.prank(address(entryPoint));
        uint256 validationData = sender.validateUserOp(_oz(op), hash, 0);
        assertEq(uint160(validationData), 0, "validation failed");
    }

    /// @dev The same struct under OpenZeppelin's type name, which the account's ABI uses.
    function _oz(PackedUserOperation memory op) internal pure returns (OZPackedUserOperation memory) {
        return abi.decode(abi.encode(op), (OZPackedUserOperation));
    }

    function _slots(address target) internal returns (bytes32[] memory slots) {
        (bytes32[] memory reads, bytes32[] memory writes) = vm.accesses(target);
        slots = new bytes32[](reads.length + writes.length);
        for (uint256 i; i < reads.length; ++i) {
            slots[i] = reads[i];
        }
        for (uint256 i; i < writes.length; ++i) {
            slots[reads.length + i] = writes[i];
        }
    }

    function test_validationTouchesOnlyAccountAssociatedSlots() public {
        Session memory session = _session();
        _installWith(account, _sessions(session));
        _installWith(other, _sessions(session));
        PermissionId permissionId = smartSession.getPermissionId(session);

        _recordValidation(account, permissionId);
        bytes32[] memory moduleSlots = _slots(address(smartSession));
        address[4] memory others =
            [address(timeFrame), address(usageLimit), address(callPolicy), address(ecdsaSessionValidator)];
        bytes32[][4] memory otherSlots;
        for (uint256 i; i < 4; ++i) {
            otherSlots[i] = _slots(others[i]);
        }
        assertEq(_slots(address(token)).length, 0, "validation touched the token");
        assertEq(_slots(address(sudoPolicy)).length, 0);

        // Every SmartSession slot is one of the layout's slots for this account.
        uint256 header =
            uint256(vm.load(address(smartSession), bytes32(SessionStorage.headerSlot(address(account), permissionId))));
        uint256 generation = SessionStorage.generationOf(header);
        ActionId actionId = IdLib.actionId(address(token), token.transfer.selector);
        uint256 actionList =
            SessionStorage.policyListSlot(address(account), permissionId, generation, ActionId.unwrap(actionId));
        uint256 userOpList = SessionStorage.policyListSlot(address(account), permissionId, generation, USER_OP_SCOPE);
        uint256[] memory expected = new uint256[](6);
        expected[0] = SessionStorage.headerSlot(address(account), permissionId);
        expected[1] =
            SessionStorage.bytesSlot(address(account), permissionId, 0, SessionStorage.TAG_VALIDATOR_DATA, 0, 0);
        expected[2] = actionList;
        expected[3] = actionList + 1;
        expected[4] = actionList + 2;
        expected[5] = userOpList;
        assertGt(moduleSlots.length, 0);
        for (uint256 i; i < moduleSlots.length; ++i) {
            bool known;
            for (uint256 j; j < expected.length; ++j) {
                known = known || uint256(moduleSlots[i]) == expected[j];
            }
            assertTrue(known, "SmartSession touched a slot outside its account layout");
        }

        // The other account's validation shares no slot with this one, anywhere.
        _recordValidation(other, permissionId);
        _assertDisjoint(moduleSlots, _slots(address(smartSession)));
        for (uint256 i; i < 4; ++i) {
            _assertDisjoint(otherSlots[i], _slots(others[i]));
        }
    }

    function _assertDisjoint(bytes32[] memory a, bytes32[] memory b) internal pure {
        for (uint256 i; i < a.length; ++i) {
            for (uint256 j; j < b.length; ++j) {
                assertTrue(a[i] != b[j], "two accounts share a storage slot");
            }
        }
    }
}

/// @notice The same rules for ENABLE mode, which writes during validation: the session's storage in SmartSession,
/// every policy's initialisation, and the owner's ERC-1271 check through the account's own validator. No slot
/// that one account's enable touches is touched by another account's enable of the same session.
contract ERC7562EnableStorageTest is EnableFixtures {
    using CallPolicyBuilder for *;

    UsageLimitPolicy internal usageLimit;
    CallPolicy internal callPolicy;

    function setUp() public override {
        super.setUp();
        usageLimit = new UsageLimitPolicy();
        callPolicy = new CallPolicy();
    }

    function _oz(PackedUserOperation memory op) internal pure returns (OZPackedUserOperation memory) {
        return abi.decode(abi.encode(op), (OZPackedUserOperation));
    }

    function _slots(address target) internal returns (bytes32[] memory slots) {
        (bytes32[] memory reads, bytes32[] memory writes) = vm.accesses(target);
        slots = new bytes32[](reads.length + writes.length);
        for (uint256 i; i < reads.length; ++i) {
            slots[i] = reads[i];
        }
        for (uint256 i; i < writes.length; ++i) {
            slots[reads.length + i] = writes[i];
        }
    }

    function _recordEnable(TestAccount sender, Session memory session) internal returns (bytes32[][5] memory slots) {
        EnableSession memory data = _enableDataHere(sender, session, SmartSessionMode.ENABLE);
        PackedUserOperation memory op =
            _enableOp(sender, SmartSessionMode.ENABLE, data, sessionKey, _transferCall(recipient, 1));
        bytes32 hash = _hash(op);
        vm.record();
        vm.prank(address(entryPoint));
        assertEq(uint160(sender.validateUserOp(_oz(op), hash, 0)), 0, "enable failed");
        address[5] memory touched = [
            address(smartSession),
            address(usageLimit),
            address(callPolicy),
            address(ecdsaSessionValidator),
            address(ownerValidator)
        ];
        for (uint256 i; i < 5; ++i) {
            slots[i] = _slots(touched[i]);
        }
        assertEq(_slots(address(token)).length, 0, "validation touched the token");
    }

    function test_enableTouchesNoSlotOfAnotherAccount() public {
        PolicyData[] memory policies = new PolicyData[](2);
        policies[0] = PolicyData(address(usageLimit), abi.encodePacked(uint128(10)));
        policies[1] = PolicyData(
            address(callPolicy),
            CallPolicyBuilder.config(0).rule(ParamCondition.EQUAL, 0, CallPolicyBuilder.addressRef(recipient)).encode()
        );
        Session memory session =
            _ecdsaSession(sessionSigner, _action(address(token), token.transfer.selector, policies));
        TestAccount other = _newAccount();
        _installWith(account, new Session[](0));
        _installWith(other, new Session[](0));

        bytes32[][5] memory first = _recordEnable(account, session);
        bytes32[][5] memory second = _recordEnable(other, session);
        assertEq(first[3].length, 0, "the ECDSA session validator is stateless");
        for (uint256 i; i < 5; ++i) {
            if (i != 3) assertGt(first[i].length, 0);
            for (uint256 a; a < first[i].length; ++a) {
                for (uint256 b; b < second[i].length; ++b) {
                    assertTrue(first[i][a] != second[i][b], "two accounts share a storage slot");
                }
            }
        }
    }
}
