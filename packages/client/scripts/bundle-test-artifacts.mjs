#!/usr/bin/env node
// After `tsc` (the package's build): writes dist/testing/artifacts.json, the creation code of every contract the
// local test stack deploys — ours, in the manifest's order, and the stack's test contracts — read from the
// repository's Forge output, so that @smart-sessions/client/testing works when installed from npm. Needs
// `forge build` first (tools/forge.mjs build).
import { writeFileSync } from 'node:fs'
import { readDeployableContracts } from '../dist/testing/deploySmartSessions.js'
import { findArtifactsDir, requireBytecode, stackTestContracts } from '../dist/testing/readArtifact.js'

const artifactsDir = findArtifactsDir()
const contracts = readDeployableContracts(artifactsDir)
const bytecode = Object.fromEntries([
  ...contracts.map((name) => [name, requireBytecode(artifactsDir, name)]),
  ...Object.entries(stackTestContracts).map(([name, file]) => [name, requireBytecode(artifactsDir, name, file)]),
])
const target = new URL('../dist/testing/artifacts.json', import.meta.url)
writeFileSync(target, JSON.stringify({ contracts, bytecode }))
console.log(`bundle-test-artifacts: ${Object.keys(bytecode).length} contracts into dist/testing/artifacts.json`)
