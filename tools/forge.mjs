#!/usr/bin/env node
// Runs the native forge from the repository root and exits with its status.
import { spawnSync } from 'node:child_process'
import { foundryBinary, repoRoot } from './foundry-bin.mjs'

const result = spawnSync(foundryBinary('forge'), process.argv.slice(2), { cwd: repoRoot, stdio: 'inherit' })
if (result.error) {
  console.error(result.error.message)
  process.exit(1)
}
process.exit(result.status ?? 1)
