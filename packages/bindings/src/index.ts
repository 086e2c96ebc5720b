// Public entry point: generated ABIs (one `<name>Abi` per contract) and known deployments.
export * from './addresses.js'
export * from './generated.js'
