// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CallRulesBuilder as B} from "../utils/CallRulesBuilder.sol";
import {MockERC20} from "../utils/MockERC20.sol";
import {MockRouter} from "../utils/ScenarioMocks.sol";
import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {ActionData, PermissionId, PolicyData, Session} from "contracts/DataTypes.sol";
import {ISmartSession} from "contracts/interfaces/ISmartSession.sol";
import {CallRulesPolicy, RuleFailure, RuleFailureReason} from "contracts/policies/CallRulesPolicy.sol";
import {ParamCondition} from "contracts/policies/lib/CallConditions.sol";

/// @notice CallRulesPolicy through EntryPoint.handleOps: a swap session whose path and recipient are pinned, with
/// two alternatives (sell up to 1,000 USDC in total, or sell WETH for USDC) and a shared approve rule.
contract CallRulesTest is SessionTestBase {
    using B for B.Config;

    CallRulesPolicy internal rules;
    MockRouter internal router;
    MockERC20 internal weth;
    MockERC20 internal dai;
    address internal attacker = makeAddr("attacker");

    // swapExactTokensForTokens(amountIn, amountOutMin, address[] path, to, deadline): words 0..4.
    uint24 internal constant AMOUNT_IN = 0;
    uint24 internal constant PATH = 64;
    uint24 internal constant TO = 96;

    function setUp() public override {
        super.setUp();
        rules = new CallRulesPolicy();
        router = new MockRouter();
        weth = new MockERC20("Wrapped Ether", "WETH", 18);
        dai = new MockERC20("Dai", "DAI", 18);
        weth.mint(address(account), 10 ether);
        dai.mint(address(account), 10_000 ether);
    }

    function _policies(B.Config memory c) internal view returns (PolicyData[] memory policies) {
        return _policies(address(rules), c.encode());
    }

    /// @dev Group 0: USDC → anything, to the account, at most 1,000 USDC in total. Group 1: WETH → USDC, to the
    /// account. approve: the spender is the router, for USDC and WETH.
    function _swapSession() internal returns (PermissionId) {
        B.Config memory swap = B.config(0).element(ParamCondition.EQUAL, PATH, 0, B.addressRef(address(token)));
        swap.rule(ParamCondition.EQUAL, TO, B.addressRef(address(account)));
        swap.rule(ParamCondition.GREATER_THAN_OR_EQUAL, AMOUNT_IN, 0).limited(1000e6);
        swap.or().element(ParamCondition.EQUAL, PATH, 0, B.addressRef(address(weth)));
        swap.element(ParamCondition.EQUAL, PATH, 1, B.addressRef(address(token)));
        swap.rule(ParamCondition.EQUAL, TO, B.addressRef(address(account)));
        B.Config memory approve = B.config(0).rule(ParamCondition.EQUAL, 0, B.addressRef(address(router)));
        ActionData[] memory actions = new ActionData[](3);
        actions[0] = ActionData(router.swapExactTokensForTokens.selector, address(router), _policies(swap));
        actions[1] = ActionData(token.approve.selector, address(token), _policies(approve));
        actions[2] = ActionData(weth.approve.selector, address(weth), _policies(approve));
        return _install(_ecdsaSession(sessionSigner, actions));
    }

    function _swapData(address from, address to_, uint256 amountIn, address recipient_)
        internal
        view
        returns (bytes memory)
    {
        address[] memory path = new address[](2);
        (path[0], path[1]) = (from, to_);
        return abi.encodeCall(router.swapExactTokensForTokens, (amountIn, 0, path, recipient_, block.timestamp));
    }

    function _approveAndSwap(PermissionId permissionId, MockERC20 from, bytes memory swapData) internal {
        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution(address(from), 0, abi.encodeCall(from.approve, (address(router), type(uint256).max)));
        calls[1] = Execution(address(router), 0, swapData);
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls)));
    }

    function _swapOp(PermissionId permissionId, bytes memory swapData)
        internal
        view
        returns (PackedUserOperation memory)
    {
        return _sessionUserOp(account, permissionId, sessionKey, _executeSingle(address(router), 0, swapData));
    }

    function _expectRefused(PermissionId permissionId, RuleFailure memory first, RuleFailure memory second) internal {
        RuleFailure[] memory failures = new RuleFailure[](2);
        (failures[0], failures[1]) = (first, second);
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.PolicyReverted.selector,
                permissionId,
                address(rules),
                abi.encodeWithSelector(CallRulesPolicy.NoRuleGroupPassed.selector, failures)
            )
        );
    }

    function test_swapPinnedPathAndRecipient_passes() public {
        PermissionId permissionId = _swapSession();
        _approveAndSwap(permissionId, token, _swapData(address(token), address(weth), 600e6, address(account)));
        assertEq(token.balanceOf(address(router)), 600e6);
        assertEq(weth.balanceOf(address(account)), 10 ether + 600e6);
    }

    function test_otherFirstTokenRefused() public {
        PermissionId permissionId = _swapSession();
        PackedUserOperation memory op =
            _swapOp(permissionId, _swapData(address(dai), address(weth), 1, address(account)));
        _expectRefused(
            permissionId, RuleFailure(0, 0, RuleFailureReason.CONDITION), RuleFailure(1, 0, RuleFailureReason.CONDITION)
        );
        _handleUserOp(op);
    }

    function test_otherRecipientRefused() public {
        PermissionId permissionId = _swapSession();
        PackedUserOperation memory op = _swapOp(permissionId, _swapData(address(token), address(weth), 1e6, attacker));
        _expectRefused(
            permissionId, RuleFailure(0, 1, RuleFailureReason.CONDITION), RuleFailure(1, 0, RuleFailureReason.CONDITION)
        );
        _handleUserOp(op);
        // The second group pins path[1] too: WETH → DAI is refused.
        op = _swapOp(permissionId, _swapData(address(weth), address(dai), 1, address(account)));
        _expectRefused(
            permissionId, RuleFailure(0, 0, RuleFailureReason.CONDITION), RuleFailure(1, 1, RuleFailureReason.CONDITION)
        );
        _handleUserOp(op);
    }

    function test_cumulativeLimit_theOtherGroupStillPasses() public {
        PermissionId permissionId = _swapSession();
        _approveAndSwap(permissionId, token, _swapData(address(token), address(weth), 600e6, address(account)));
        _handleUserOp(_swapOp(permissionId, _swapData(address(token), address(weth), 400e6, address(account))));
        PackedUserOperation memory op =
            _swapOp(permissionId, _swapData(address(token), address(weth), 1, address(account)));
        _expectRefused(
            permissionId, RuleFailure(0, 2, RuleFailureReason.LIMIT), RuleFailure(1, 0, RuleFailureReason.CONDITION)
        );
        _handleUserOp(op);
        assertEq(token.balanceOf(address(router)), 1000e6);
        // Selling WETH for USDC is the other alternative, unaffected by the USDC limit.
        _approveAndSwap(permissionId, weth, _swapData(address(weth), address(token), 1 ether, address(account)));
        assertEq(weth.balanceOf(address(router)), 1 ether);
    }

    /// @notice A hostile head: the path offset points past the calldata, or the path is cut short. Refused, with
    /// nothing moved.
    function test_malformedPathRefused() public {
        PermissionId permissionId = _swapSession();
        bytes memory data = _swapData(address(token), address(weth), 1e6, address(account));
        assembly {
            // The path's offset word (head word 2) → far past the end.
            mstore(add(data, 100), 0x10000)
        }
        PackedUserOperation memory op = _swapOp(permissionId, data);
        _expectRefused(
            permissionId,
            RuleFailure(0, 0, RuleFailureReason.OUT_OF_BOUNDS),
            RuleFailure(1, 0, RuleFailureReason.OUT_OF_BOUNDS)
        );
        _handleUserOp(op);
        address[] memory empty = new address[](0);
        bytes memory noPath =
            abi.encodeCall(router.swapExactTokensForTokens, (1e6, 0, empty, address(account), block.timestamp));
        op = _swapOp(permissionId, abi.encodePacked(noPath, B.addressRef(address(token))));
        _expectRefused(
            permissionId,
            RuleFailure(0, 0, RuleFailureReason.OUT_OF_BOUNDS),
            RuleFailure(1, 0, RuleFailureReason.OUT_OF_BOUNDS)
        );
        _handleUserOp(op);
        assertEq(token.balanceOf(address(router)), 0);
    }

    function test_approveOnlyToTheRouter() public {
        PermissionId permissionId = _swapSession();
        PackedUserOperation memory op = _sessionUserOp(
            account,
            permissionId,
            sessionKey,
            _executeSingle(address(token), 0, abi.encodeCall(token.approve, (attacker, 1)))
        );
        RuleFailure[] memory failures = new RuleFailure[](1);
        failures[0] = RuleFailure(0, 0, RuleFailureReason.CONDITION);
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.PolicyReverted.selector,
                permissionId,
                address(rules),
                abi.encodeWithSelector(CallRulesPolicy.NoRuleGroupPassed.selector, failures)
            )
        );
        _handleUserOp(op);
        assertEq(token.allowance(address(account), attacker), 0);
    }
}
