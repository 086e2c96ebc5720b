import type { Client } from 'viem'
import { getChainId, getCode } from 'viem/actions'
import { type ContractName, type Deployment, requireAddress, toDeployment } from '../deployment.js'
import { NotDeployedError } from '../errors.js'

/**
 * The deployment on `client`'s chain: the default CREATE2 addresses overridden by `deployment`, after one
 * `getCode` per contract of `check` (default: SmartSession) — a NotDeployedError names the contract and
 * chain where the code is missing.
 */
export async function getDeployment(
  client: Client,
  parameters: { deployment?: Deployment | undefined; check?: readonly ContractName[] | undefined } = {},
): Promise<Deployment> {
  const deployment = toDeployment(parameters.deployment)
  const names = parameters.check ?? ['SmartSession']
  const codes = await Promise.all(names.map((name) => getCode(client, { address: requireAddress(deployment, name) })))
  const missing = names.findIndex((_, index) => !codes[index] || codes[index] === '0x')
  if (missing >= 0) {
    const name = names[missing] as ContractName
    const chainId = client.chain?.id ?? (await getChainId(client))
    throw new NotDeployedError(name, requireAddress(deployment, name), chainId)
  }
  return deployment
}
