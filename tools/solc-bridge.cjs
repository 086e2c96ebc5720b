#!/usr/bin/env node
// A `solc` executable for forge, backed by the npm `solc` (soljson) compiler.
// forge calls `--version` and `--standard-json` with include paths; nothing else is supported.
const fs = require('node:fs')
const path = require('node:path')
const solc = require('solc')

const args = process.argv.slice(2)

if (args.length === 1 && args[0] === '--version') {
  const version = solc.version().replace('.Emscripten.clang', '.Linux.g++')
  process.stdout.write(`solc, the solidity compiler commandline interface\nVersion: ${version}\n`)
  process.exit(0)
}

const roots = []
let standardJson = false
for (let i = 0; i < args.length; i++) {
  const arg = args[i]
  if (arg === '--standard-json') standardJson = true
  else if (arg === '--base-path' || arg === '--include-path') roots.push(args[++i])
  else if (arg === '--allow-paths') i++
  else {
    process.stderr.write(`solc-bridge: unsupported argument ${arg}\n`)
    process.exit(1)
  }
}
if (!standardJson) {
  process.stderr.write('solc-bridge: only --standard-json is supported\n')
  process.exit(1)
}
if (roots.length === 0) roots.push(process.cwd())

function findImport(importPath) {
  const candidates = path.isAbsolute(importPath) ? [importPath] : roots.map((root) => path.resolve(root, importPath))
  for (const candidate of candidates) {
    if (fs.existsSync(candidate)) return { contents: fs.readFileSync(candidate, 'utf8') }
  }
  return { error: `File not found: ${importPath}` }
}

const input = fs.readFileSync(0, 'utf8')
process.stdout.write(solc.compile(input, { import: findImport }))
