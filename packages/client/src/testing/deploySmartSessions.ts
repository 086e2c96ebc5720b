import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Address } from 'viem'
import type { Deployment } from '../deployment.js'
import { deployCreate2, type WriteClient } from './deployCreate2.js'
import { findArtifactsDir, requireArtifact } from './readArtifact.js'

/**
 * The contracts script/Deploy.s.sol deploys, in its order: the repository's deployments/contracts.json (beside
 * the `out/` of `artifactsDir`), the list the bindings' `defaultDeployment` is generated from too. Same deployer,
 * salt and init code, so the same addresses (the deploy test pins all three equal).
 */
export function readDeployableContracts(artifactsDir: string = findArtifactsDir()): readonly string[] {
  const manifest = join(artifactsDir, '..', 'deployments', 'contracts.json')
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { contracts: readonly string[] }).contracts
}

/** Our contracts at their deterministic CREATE2 addresses (every one of readDeployableContracts). */
export async function deploySmartSessions(client: WriteClient, artifactsDir: string): Promise<Deployment> {
  const deployment: Partial<Record<string, Address>> = {}
  for (const name of readDeployableContracts(artifactsDir)) {
    deployment[name] = await deployCreate2(client, requireArtifact(artifactsDir, name).bytecode)
  }
  return deployment as Deployment
}
