// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC7739Context, PermissionId} from "../DataTypes.sol";
import {ISmartSession} from "../interfaces/ISmartSession.sol";

/// @title SessionStorage
/// @notice The storage layout of SmartSession. Every slot is `keccak256(account ‖ …) + n` with n < 128, so that
/// all of it is storage associated with the account under ERC-7562 and bundlers accept session user operations.
/// @dev Layout, all words 32 bytes, `gen` = the session's generation (its nonce when it was last enabled, so
/// that a removed and re-enabled session starts from empty lists without clearing anything):
///   account word   keccak(account)                                bit 255 installed, bits 0..23 permission count
///   permission i   keccak(account, TAG_PERMISSIONS, i / 128) + i % 128   the enabled sessions, in no order
///   header         keccak(account, permissionId)                  see the HEADER_* constants (its `i` above)
///   validator data keccak(account, id, 0, TAG_VALIDATOR_DATA, w / 128) + w % 128, word 0 = uint24 length ‖ 29 bytes
///   policy list    keccak(account, id, gen, TAG_POLICIES, scope) + i: word 0 = count ‖ meta ‖ policy 0
///   action i       keccak(account, id, gen, TAG_ACTIONS, i / 128) + i % 128
///   7739 allowed   keccak(account, id, gen, TAG_ERC7739_ALLOWED, keccak(appDomainSeparator, keccak(name))) = index + 1
///   7739 entry i   byte string `appDomainSeparator ‖ name` under (TAG_ERC7739_ENTRIES, i); the count at key 2^256 - 1
library SessionStorage {
    uint256 internal constant TAG_PERMISSIONS = 1;
    uint256 internal constant TAG_VALIDATOR_DATA = 2;
    uint256 internal constant TAG_POLICIES = 3;
    uint256 internal constant TAG_ACTIONS = 4;
    uint256 internal constant TAG_ERC7739_ALLOWED = 5;
    uint256 internal constant TAG_ERC7739_ENTRIES = 6;

    uint256 internal constant ACCOUNT_INSTALLED = 1 << 255;
    /// @dev The permission list holds exactly the enabled sessions (removal takes a session out by swap-and-pop,
    /// its header keeps its place), so that uninstalling costs the same whatever the history.
    uint256 internal constant ACCOUNT_COUNT_MASK = UINT24_MASK;

    // Header: validator (bits 0..159), nonce (160..183), generation (184..207), action count (208..223), the
    // session's place in the permission list while enabled (224..247), flags (248..).
    uint256 internal constant HEADER_NONCE_SHIFT = 160;
    uint256 internal constant HEADER_GENERATION_SHIFT = 184;
    uint256 internal constant HEADER_ACTIONS_SHIFT = 208;
    uint256 internal constant HEADER_INDEX_SHIFT = 224;
    uint256 internal constant HEADER_ENABLED = 1 << 248;
    uint256 internal constant HEADER_PAYMASTER = 1 << 249;
    uint256 internal constant HEADER_USER_OP_POLICIES = 1 << 250;
    /// @dev The nonce bits: the part of a header that outlives removal and uninstall.
    uint256 internal constant HEADER_NONCE_MASK = UINT24_MASK << HEADER_NONCE_SHIFT;
    /// @dev The largest enable nonce.
    uint256 internal constant MAX_NONCE = UINT24_MASK;
    /// @dev The most sessions an account may have enabled at once.
    uint256 internal constant MAX_SESSIONS = UINT24_MASK;

    // Policy list word 0: policy 0 (bits 0..159), meta (160..191; for actions: index in the action list + 1), count.
    uint256 internal constant LIST_META_SHIFT = 160;
    uint256 internal constant LIST_COUNT_SHIFT = 248;

    uint256 internal constant UINT32_MASK = 0xffffffff;
    uint256 internal constant UINT24_MASK = 0xffffff;
    uint256 internal constant UINT16_MASK = 0xffff;

    // ─── Slots ────────────────────────────────────────────────────────────────────────────────────────────

    function accountSlot(address account) internal pure returns (uint256 slot) {
        assembly ("memory-safe") {
            mstore(0x00, account)
            slot := keccak256(0x00, 0x20)
        }
    }

    function headerSlot(address account, PermissionId permissionId) internal pure returns (uint256 slot) {
        assembly ("memory-safe") {
            mstore(0x00, account)
            mstore(0x20, permissionId)
            slot := keccak256(0x00, 0x40)
        }
    }

    function permissionSlot(address account, uint256 index) internal pure returns (uint256 slot) {
        assembly ("memory-safe") {
            // keccak(account, TAG_PERMISSIONS, page) + offset, hashed at the free pointer without allocating.
            let m := mload(0x40)
            mstore(m, account)
            mstore(add(m, 0x20), TAG_PERMISSIONS)
            mstore(add(m, 0x40), shr(7, index))
            slot := add(keccak256(m, 0x60), and(index, 127))
        }
    }

    /// @dev keccak(account, permissionId, generation, tag, key): the base of one session-scoped area.
    function sessionSlot(address account, PermissionId permissionId, uint256 generation, uint256 tag, bytes32 key)
        internal
        pure
        returns (uint256 slot)
    {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, account)
            mstore(add(m, 0x20), permissionId)
            mstore(add(m, 0x40), generation)
            mstore(add(m, 0x60), tag)
            mstore(add(m, 0x80), key)
            slot := keccak256(m, 0xa0)
        }
    }

    function policyListSlot(address account, PermissionId permissionId, uint256 generation, bytes32 scope)
        internal
        pure
        returns (uint256)
    {
        return sessionSlot(account, permissionId, generation, TAG_POLICIES, scope);
    }

    function actionSlot(address account, PermissionId permissionId, uint256 generation, uint256 index)
        internal
        pure
        returns (uint256)
    {
        return sessionSlot(account, permissionId, generation, TAG_ACTIONS, bytes32(index >> 7)) + (index & 127);
    }

    // ─── Raw words ────────────────────────────────────────────────────────────────────────────────────────

    function load(uint256 slot) internal view returns (uint256 value) {
        assembly ("memory-safe") {
            value := sload(slot)
        }
    }

    function store(uint256 slot, uint256 value) internal {
        assembly ("memory-safe") {
            sstore(slot, value)
        }
    }

    // ─── Header fields ────────────────────────────────────────────────────────────────────────────────────

    function validatorOf(uint256 header) internal pure returns (address) {
        // forge-lint: disable-next-line(unsafe-typecast) the header's low 160 bits are the validator address
        return address(uint160(header));
    }

    function nonceOf(uint256 header) internal pure returns (uint256) {
        return (header >> HEADER_NONCE_SHIFT) & UINT24_MASK;
    }

    function generationOf(uint256 header) internal pure returns (uint256) {
        return (header >> HEADER_GENERATION_SHIFT) & UINT24_MASK;
    }

    /// @dev The session's place in the account's permission list (meaningful while it is enabled).
    function indexOf(uint256 header) internal pure returns (uint256) {
        return (header >> HEADER_INDEX_SHIFT) & UINT24_MASK;
    }

    function actionCountOf(uint256 header) internal pure returns (uint256) {
        return (header >> HEADER_ACTIONS_SHIFT) & UINT16_MASK;
    }

    // ─── The permission list (the enabled sessions of an account) ─────────────────────────────────────────

    /// @dev Appends `permissionId` to the account's list; returns its place, which its header must record.
    function pushPermission(address account, PermissionId permissionId) internal returns (uint256 index) {
        uint256 slot = accountSlot(account);
        uint256 accountWord = load(slot);
        index = accountWord & ACCOUNT_COUNT_MASK;
        if (index == MAX_SESSIONS) revert ISmartSession.TooManySessions(account);
        store(permissionSlot(account, index), uint256(PermissionId.unwrap(permissionId)));
        store(slot, accountWord + 1);
    }

    /// @dev Takes entry `index` out of the account's list: the last entry moves into its place and its header
    /// learns the new place; the freed slot is zeroed, so the list's storage shrinks with it.
    function removePermissionAt(address account, uint256 index) internal {
        uint256 slot = accountSlot(account);
        uint256 accountWord = load(slot);
        uint256 last = (accountWord & ACCOUNT_COUNT_MASK) - 1;
        uint256 lastSlot = permissionSlot(account, last);
        if (index != last) {
            uint256 moved = load(lastSlot);
            store(permissionSlot(account, index), moved);
            uint256 movedHeaderSlot = headerSlot(account, PermissionId.wrap(bytes32(moved)));
            uint256 indexMask = UINT24_MASK << HEADER_INDEX_SHIFT;
            store(movedHeaderSlot, (load(movedHeaderSlot) & ~indexMask) | (index << HEADER_INDEX_SHIFT));
        }
        store(lastSlot, 0);
        store(slot, accountWord - 1);
    }

    /// @dev Entry `index` of the account's list.
    function permissionAt(address account, uint256 index) internal view returns (PermissionId) {
        return PermissionId.wrap(bytes32(load(permissionSlot(account, index))));
    }

    /// @dev How many sessions of the account are enabled.
    function permissionCount(address account) internal view returns (uint256) {
        return load(accountSlot(account)) & ACCOUNT_COUNT_MASK;
    }

    // ─── Byte strings of any length up to 2^24 - 1 (session validator data, ERC-7739 contents) ─────────────

    /// @dev Word `w` of byte string `id` in a session area: 128-word pages, each keyed by (id, page).
    function bytesSlot(
        address account,
        PermissionId permissionId,
        uint256 generation,
        uint256 tag,
        uint256 id,
        uint256 w
    ) internal pure returns (uint256) {
        return sessionSlot(account, permissionId, generation, tag, bytes32((id << 128) | (w >> 7))) + (w & 127);
    }

    /// @dev Stores `data` as the byte string `uint24 length ‖ data`, 32 bytes a slot.
    function storeBytes(
        address account,
        PermissionId permissionId,
        uint256 generation,
        uint256 tag,
        uint256 id,
        bytes memory data
    ) internal {
        uint256 length = data.length;
        if (length > 0xffffff) revert ISmartSession.ValidatorDataTooLong(length);
        uint256 words = (length + 3 + 31) >> 5;
        uint256 base;
        for (uint256 w; w < words; ++w) {
            if (w & 127 == 0) base = bytesSlot(account, permissionId, generation, tag, id, w);
            uint256 word;
            assembly ("memory-safe") {
                switch w
                case 0 {
                    // Length in the top 3 bytes, then the first 29 data bytes.
                    word := or(shl(232, length), shr(24, mload(add(data, 0x20))))
                }
                default { word := mload(add(data, sub(add(shl(5, w), 0x20), 3))) }
                // Zero the bytes past the end so that the stored string is canonical.
                let end := sub(add(length, 3), shl(5, w))
                if lt(end, 32) { word := and(word, not(shr(shl(3, end), not(0)))) }
            }
            store(base + (w & 127), word);
        }
    }

    /// @dev Reads a byte string stored by storeBytes into memory (one SLOAD for up to 29 bytes).
    function loadBytes(address account, PermissionId permissionId, uint256 generation, uint256 tag, uint256 id)
        internal
        view
        returns (bytes memory data)
    {
        uint256 base = bytesSlot(account, permissionId, generation, tag, id, 0);
        uint256 first = load(base);
        uint256 length = first >> 232;
        uint256 words = (length + 3 + 31) >> 5;
        assembly ("memory-safe") {
            data := mload(0x40)
            // Writing word 0 three bytes before the data lands its length field in the low bytes of data.length.
            mstore(data, 0)
            mstore(add(data, 29), first)
            mstore(0x40, add(data, and(add(add(length, 32), 31), not(31))))
        }
        for (uint256 w = 1; w < words; ++w) {
            if (w & 127 == 0) base = bytesSlot(account, permissionId, generation, tag, id, w);
            uint256 word = load(base + (w & 127));
            assembly ("memory-safe") {
                // The last word may spill up to 29 zero bytes past the allocation: free memory, so harmless.
                mstore(add(data, add(29, shl(5, w))), word)
            }
        }
    }

    /// @dev The session validator data depends only on the permission id (which hashes it), so no generation.
    function storeValidatorData(address account, PermissionId permissionId, bytes memory data) internal {
        storeBytes(account, permissionId, 0, TAG_VALIDATOR_DATA, 0, data);
    }

    function loadValidatorData(address account, PermissionId permissionId) internal view returns (bytes memory) {
        return loadBytes(account, permissionId, 0, TAG_VALIDATOR_DATA, 0);
    }

    // ─── Reads shared by the module and its admin half ────────────────────────────────────────────────────

    /// @notice Policy `index` of the list at `listSlot` whose word 0 is `head`.
    function policyAt(uint256 listSlot, uint256 head, uint256 index) internal view returns (address) {
        return address(uint160(index == 0 ? head : load(listSlot + index)));
    }

    /// @notice The header of an enabled session (and its slot); reverts for any other.
    function enabledHeader(address account, PermissionId permissionId)
        internal
        view
        returns (uint256 slot, uint256 header)
    {
        slot = headerSlot(account, permissionId);
        header = load(slot);
        if (header & HEADER_ENABLED == 0) revert ISmartSession.SessionNotEnabled(permissionId);
    }

    /// @notice The key of an ERC-7739 (app domain, content name) pair.
    function contentKey(bytes32 appDomainSeparator, string memory name) internal pure returns (bytes32) {
        return keccak256(abi.encode(appDomainSeparator, keccak256(bytes(name))));
    }

    /// @notice The slot recording that the content `key` may be signed: its entry index + 1, or 0.
    function contentSlot(address account, PermissionId permissionId, uint256 generation, bytes32 key)
        internal
        pure
        returns (uint256)
    {
        return sessionSlot(account, permissionId, generation, TAG_ERC7739_ALLOWED, key);
    }

    function contentCountSlot(address account, PermissionId permissionId, uint256 generation)
        internal
        pure
        returns (uint256)
    {
        return sessionSlot(account, permissionId, generation, TAG_ERC7739_ENTRIES, bytes32(type(uint256).max));
    }

    /// @notice The ERC-7739 contents of a session, grouped one context per entry.
    function contents(address account, PermissionId permissionId, uint256 generation)
        internal
        view
        returns (ERC7739Context[] memory result)
    {
        uint256 count = load(contentCountSlot(account, permissionId, generation));
        result = new ERC7739Context[](count);
        for (uint256 i; i < count; ++i) {
            (bytes32 domain, string memory name) =
                splitEntry(loadBytes(account, permissionId, generation, TAG_ERC7739_ENTRIES, i));
            string[] memory names = new string[](1);
            names[0] = name;
            result[i] = ERC7739Context(domain, names);
        }
    }

    function splitEntry(bytes memory entry) internal pure returns (bytes32 domain, string memory name) {
        uint256 nameLength = entry.length - 32;
        assembly ("memory-safe") {
            domain := mload(add(entry, 0x20))
        }
        name = new string(nameLength);
        for (uint256 i; i < nameLength; ++i) {
            bytes(name)[i] = entry[32 + i];
        }
    }
}
