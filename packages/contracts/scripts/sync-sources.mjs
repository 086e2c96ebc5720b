#!/usr/bin/env node
// Copies the repository's Solidity sources (`../../contracts`, the one copy that is edited) into this
// package's `contracts/` (gitignored), so the package ships them and its test kit can import them
// relatively. Runs on `prepare` (pnpm install), `prepack` (pnpm pack) and before the example's tests.
// Outside the repository (an installed tarball) there is nothing to copy and `contracts/` is kept.
import { cpSync, existsSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const source = join(packageDir, '..', '..', 'contracts')
const target = join(packageDir, 'contracts')

if (existsSync(join(source, 'SmartSession.sol'))) {
  // A fresh copy each time: a file deleted or renamed at the source must not survive here.
  rmSync(target, { recursive: true, force: true })
  cpSync(source, target, { recursive: true, filter: (path) => !path.endsWith('.md') })
} else if (!existsSync(join(target, 'SmartSession.sol'))) {
  console.error(`sync-sources: neither ${source} nor ${target} holds SmartSession.sol`)
  process.exit(1)
}
