// The native anvil binary (npm `@foundry-rs/anvil`'s platform package, so the PID we stop is anvil itself) on
// 127.0.0.1 at a free port; resolves once it answers `eth_chainId`, stops by PID.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'

const host = '127.0.0.1'

/** A port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
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

/** The anvil binary of `@foundry-rs/anvil` (resolved from the working directory, then from this package). */
export function anvilBinary(): string {
  const arch = ({ x64: 'amd64', arm64: 'arm64' } as Record<string, string | undefined>)[process.arch]
  if (!arch) throw new Error(`anvil: unsupported architecture ${process.arch}`)
  const platformPackage = `@foundry-rs/anvil-${process.platform}-${arch}/package.json`
  for (const from of [join(process.cwd(), 'package.json'), import.meta.url]) {
    try {
      const wrapper = createRequire(from).resolve('@foundry-rs/anvil/package.json')
      const packageJson = createRequire(wrapper).resolve(platformPackage)
      return join(dirname(packageJson), 'bin', process.platform === 'win32' ? 'anvil.exe' : 'anvil')
    } catch {
      // try the next root
    }
  }
  throw new Error('anvil not found: install the dev dependency @foundry-rs/anvil')
}

async function chainIdOf(rpcUrl: string): Promise<number | undefined> {
  try {
    const response = await fetch(rpcUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
      signal: AbortSignal.timeout(1000),
    })
    const body = (await response.json()) as { result?: string }
    return body.result ? Number(body.result) : undefined
  } catch {
    return undefined
  }
}

export type Anvil = {
  /** e.g. http://127.0.0.1:PORT */
  rpcUrl: string
  port: number
  /** The anvil process itself (not a wrapper). */
  pid: number
  /** SIGTERM to the PID; resolves once it has exited. */
  stop: () => Promise<void>
}

/** Starts anvil; `args` are extra anvil arguments (e.g. `['--chain-id', '10']`). */
export async function startAnvil(
  options: { port?: number | undefined; args?: readonly string[] | undefined; timeoutMs?: number | undefined } = {},
): Promise<Anvil> {
  const port = options.port ?? (await freePort())
  const timeoutMs = options.timeoutMs ?? 15_000
  const rpcUrl = `http://${host}:${port}`
  const child = spawn(anvilBinary(), ['--host', host, '--port', String(port), ...(options.args ?? [])], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const stderr: string[] = []
  child.stderr?.on('data', (chunk) => stderr.push(String(chunk)))
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
  let spawnError: Error | undefined
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
    if ((await chainIdOf(rpcUrl)) !== undefined) break
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`anvil did not answer eth_chainId on ${rpcUrl} within ${timeoutMs} ms: ${stderr.join('')}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  if (child.pid === undefined) throw new Error('anvil has no pid')
  return { rpcUrl, port, pid: child.pid, stop }
}

/**
 * The anvil arguments the stack needs: no contract size limit (modulekit's Kernel build is over 24,576 bytes; the
 * real deployments are not), and the chain id.
 */
export function testStackAnvilArgs(chainId?: number | undefined): string[] {
  return ['--disable-code-size-limit', ...(chainId ? ['--chain-id', String(chainId)] : [])]
}
