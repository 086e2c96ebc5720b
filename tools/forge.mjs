#!/usr/bin/env node
// Runs the native forge and exits with its status. It runs from the repository root (so relative paths in
// `foundry.toml` resolve), or with `--root <dir>` (relative to the repository root) from that project's
// directory, e.g. `node tools/forge.mjs test --root examples/forge-consumer`.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { foundryBinary, repoRoot } from './foundry-bin.mjs'

const args = process.argv.slice(2)
const rootFlag = args.indexOf('--root')
const root = rootFlag === -1 ? undefined : args[rootFlag + 1]
let cwd = repoRoot
if (root !== undefined) {
  cwd = resolve(repoRoot, root)
  args[rootFlag + 1] = cwd
}
const result = spawnSync(foundryBinary('forge'), args, { cwd, stdio: 'inherit' })
if (result.error) {
  console.error(result.error.message)
  process.exit(1)
}
process.exit(result.status ?? 1)
