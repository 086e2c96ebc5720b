// Deploys SmartSession from the forge artifact on anvil and reads it through the generated ABI.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { smartSessionAbi } from '@smart-sessions/bindings'
import { createPublicClient, createWalletClient, type Hex, http } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { foundry } from 'viem/chains'
import { beforeAll, describe, expect, inject, it } from 'vitest'

// anvil's first default account
const deployer = privateKeyToAccount('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80')

const artifactPath = fileURLToPath(new URL('../../../out/SmartSession.sol/SmartSession.json', import.meta.url))

function creationCode(): Hex {
  const artifact = JSON.parse(readFileSync(artifactPath, 'utf8')) as { bytecode: { object: Hex } }
  return artifact.bytecode.object
}

describe('SmartSession', () => {
  const transport = http(inject('rpcUrl'))
  const publicClient = createPublicClient({ chain: foundry, transport })
  const walletClient = createWalletClient({ account: deployer, chain: foundry, transport })
  let address: Hex

  beforeAll(async () => {
    const hash = await walletClient.deployContract({ abi: smartSessionAbi, bytecode: creationCode() })
    const receipt = await publicClient.waitForTransactionReceipt({ hash, pollingInterval: 50 })
    if (!receipt.contractAddress) throw new Error('SmartSession was not deployed')
    address = receipt.contractAddress
  })

  it('is a validator module (type 1)', async () => {
    const isValidator = await publicClient.readContract({
      address,
      abi: smartSessionAbi,
      functionName: 'isModuleType',
      args: [1n],
    })
    expect(isValidator).toBe(true)
  })

  it('is not an executor module (type 2)', async () => {
    const isExecutor = await publicClient.readContract({
      address,
      abi: smartSessionAbi,
      functionName: 'isModuleType',
      args: [2n],
    })
    expect(isExecutor).toBe(false)
  })
})
