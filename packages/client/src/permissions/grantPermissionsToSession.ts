import type { Address } from 'viem'
import type { Deployment } from '../deployment.js'
import { PermissionRequestError } from '../errors.js'
import { policyContractOf } from '../policies/index.js'
import type { PolicyConfig } from '../policies/types.js'
import { toSession } from '../sessions/toSession.js'
import type { SessionConfig } from '../sessions/types.js'
import type { Session } from '../types.js'
import { toPermissionSessionConfig } from './toPermissionSessionConfig.js'
import type { PermissionPolicyConfig, PermissionRequest, PermissionSessionConfig } from './types.js'

/**
 * Whether this client encodes `policy` exactly: a stream needs its policy's encoder, and a period without
 * carry-over must not land on an accrual (carry-over) contract.
 */
function encodesExactly(policy: PermissionPolicyConfig): boolean {
  if (policy.type === 'raw') return true
  try {
    const contract = policyContractOf(policy as PolicyConfig)
    const period = (policy as { period?: { carryOver?: boolean } }).period
    return !(period?.carryOver === false && contract.startsWith('Periodic'))
  } catch {
    return false
  }
}

/**
 * Maps an ERC-7715 `wallet_requestExecutionPermissions` request onto a session (see toPermissionSessionConfig)
 * and encodes it with `deployment`'s policy addresses. Throws PermissionRequestError for what cannot be mapped
 * exactly, including a permission type whose policy this client cannot encode without widening it.
 */
export function grantPermissionsToSession(
  request: PermissionRequest,
  deployment: Deployment,
  options?: { now?: (() => bigint) | undefined },
): { chainId: number; account: Address | undefined; config: PermissionSessionConfig; session: Session } {
  const now = options?.now ? BigInt(options.now()) : undefined
  const mapped = toPermissionSessionConfig(request, now)
  for (const policy of [...mapped.config.policies, ...mapped.config.actions.flatMap((action) => action.policies)]) {
    if (!encodesExactly(policy)) {
      throw new PermissionRequestError(
        'unsupported',
        'permission.type',
        `${request.permission.type} needs the '${policy.type}' policy without carry-over, which this client cannot encode yet`,
      )
    }
  }
  const session = toSession(mapped.config as unknown as SessionConfig, deployment, options)
  return { ...mapped, session }
}
