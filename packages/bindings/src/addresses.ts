// Deployment addresses per chain id: generated from deployments/<chainId>.json (script/Deploy.s.sol writes
// them, `pnpm bindings` turns them into generated.ts); nothing hand-written here but the types.
import { deploymentsByChainId } from './generated.js'

/** A checksummed 20-byte address. */
export type Address = `0x${string}`

/** The deployable contracts, by their fixed names (see the spec's "Names" table). */
export type ContractName =
  | 'SmartSession'
  | 'ECDSASessionValidator'
  | 'MultisigSessionValidator'
  | 'WebAuthnSessionValidator'
  | 'SudoPolicy'
  | 'CallPolicy'
  | 'SpendingLimitPolicy'
  | 'TimeFramePolicy'
  | 'UsageLimitPolicy'
  | 'ValueLimitPolicy'
  | 'PeriodicSpendingLimitPolicy'
  | 'PeriodicValueLimitPolicy'
  | 'FixedWindowSpendingLimitPolicy'
  | 'FixedWindowValueLimitPolicy'
  | 'RateLimitPolicy'
  | 'StreamingSpendingLimitPolicy'
  | 'StreamingValueLimitPolicy'
  | 'CallRulesPolicy'
  | 'FeeLimitPolicy'

/** Where each contract lives on one chain (a contract not deployed there is absent). */
export type Deployment = Readonly<Partial<Record<ContractName, Address>>>

/** Known deployments, keyed by chain id. */
export const deployments: Readonly<Record<number, Deployment>> = deploymentsByChainId as Readonly<
  Record<number, Deployment>
>
