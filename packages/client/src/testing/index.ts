// @smart-sessions/client/testing: a local chain with the EntryPoints, Smart Sessions and a funded account of the
// kind you use, for your tests and demos (needs the dev dependency @foundry-rs/anvil; fetches the accounts'
// bytecode from npm once).
export { anvilKeys } from './anvilKeys.js'
export { createSoftwarePasskey, type SoftwarePasskey } from './createSoftwarePasskey.js'
export {
  createTestStack,
  type TestAccount,
  type TestStack,
  type TestStackOptions,
} from './createTestStack.js'
export { CREATE2_DEPLOYER, DEPLOY_SALT, deployCreate2, toCreate2Address } from './deployCreate2.js'
export { deployEntryPoints } from './deployEntryPoints.js'
export { deploySmartSessions, readDeployableContracts } from './deploySmartSessions.js'
export { defaultCacheDir, fetchTestBytecode, type TestBytecode } from './fetchTestBytecode.js'
export { findArtifactsDir, readArtifact } from './readArtifact.js'
export { type Anvil, anvilBinary, freePort, startAnvil, testStackAnvilArgs } from './startAnvil.js'
export { testTokenAbi } from './testTokenAbi.js'
