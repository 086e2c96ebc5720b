import { isHex, size } from 'viem'
import { InvalidSessionError } from '../errors.js'
import type { SessionGrant } from './serializeSession.js'

/** Reads back what serializeSession wrote (bigints restored); throws InvalidSessionError on anything else. */
export function deserializeSession(text: string): SessionGrant {
  let grant: SessionGrant
  try {
    grant = JSON.parse(text, (_key, value: unknown) => {
      if (value && typeof value === 'object' && 'bigint' in value && Object.keys(value).length === 1) {
        return BigInt((value as { bigint: string }).bigint)
      }
      return value
    }) as SessionGrant
  } catch (cause) {
    throw new InvalidSessionError(`not a serialized session (${(cause as Error).message})`)
  }
  if (!grant || typeof grant !== 'object') throw new InvalidSessionError('not a serialized session')
  if (!isHex(grant.account) || size(grant.account) !== 20) throw new InvalidSessionError('account is not an address')
  if (!isHex(grant.permissionId) || size(grant.permissionId) !== 32) {
    throw new InvalidSessionError('permissionId is not 32 bytes')
  }
  return grant
}
