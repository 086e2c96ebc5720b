// script/Deploy.s.sol on its own anvil: CREATE2 addresses equal the ones the tests and the demo deploy to and
// the bindings' defaultDeployment, printed and written to deployments/<chainId>.json; a second run skips what is
// there. All three derive from deployments/contracts.json.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { defaultDeployment } from '@smart-sessions/bindings'
import { getAddress } from 'viem'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { foundryBinary, repoRoot } from '../../../tools/foundry-bin.mjs'
import { anvilKeys, readDeployableContracts, startAnvil } from '../src/testing/index.js'

const CHAIN_ID = 4337
let anvil: Awaited<ReturnType<typeof startAnvil>>
const output = join(repoRoot, 'deployments', `${CHAIN_ID}.json`)

function deploy(): { status: number | null; stdout: string } {
  const result = spawnSync(
    foundryBinary('forge'),
    ['script', 'script/Deploy.s.sol:Deploy', '--rpc-url', anvil.rpcUrl, '--broadcast'],
    { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, PRIVATE_KEY: anvilKeys[9] } },
  )
  return { status: result.status, stdout: result.stdout + result.stderr }
}

beforeAll(async () => {
  anvil = await startAnvil({ args: ['--chain-id', String(CHAIN_ID)] })
})
afterAll(async () => {
  rmSync(output, { force: true })
  rmSync(join(repoRoot, 'broadcast', 'Deploy.s.sol', String(CHAIN_ID)), { recursive: true, force: true })
  await anvil?.stop()
})

describe('script/Deploy.s.sol', () => {
  it('deploys every contract at the same CREATE2 address as the test stack, writes the JSON, skips on rerun', () => {
    const first = deploy()
    expect(first.status, first.stdout).toBe(0)
    const written = JSON.parse(readFileSync(output, 'utf8')) as Record<string, string>
    const expected = inject('deployment')
    for (const name of Object.keys(written)) {
      expect(getAddress(written[name] as string), name).toBe(getAddress(expected[name] as string))
      expect(first.stdout).toContain(`${name}: ${getAddress(written[name] as string)}`)
    }
    // Every contract the test stack deploys (@smart-sessions/client/testing), the periodic policies included, and no other.
    expect(Object.keys(written).sort()).toEqual([...readDeployableContracts()].sort())
    // The bindings' defaultDeployment holds the same addresses (generated from the manifest and the artifacts).
    expect(Object.fromEntries(Object.entries(written).map(([name, address]) => [name, getAddress(address)]))).toEqual(
      defaultDeployment,
    )
    const second = deploy()
    expect(second.status, second.stdout).toBe(0)
    expect(second.stdout).toContain('(already deployed)')
    expect(JSON.parse(readFileSync(output, 'utf8'))).toEqual(written)
  }, 120_000)
})
