// Where the contracts are: the CREATE2 addresses of the bindings (the same on every EVM chain), overridden
// entry by entry by addresses the caller passes.
import { type ContractName, type Deployment, defaultDeployment } from '@smart-sessions/bindings'
import type { Address } from 'viem'
import { MissingDeploymentError } from './errors.js'

export type { ContractName, Deployment }
export { defaultDeployment }

/** `defaultDeployment` overridden entry by entry by `override` (e.g. a contract at another address). */
export function toDeployment(override?: Deployment | undefined): Deployment {
  return { ...defaultDeployment, ...override }
}

/** The address of `name` in `deployment`, or a MissingDeploymentError naming what is missing. */
export function requireAddress(deployment: Deployment, name: ContractName): Address {
  const address = deployment[name]
  if (!address) throw new MissingDeploymentError(name)
  return address
}
