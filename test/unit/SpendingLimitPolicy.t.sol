// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IActionPolicy, IPolicy, IUserOpPolicy} from "contracts/interfaces/IPolicy.sol";
import {SpendingLimitPolicy} from "contracts/policies/SpendingLimitPolicy.sol";
import {TokenLimitLib} from "contracts/policies/lib/TokenLimitLib.sol";
import {Test} from "forge-std/Test.sol";

/// @notice SpendingLimitPolicy called directly, this test contract acting as the multiplexer.
contract SpendingLimitPolicyTest is Test {
    SpendingLimitPolicy internal policy;
    address internal account = makeAddr("account");
    address internal tokenA = makeAddr("tokenA");
    address internal tokenB = makeAddr("tokenB");
    address internal to = makeAddr("to");
    bytes32 internal constant CONFIG = keccak256("config");
    uint256 internal constant LIMIT = 1000e6;

    function setUp() public {
        policy = new SpendingLimitPolicy();
        _init(CONFIG, account, _one(tokenA), _amounts(LIMIT));
    }

    // ─── Helpers ──────────────────────────────────────────────────────────────────────────────────────────

    function _one(address token) internal pure returns (address[] memory tokens) {
        tokens = new address[](1);
        tokens[0] = token;
    }

    function _two(address a, address b) internal pure returns (address[] memory tokens) {
        tokens = new address[](2);
        (tokens[0], tokens[1]) = (a, b);
    }

    function _amounts(uint256 a) internal pure returns (uint256[] memory limits) {
        limits = new uint256[](1);
        limits[0] = a;
    }

    function _amounts(uint256 a, uint256 b) internal pure returns (uint256[] memory limits) {
        limits = new uint256[](2);
        (limits[0], limits[1]) = (a, b);
    }

    function _init(bytes32 configId, address acc, address[] memory tokens, uint256[] memory limits) internal {
        policy.initializeWithMultiplexer(acc, configId, abi.encode(tokens, limits));
    }

    function _transfer(uint256 amount) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(TokenLimitLib.TRANSFER_SELECTOR, address(0xbeef), amount);
    }

    function _approve(uint256 amount) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(TokenLimitLib.APPROVE_SELECTOR, address(0xbeef), amount);
    }

    function _check(address token, bytes memory data) internal returns (uint256) {
        return policy.checkAction(CONFIG, account, token, 0, data);
    }

    function _used(bytes32 configId, address acc, address token) internal view returns (uint256 used) {
        (, used) = policy.getSpendingLimit(address(this), configId, acc, token);
    }

    function _expectExceeded(address token, uint256 requested, uint256 remaining) internal {
        vm.expectRevert(
            abi.encodeWithSelector(SpendingLimitPolicy.SpendingLimitExceeded.selector, token, requested, remaining)
        );
    }

    // ─── Init ─────────────────────────────────────────────────────────────────────────────────────────────

    function test_init_storesTokensAndLimits() public {
        _init(CONFIG, account, _two(tokenA, tokenB), _amounts(5, 7));
        (uint256 limit, uint256 used) = policy.getSpendingLimit(address(this), CONFIG, account, tokenB);
        assertEq(limit, 7);
        assertEq(used, 0);
        address[] memory tokens = policy.getTokens(address(this), CONFIG, account);
        assertEq(tokens.length, 2);
        assertEq(tokens[0], tokenA);
        assertEq(tokens[1], tokenB);
    }

    function test_init_clampsLimitAboveUint128() public {
        _init(CONFIG, account, _one(tokenA), _amounts(type(uint256).max));
        (uint256 limit,) = policy.getSpendingLimit(address(this), CONFIG, account, tokenA);
        assertEq(limit, type(uint128).max);
        assertEq(_check(tokenA, _transfer(type(uint128).max)), 0);
        _expectExceeded(tokenA, 1, 0);
        _check(tokenA, _transfer(1));
    }

    function test_init_acceptsSixteenTokens() public {
        address[] memory tokens = new address[](16);
        uint256[] memory limits = new uint256[](16);
        for (uint256 i; i < 16; ++i) {
            tokens[i] = address(uint160(0x1000 + i));
            limits[i] = i + 1;
        }
        _init(CONFIG, account, tokens, limits);
        assertEq(policy.getTokens(address(this), CONFIG, account).length, 16);
        assertEq(_check(address(0x100f), _transfer(16)), 0);
    }

    /// @dev Every refused init leaves the previous config as it was.
    function _expectInitRevert(bytes memory initData, bytes memory error_) internal {
        assertEq(_check(tokenA, _transfer(10)), 0);
        uint256 used = _used(CONFIG, account, tokenA);
        vm.expectRevert(error_);
        policy.initializeWithMultiplexer(account, CONFIG, initData);
        assertEq(_used(CONFIG, account, tokenA), used);
        (uint256 limit,) = policy.getSpendingLimit(address(this), CONFIG, account, tokenA);
        assertEq(limit, LIMIT);
        assertEq(policy.getTokens(address(this), CONFIG, account).length, 1);
    }

    function test_init_refuses_lengthMismatch() public {
        _expectInitRevert(
            abi.encode(_two(tokenA, tokenB), _amounts(1)),
            abi.encodeWithSelector(TokenLimitLib.LengthMismatch.selector, 2, 1)
        );
    }

    function test_init_refuses_empty() public {
        _expectInitRevert(
            abi.encode(new address[](0), new uint256[](0)), abi.encodeWithSelector(TokenLimitLib.NoTokens.selector)
        );
    }

    function test_init_refuses_tooManyTokens() public {
        address[] memory tokens = new address[](17);
        uint256[] memory limits = new uint256[](17);
        for (uint256 i; i < 17; ++i) {
            tokens[i] = address(uint160(0x1000 + i));
            limits[i] = 1;
        }
        _expectInitRevert(
            abi.encode(tokens, limits), abi.encodeWithSelector(TokenLimitLib.TooManyTokens.selector, 17, 16)
        );
    }

    function test_init_refuses_zeroToken() public {
        _expectInitRevert(
            abi.encode(_two(tokenB, address(0)), _amounts(1, 1)),
            abi.encodeWithSelector(TokenLimitLib.ZeroToken.selector)
        );
    }

    function test_init_refuses_duplicateToken() public {
        _expectInitRevert(
            abi.encode(_two(tokenB, tokenB), _amounts(1, 2)),
            abi.encodeWithSelector(TokenLimitLib.DuplicateToken.selector, tokenB)
        );
    }

    function test_init_refuses_zeroLimit() public {
        _expectInitRevert(
            abi.encode(_two(tokenA, tokenB), _amounts(1, 0)),
            abi.encodeWithSelector(TokenLimitLib.ZeroLimit.selector, tokenB)
        );
    }

    function test_init_refuses_malformedInitData() public {
        _expectInitRevert(hex"1234", abi.encodeWithSelector(IPolicy.InvalidInitData.selector));
        _expectInitRevert("", abi.encodeWithSelector(IPolicy.InvalidInitData.selector));
        // An address word with dirty upper bits is not an ABI-encoded address.
        bytes memory dirty = abi.encode(_one(tokenA), _amounts(1));
        dirty[0x40 + 0x20] = 0x01;
        _expectInitRevert(dirty, abi.encodeWithSelector(IPolicy.InvalidInitData.selector));
    }

    function test_reinit_forgetsPreviousTokensAndUsage() public {
        assertEq(_check(tokenA, _transfer(400e6)), 0);
        _init(CONFIG, account, _one(tokenB), _amounts(50));
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.TokenNotAllowed.selector, tokenA));
        _check(tokenA, _transfer(1));
        (uint256 limit, uint256 used) = policy.getSpendingLimit(address(this), CONFIG, account, tokenA);
        assertEq(limit, 0);
        assertEq(used, 0);
        // Enabling the same token again starts from zero.
        _init(CONFIG, account, _one(tokenA), _amounts(LIMIT));
        assertEq(_used(CONFIG, account, tokenA), 0);
        assertEq(_check(tokenA, _transfer(LIMIT)), 0);
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.TokenNotAllowed.selector, tokenB));
        _check(tokenB, _transfer(1));
    }

    // ─── Checks ───────────────────────────────────────────────────────────────────────────────────────────

    function test_transfer_exactlyAtLimitPasses_oneMoreFails() public {
        assertEq(_check(tokenA, _transfer(LIMIT - 1)), 0);
        assertEq(_check(tokenA, _transfer(1)), 0);
        assertEq(_used(CONFIG, account, tokenA), LIMIT);
        _expectExceeded(tokenA, 1, 0);
        _check(tokenA, _transfer(1));
    }

    function test_transfer_overLimitRevertsAndChangesNothing() public {
        assertEq(_check(tokenA, _transfer(300e6)), 0);
        _expectExceeded(tokenA, 700e6 + 1, 700e6);
        _check(tokenA, _transfer(700e6 + 1));
        assertEq(_used(CONFIG, account, tokenA), 300e6);
    }

    function test_transfer_maxUintAmount() public {
        _expectExceeded(tokenA, type(uint256).max, LIMIT);
        _check(tokenA, _transfer(type(uint256).max));
    }

    function test_zeroAmountPassesAndCountsNothing() public {
        assertEq(_check(tokenA, _transfer(0)), 0);
        assertEq(_check(tokenA, _approve(0)), 0);
        assertEq(_used(CONFIG, account, tokenA), 0);
    }

    function test_approveCountsItsWholeAmount() public {
        assertEq(_check(tokenA, _approve(600e6)), 0);
        assertEq(_used(CONFIG, account, tokenA), 600e6);
        _expectExceeded(tokenA, 500e6, 400e6);
        _check(tokenA, _transfer(500e6));
        _expectExceeded(tokenA, 401e6, 400e6);
        _check(tokenA, _approve(401e6));
        assertEq(_check(tokenA, _transfer(400e6)), 0);
    }

    function test_refuses_otherSelector() public {
        bytes memory data = abi.encodeWithSignature("transferFrom(address,address,uint256)", account, to, 1);
        vm.expectRevert(
            abi.encodeWithSelector(TokenLimitLib.TokenFunctionNotAllowed.selector, tokenA, bytes4(0x23b872dd))
        );
        _check(tokenA, data);
        data = abi.encodeWithSignature("increaseAllowance(address,uint256)", to, 1);
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.TokenFunctionNotAllowed.selector, tokenA, bytes4(data)));
        _check(tokenA, data);
    }

    function test_refuses_unknownToken() public {
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.TokenNotAllowed.selector, tokenB));
        _check(tokenB, _transfer(1));
    }

    function test_refuses_shortCalldata() public {
        bytes memory full = _transfer(5);
        uint256[4] memory lengths = [uint256(0), 3, 36, 67];
        for (uint256 i; i < lengths.length; ++i) {
            bytes memory data = new bytes(lengths[i]);
            for (uint256 j; j < data.length; ++j) {
                data[j] = full[j];
            }
            vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.MalformedTokenCall.selector, tokenA, lengths[i]));
            _check(tokenA, data);
        }
        // A 3-byte call would not even reach `transfer`; 4 bytes of another selector is that selector.
        assertEq(_used(CONFIG, account, tokenA), 0);
    }

    function test_extraCalldataIsIgnoredLikeTheToken() public {
        assertEq(_check(tokenA, bytes.concat(_transfer(5), hex"ff")), 0);
        assertEq(_used(CONFIG, account, tokenA), 5);
    }

    function test_refuses_ethValue() public {
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.TokenCallWithValue.selector, tokenA, 1));
        policy.checkAction(CONFIG, account, tokenA, 1, _transfer(1));
    }

    function test_tokensHaveSeparateLimits() public {
        _init(CONFIG, account, _two(tokenA, tokenB), _amounts(10, 20));
        assertEq(_check(tokenA, _transfer(10)), 0);
        assertEq(_check(tokenB, _transfer(20)), 0);
        _expectExceeded(tokenB, 1, 0);
        _check(tokenB, _transfer(1));
    }

    function test_accountsConfigsAndMultiplexersAreIndependent() public {
        address other = makeAddr("other account");
        bytes32 otherConfig = keccak256("other config");
        _init(CONFIG, other, _one(tokenA), _amounts(LIMIT));
        _init(otherConfig, account, _one(tokenA), _amounts(LIMIT));
        assertEq(_check(tokenA, _transfer(LIMIT)), 0);
        assertEq(_used(CONFIG, other, tokenA), 0);
        assertEq(_used(otherConfig, account, tokenA), 0);
        assertEq(policy.checkAction(CONFIG, other, tokenA, 0, _transfer(LIMIT)), 0);
        assertEq(policy.checkAction(otherConfig, account, tokenA, 0, _transfer(LIMIT)), 0);
        // Another caller (multiplexer) has no config under the same ids.
        vm.prank(makeAddr("other multiplexer"));
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.TokenNotAllowed.selector, tokenA));
        policy.checkAction(CONFIG, account, tokenA, 0, _transfer(1));
        // Nor can it reset this multiplexer's config.
        vm.prank(makeAddr("other multiplexer"));
        _init(CONFIG, account, _one(tokenA), _amounts(LIMIT));
        assertEq(_used(CONFIG, account, tokenA), LIMIT);
    }

    function test_supportsActionScopeOnly() public view {
        assertTrue(policy.supportsInterface(type(IActionPolicy).interfaceId));
        assertTrue(policy.supportsInterface(type(IPolicy).interfaceId));
        assertFalse(policy.supportsInterface(type(IUserOpPolicy).interfaceId));
    }

    /// @dev keccak(account ‖ parent), parent = the slot of `[token][multiplexer][configId]` (or without token).
    function _accountSlot(bytes32 parent) internal view returns (uint256) {
        return uint256(keccak256(abi.encode(account, parent)));
    }

    /// @notice ERC-7562: a check reads and writes exactly one slot, `keccak(account ‖ …)`; initialisation (which
    /// runs during validation in ENABLE mode) only touches `keccak(account ‖ …) + n`, n < 16.
    function test_erc7562_touchesOnlyAccountAssociatedSlots() public {
        bytes32 tokenParent = keccak256(
            abi.encode(CONFIG, keccak256(abi.encode(address(this), keccak256(abi.encode(tokenA, uint256(0))))))
        );
        vm.record();
        _check(tokenA, _transfer(1));
        (bytes32[] memory reads, bytes32[] memory writes) = vm.accesses(address(policy));
        assertEq(reads.length, 2, "one slot, read again by SSTORE");
        assertEq(writes.length, 1);
        assertEq(uint256(reads[0]), _accountSlot(tokenParent));
        assertEq(uint256(writes[0]), _accountSlot(tokenParent));

        bytes32 listParent = keccak256(abi.encode(CONFIG, keccak256(abi.encode(address(this), uint256(1)))));
        vm.record();
        _init(CONFIG, account, _two(tokenA, tokenB), _amounts(1, 2));
        (reads, writes) = vm.accesses(address(policy));
        bytes32 tokenBParent = keccak256(
            abi.encode(CONFIG, keccak256(abi.encode(address(this), keccak256(abi.encode(tokenB, uint256(0))))))
        );
        for (uint256 i; i < writes.length; ++i) {
            uint256 slot = uint256(writes[i]);
            bool associated = slot == _accountSlot(tokenParent) || slot == _accountSlot(tokenBParent)
                || (slot >= _accountSlot(listParent) && slot < _accountSlot(listParent) + 16);
            assertTrue(associated, "init wrote a slot not associated with the account");
        }
        for (uint256 i; i < reads.length; ++i) {
            uint256 slot = uint256(reads[i]);
            bool associated = slot == _accountSlot(tokenParent) || slot == _accountSlot(tokenBParent)
                || (slot >= _accountSlot(listParent) && slot < _accountSlot(listParent) + 16);
            assertTrue(associated, "init read a slot not associated with the account");
        }
    }
}
