import type { Address } from 'viem'
import { decodeAbiParameters, getAddress, type Hex, size } from 'viem'

/**
 * The owners (keys) in a session validator's init data, when its format is one the client builds: 20 bytes =
 * one ECDSA key; `abi.encode(uint256 threshold, address[] owners)` = a multisig. Undefined for other validators.
 */
export function toSessionOwners(
  sessionValidatorInitData: Hex,
): { owners: readonly Address[]; threshold: number } | undefined {
  if (size(sessionValidatorInitData) === 20) return { owners: [getAddress(sessionValidatorInitData)], threshold: 1 }
  try {
    const [threshold, owners] = decodeAbiParameters(
      [{ type: 'uint256' }, { type: 'address[]' }],
      sessionValidatorInitData,
    )
    return { owners, threshold: Number(threshold) }
  } catch {
    return undefined
  }
}
