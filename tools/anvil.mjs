#!/usr/bin/env node
// Starts the native anvil binary on 127.0.0.1 (free port), waits until it answers, stops it by PID.
// Usage from code: `const { rpcUrl, stop } = await startAnvil()`; from a shell: `node tools/anvil.mjs [port]`.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { foundryBinary, repoRoot } from './foundry-bin.mjs'

const host = '127.0.0.1'

/** @returns {Promise<number>} a port that was free on 127.0.0.1 a moment ago */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, host, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))))
    })
  })
}

/**
 * @param {string} rpcUrl
 * @returns {Promise<number | undefined>} the chain id, or undefined while the node does not answer
 */
async function chainId(rpcUrl) {
  try {
    const response = await fetch(rpcUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
      signal: AbortSignal.timeout(1000),
    })
    const body = /** @type {{ result?: string }} */ (await response.json())
    return body.result ? Number(body.result) : undefined
  } catch {
    return undefined
  }
}

/**
 * @typedef {object} Anvil
 * @property {string} rpcUrl   e.g. http://127.0.0.1:PORT
 * @property {number} port
 * @property {number} pid      the anvil process itself (not a wrapper)
 * @property {() => Promise<void>} stop  SIGTERM to the PID, resolves once it has exited
 */

/**
 * @param {{ port?: number, args?: string[], timeoutMs?: number }} [options]
 *   args: extra anvil arguments (e.g. ['--chain-id', '1']); timeoutMs: how long to wait for eth_chainId
 * @returns {Promise<Anvil>}
 */
export async function startAnvil(options = {}) {
  const port = options.port ?? (await freePort())
  const timeoutMs = options.timeoutMs ?? 15_000
  const rpcUrl = `http://${host}:${port}`
  const child = spawn(foundryBinary('anvil'), ['--host', host, '--port', String(port), ...(options.args ?? [])], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  /** @type {string[]} */
  const stderr = []
  child.stderr?.on('data', (chunk) => stderr.push(String(chunk)))
  /** @type {Promise<void>} */
  const exited = new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
  /** @type {Error | undefined} */
  let spawnError
  child.once('error', (error) => {
    spawnError = error
  })

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    await exited
  }

  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (spawnError) throw new Error(`anvil failed to start: ${spawnError.message}`)
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`anvil exited (${child.exitCode ?? child.signalCode}) before it was ready: ${stderr.join('')}`)
    }
    if ((await chainId(rpcUrl)) !== undefined) break
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`anvil did not answer eth_chainId on ${rpcUrl} within ${timeoutMs} ms: ${stderr.join('')}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  if (child.pid === undefined) throw new Error('anvil has no pid')
  return { rpcUrl, port, pid: child.pid, stop }
}

// CLI: start, print the RPC URL, stop on SIGINT/SIGTERM.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = process.argv[2] ? Number(process.argv[2]) : undefined
  const anvil = await startAnvil({ port })
  console.log(`anvil ready at ${anvil.rpcUrl} (pid ${anvil.pid})`)
  const shutdown = () => anvil.stop().then(() => process.exit(0))
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}
