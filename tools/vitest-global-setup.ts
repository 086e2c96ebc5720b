// Vitest global setup: one anvil (native binary, 127.0.0.1, free port) for the whole run,
// stopped by its PID when the run ends. Tests read its URL with `inject('rpcUrl')`.
// Before any test file runs, the EntryPoint v0.8 and our contracts are deployed once (CREATE2, from
// anvil key 0): `inject('deployment')` gives their addresses. Test files send from their own anvil key.
import { createWalletClient, http } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { foundry } from 'viem/chains'
import type { TestProject } from 'vitest/node'
import { startAnvil } from './anvil.mjs'
import { anvilKeys, deployEntryPoint, deploySmartSessions } from './devnet.js'

declare module 'vitest' {
  export interface ProvidedContext {
    rpcUrl: string
    deployment: Record<string, `0x${string}`>
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const anvil = await startAnvil()
  try {
    const client = createWalletClient({
      account: privateKeyToAccount(anvilKeys[0]),
      chain: foundry,
      transport: http(anvil.rpcUrl),
    })
    await deployEntryPoint(client)
    const deployment = await deploySmartSessions(client)
    project.provide('rpcUrl', anvil.rpcUrl)
    project.provide('deployment', deployment as Record<string, `0x${string}`>)
  } catch (error) {
    await anvil.stop()
    throw error
  }
  return () => anvil.stop()
}
