#!/usr/bin/env node
// Regenerates packages/bindings/src from a fresh forge build and fails if the committed files differ.
import { spawnSync } from 'node:child_process'
import { repoRoot } from './foundry-bin.mjs'

const dir = 'packages/bindings/src'
/** @param {string} command @param {string[]} args */
const run = (command, args) => spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' }).status ?? 1

if (run('pnpm', ['bindings']) !== 0) process.exit(1)
const changed = run('git', ['diff', '--exit-code', '--', dir])
const untracked = spawnSync('git', ['ls-files', '--others', '--exclude-standard', '--', dir], {
  cwd: repoRoot,
  encoding: 'utf8',
}).stdout.trim()
if (changed !== 0 || untracked) {
  if (untracked) console.error(`untracked generated files:\n${untracked}`)
  console.error(`${dir} is out of date: run \`pnpm bindings\` and commit the result`)
  process.exit(1)
}
console.log(`${dir} is up to date`)
