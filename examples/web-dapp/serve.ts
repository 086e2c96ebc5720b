// Starts the local stack (anvil, EntryPoint v0.8, Smart Sessions, an OpenZeppelin account funded with test USDC)
// and serves the dapp on http://localhost (a secure context, so passkeys work). `pnpm dev` here; needs `pnpm build`
// at the repository root first (the contracts' artifacts).
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createTestStack, type TestStack } from '@smart-sessions/client/testing'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { createServer, type ViteDevServer } from 'vite'
import type { DappStack } from './src/stack.js'

const root = dirname(fileURLToPath(import.meta.url))

/** The stack and the dapp's dev server; `close()` stops both. */
export async function startDapp(options: { port?: number | undefined } = {}): Promise<{
  url: string
  stack: TestStack
  close: () => Promise<void>
}> {
  // The owner key lives in the page: a local demo, the account owner's wallet stands in for it.
  const ownerKey = generatePrivateKey()
  const stack = await createTestStack({ owner: privateKeyToAccount(ownerKey) })
  const dappStack: DappStack = {
    rpcUrl: stack.rpcUrl,
    chainId: stack.chain.id,
    deployment: stack.deployment,
    token: stack.token,
    account: stack.account.address,
    ownerValidator: stack.account.ownerValidator,
    ownerKey,
    // anvil key 1 sends the bundles (handleOps); key 0 deployed the stack.
    relayerKey: '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  }
  let server: ViteDevServer
  try {
    server = await createServer({
      root,
      configFile: false,
      logLevel: 'warn',
      resolve: { conditions: ['source'] },
      define: { __DAPP_STACK__: JSON.stringify(dappStack) },
      server: { host: 'localhost', port: options.port ?? 5173, strictPort: false },
    })
    await server.listen()
  } catch (error) {
    await stack.close()
    throw error
  }
  const url = server.resolvedUrls?.local[0] ?? `http://localhost:${options.port ?? 5173}/`
  return {
    url,
    stack,
    close: async () => {
      await server.close()
      await stack.close()
    },
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dapp = await startDapp()
  console.log(`Smart Sessions passkey dapp: ${dapp.url} (anvil at ${dapp.stack.rpcUrl}); Ctrl-C stops both`)
  const stop = () => dapp.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
