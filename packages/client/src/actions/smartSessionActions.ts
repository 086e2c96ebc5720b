import type { Address, Client, Hex } from 'viem'
import { type Deployment, requireAddress, toDeployment } from '../deployment.js'
import { getSessionPermissions } from '../permissions/getSessionPermissions.js'
import type { Session } from '../types.js'
import { checkSessionCalls } from './checkSessionCalls.js'
import { getEnableChain } from './getEnableChain.js'
import { getPermissionIds } from './getPermissionIds.js'
import { getSessionNonce } from './getSessionNonce.js'
import { getSessionState } from './getSessionState.js'
import { isSessionEnabled } from './isSessionEnabled.js'
import { signSessionEnable } from './signSessionEnable.js'
import { toSessionAccount } from './toSessionAccount.js'

type Without<parameters, keys extends string> = Omit<parameters, keys>
type Parameters1<f> = f extends (client: Client, parameters: infer p) => unknown ? p : never

/**
 * The client's actions bound to a client and a deployment, for `client.extend(smartSessionActions({ deployment }))`:
 * `client.checkSessionCalls({ account, permissionId, calls })`, `client.getSessionState(…)`, … — no client or
 * SmartSession address to pass each time.
 */
export function smartSessionActions(options: { deployment?: Deployment | undefined } = {}) {
  const deployment = toDeployment(options.deployment)
  const smartSession = requireAddress(deployment, 'SmartSession')
  return (client: Client) => ({
    checkSessionCalls: (parameters: Without<Parameters1<typeof checkSessionCalls>, 'deployment'>) =>
      checkSessionCalls(client, { ...parameters, deployment }),
    getSessionState: (parameters: Without<Parameters1<typeof getSessionState>, 'deployment'>) =>
      getSessionState(client, { ...parameters, deployment }),
    getSessionPermissions: (parameters: Without<Parameters1<typeof getSessionPermissions>, 'deployment'>) =>
      getSessionPermissions(client, { ...parameters, deployment }),
    signSessionEnable: (parameters: Without<Parameters1<typeof signSessionEnable>, 'deployment'>) =>
      signSessionEnable(client, { ...parameters, deployment }),
    getEnableChain: (parameters: { account: Address; session: Session }) =>
      getEnableChain(client, { ...parameters, smartSession }),
    isSessionEnabled: (parameters: { account: Address; permissionId: Hex }) =>
      isSessionEnabled(client, { ...parameters, smartSession }),
    getSessionNonce: (parameters: { account: Address; permissionId: Hex }) =>
      getSessionNonce(client, { ...parameters, smartSession }),
    getPermissionIds: (parameters: { account: Address }) => getPermissionIds(client, { ...parameters, smartSession }),
    toSessionAccount: (parameters: Without<Parameters<typeof toSessionAccount>[0], 'client' | 'smartSession'>) =>
      toSessionAccount({ ...parameters, client, smartSession, deployment: parameters.deployment ?? deployment }),
  })
}
