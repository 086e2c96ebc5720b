// Public entry point: generated ABIs (one `<name>Abi` per contract, `smartSessionsErrorsAbi`), the deployable
// contracts and their CREATE2 addresses (`defaultDeployment`, the same on every EVM chain).
export * from './addresses.js'
export * from './generated.js'
