#!/usr/bin/env node
// `pnpm deploy:contracts`: runs script/Deploy.s.sol against RPC_URL with PRIVATE_KEY from the environment
// (never a key in the repository), then regenerates the bindings so the new deployments/<chainId>.json is
// in @smart-sessions/bindings.
import { spawnSync } from 'node:child_process'
import { foundryBinary, repoRoot } from './foundry-bin.mjs'

const rpcUrl = process.env.RPC_URL
if (!rpcUrl || !process.env.PRIVATE_KEY) {
  console.error('usage: RPC_URL=https://… PRIVATE_KEY=0x… pnpm deploy:contracts [extra forge script args]')
  process.exit(2)
}
/** @param {string} command @param {string[]} args */
const run = (command, args) => spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' }).status ?? 1
const forgeArgs = ['script', 'script/Deploy.s.sol:Deploy', '--rpc-url', rpcUrl, '--broadcast', ...process.argv.slice(2)]
const status = run(foundryBinary('forge'), forgeArgs)
if (status !== 0) process.exit(status)
process.exit(run('pnpm', ['-s', 'bindings']))
