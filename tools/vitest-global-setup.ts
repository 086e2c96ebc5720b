// Vitest global setup: one anvil (native binary, 127.0.0.1, free port) for the test files that share it, stopped by
// its PID when the run ends; tests read its URL with `inject('rpcUrl')`. Before any test file runs, the third-party
// bytecode is fetched (cached), and the EntryPoints and our contracts are deployed once (CREATE2, from anvil key 0):
// `inject('deployment')` gives their addresses. Test files build their stack on it from their own anvil key.
import { createWalletClient, http } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { foundry } from 'viem/chains'
import type { TestProject } from 'vitest/node'
// The stack's building blocks by file: the global setup runs outside vitest's module resolution, where the
// workspace packages the client's entry imports do not resolve to their sources.
import { anvilKeys } from '../packages/client/src/testing/anvilKeys.js'
import { deployEntryPoints } from '../packages/client/src/testing/deployEntryPoints.js'
import { deploySmartSessions } from '../packages/client/src/testing/deploySmartSessions.js'
import { fetchTestBytecode } from '../packages/client/src/testing/fetchTestBytecode.js'
import { findArtifactsDir } from '../packages/client/src/testing/readArtifact.js'
import { startAnvil, testStackAnvilArgs } from '../packages/client/src/testing/startAnvil.js'

declare module 'vitest' {
  export interface ProvidedContext {
    rpcUrl: string
    deployment: Record<string, `0x${string}`>
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const bytecode = fetchTestBytecode()
  const anvil = await startAnvil({ args: testStackAnvilArgs() })
  try {
    const client = createWalletClient({
      account: privateKeyToAccount(anvilKeys[0]),
      chain: foundry,
      transport: http(anvil.rpcUrl),
    })
    await deployEntryPoints(client, bytecode)
    const deployment = await deploySmartSessions(client, findArtifactsDir())
    project.provide('rpcUrl', anvil.rpcUrl)
    project.provide('deployment', deployment as Record<string, `0x${string}`>)
  } catch (error) {
    await anvil.stop()
    throw error
  }
  return () => anvil.stop()
}
