// The typed data a session key signs to revoke its own session (SmartSession.selfRevoke): EIP-712
// `SelfRevoke(address account,bytes32 permissionId,uint256 nonce)` in the domain {name: "SmartSession",
// version: "1", chainId, verifyingContract: SmartSession}; `nonce` is the session's current enable nonce.
import { type Address, type Hex, size } from 'viem'
import { InvalidSessionError } from '../errors.js'

export const selfRevokeTypes = {
  SelfRevoke: [
    { name: 'account', type: 'address' },
    { name: 'permissionId', type: 'bytes32' },
    { name: 'nonce', type: 'uint256' },
  ],
} as const

/** The EIP-712 typed data (viem `signTypedData` / `hashTypedData`) revoking session `permissionId` of `account`. */
export function toSelfRevokeTypedData(parameters: {
  smartSession: Address
  chainId: number
  account: Address
  permissionId: Hex
  nonce: bigint
}) {
  if (size(parameters.permissionId) !== 32) throw new InvalidSessionError('permissionId must be 32 bytes')
  return {
    domain: {
      name: 'SmartSession',
      version: '1',
      chainId: parameters.chainId,
      verifyingContract: parameters.smartSession,
    },
    types: selfRevokeTypes,
    primaryType: 'SelfRevoke' as const,
    message: { account: parameters.account, permissionId: parameters.permissionId, nonce: parameters.nonce },
  }
}
