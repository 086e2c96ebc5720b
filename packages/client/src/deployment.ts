// Where the contracts are: the deployments known to the bindings, or addresses the caller passes.
import { type ContractName, type Deployment, deployments } from '@smart-sessions/bindings'
import type { Address } from 'viem'
import { MissingDeploymentError } from './errors.js'

export type { ContractName, Deployment }

/**
 * The addresses of the Smart Sessions contracts on `chainId`: the bindings' deployment for that chain,
 * overridden entry by entry by `override` (e.g. a local deployment in tests).
 */
export function getDeployment(chainId: number | undefined, override?: Deployment): Deployment {
  const known = chainId === undefined ? undefined : deployments[chainId]
  return { ...known, ...override }
}

/** The address of `name` in `deployment`, or a MissingDeploymentError naming what is missing. */
export function requireAddress(deployment: Deployment, name: ContractName): Address {
  const address = deployment[name]
  if (!address) throw new MissingDeploymentError(name)
  return address
}
