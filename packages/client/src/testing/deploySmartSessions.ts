import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Address } from 'viem'
import type { Deployment } from '../deployment.js'
import { deployCreate2, type WriteClient } from './deployCreate2.js'
import { bundledArtifacts, findArtifactsDir, requireBytecode } from './readArtifact.js'

/**
 * The contracts script/Deploy.s.sol deploys, in its order: the repository's deployments/contracts.json (beside
 * the `out/` of `artifactsDir`; outside the repository, the list the package was built with), the list the
 * bindings' `defaultDeployment` is generated from too. Same deployer, salt and init code, so the same addresses
 * (the deploy test pins all three equal).
 */
export function readDeployableContracts(artifactsDir: string = findArtifactsDir()): readonly string[] {
  const manifest = join(artifactsDir, '..', 'deployments', 'contracts.json')
  if (existsSync(manifest)) {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { contracts: readonly string[] }).contracts
  }
  const bundled = bundledArtifacts()
  if (!bundled) throw new Error(`${manifest} missing, and no contracts bundled with the package`)
  return bundled.contracts
}

/** Our contracts at their deterministic CREATE2 addresses (every one of readDeployableContracts). */
export async function deploySmartSessions(client: WriteClient, artifactsDir: string): Promise<Deployment> {
  const deployment: Partial<Record<string, Address>> = {}
  for (const name of readDeployableContracts(artifactsDir)) {
    deployment[name] = await deployCreate2(client, requireBytecode(artifactsDir, name))
  }
  return deployment as Deployment
}
