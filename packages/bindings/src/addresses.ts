// The deployable contracts and their addresses: generated from deployments/contracts.json and the built
// artifacts (`pnpm bindings`); nothing hand-written here but the types.
import type { contractNames } from './generated.js'

/** A checksummed 20-byte address. */
export type Address = `0x${string}`

/** The deployable contracts, by their fixed names (deployments/contracts.json). */
export type ContractName = (typeof contractNames)[number]

/** Where each contract lives on one chain (a contract absent from a partial deployment is not used). */
export type Deployment = Readonly<Partial<Record<ContractName, Address>>>
