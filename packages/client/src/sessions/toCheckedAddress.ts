import { type Address, getAddress, isAddress, zeroAddress } from 'viem'
import { InvalidSessionError } from '../errors.js'

/**
 * `value` as a checksummed address, refusing what is no address, a mixed-case address whose checksum is wrong
 * (a typo), and — unless `zero` — the zero address. `what` names the field in the error.
 */
export function toCheckedAddress(value: unknown, what: string, options: { zero?: boolean } = {}): Address {
  if (typeof value !== 'string' || !isAddress(value, { strict: false })) {
    throw new InvalidSessionError(`${what} ${String(value)} is not an address`)
  }
  if (!isAddress(value, { strict: true })) {
    throw new InvalidSessionError(`${what} ${value} has a bad checksum (a typo?): expected ${getAddress(value)}`)
  }
  const address = getAddress(value)
  if (address === zeroAddress && !options.zero) throw new InvalidSessionError(`${what} is the zero address`)
  return address
}
