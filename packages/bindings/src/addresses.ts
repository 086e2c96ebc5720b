// Deployment addresses per chain id. Filled in by the deployment tooling; nothing hand-written.

/** A checksummed 20-byte address. */
export type Address = `0x${string}`

/** The deployable contracts, by their fixed names (see the spec's "Names" table). */
export type ContractName =
  | 'SmartSession'
  | 'ECDSASessionValidator'
  | 'MultisigSessionValidator'
  | 'SudoPolicy'
  | 'CallPolicy'
  | 'SpendingLimitPolicy'
  | 'TimeFramePolicy'
  | 'UsageLimitPolicy'
  | 'ValueLimitPolicy'

/** Where each contract lives on one chain (a contract not deployed there is absent). */
export type Deployment = Readonly<Partial<Record<ContractName, Address>>>

/** Known deployments, keyed by chain id. */
export const deployments: Readonly<Record<number, Deployment>> = {}
