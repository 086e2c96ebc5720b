import type { Address } from 'viem'
import type { Deployment } from '../deployment.js'
import { deployCreate2, type WriteClient } from './deployCreate2.js'
import { readArtifact } from './readArtifact.js'

/**
 * The contracts script/Deploy.s.sol deploys, in its order (same salt and init code, so the same addresses). A
 * contract not built is skipped.
 */
export const deployableContracts = [
  'SmartSession',
  'ECDSASessionValidator',
  'MultisigSessionValidator',
  'WebAuthnSessionValidator',
  'SudoPolicy',
  'CallPolicy',
  'SpendingLimitPolicy',
  'TimeFramePolicy',
  'UsageLimitPolicy',
  'ValueLimitPolicy',
  'PeriodicSpendingLimitPolicy',
  'PeriodicValueLimitPolicy',
  'FixedWindowSpendingLimitPolicy',
  'FixedWindowValueLimitPolicy',
  'RateLimitPolicy',
  'StreamingSpendingLimitPolicy',
  'StreamingValueLimitPolicy',
  'CallRulesPolicy',
  'FeeLimitPolicy',
] as const

/** Our contracts at their deterministic CREATE2 addresses (those built; see deployableContracts). */
export async function deploySmartSessions(client: WriteClient, artifactsDir: string): Promise<Deployment> {
  const deployment: Partial<Record<string, Address>> = {}
  for (const name of deployableContracts) {
    const found = readArtifact(artifactsDir, name)
    if (found) deployment[name] = await deployCreate2(client, found.bytecode)
  }
  return deployment as Deployment
}
