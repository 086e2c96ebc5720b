// Vitest global setup: one anvil (native binary, 127.0.0.1, free port) for the whole run,
// stopped by its PID when the run ends. Tests read its URL with `inject('rpcUrl')`.
import type { TestProject } from 'vitest/node'
import { startAnvil } from './anvil.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    rpcUrl: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const anvil = await startAnvil()
  project.provide('rpcUrl', anvil.rpcUrl)
  return () => anvil.stop()
}
