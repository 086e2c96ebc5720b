// Ids computed locally, exactly as SmartSession does (docs/wire-format.md).
import { type Address, encodeAbiParameters, encodePacked, type Hex, keccak256 } from 'viem'
import type { Session } from '../types.js'

/** `keccak256(abi.encode(sessionValidator, sessionValidatorInitData, salt))`. */
export function toPermissionId(session: Pick<Session, 'sessionValidator' | 'sessionValidatorInitData' | 'salt'>): Hex {
  return keccak256(
    encodeAbiParameters(
      [{ type: 'address' }, { type: 'bytes' }, { type: 'bytes32' }],
      [session.sessionValidator, session.sessionValidatorInitData, session.salt],
    ),
  )
}

/** `keccak256(abi.encodePacked(actionTarget, actionTargetSelector))`. */
export function toActionId(target: Address, selector: Hex): Hex {
  return keccak256(encodePacked(['address', 'bytes4'], [target, selector]))
}

/** The key of one policy instance's state: `keccak256(abi.encodePacked(account, permissionId, scope))`. */
export function toConfigId(account: Address, permissionId: Hex, scope: Hex): Hex {
  return keccak256(encodePacked(['address', 'bytes32', 'bytes32'], [account, permissionId, scope]))
}
