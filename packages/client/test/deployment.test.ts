// The default deployment (CREATE2 addresses from the bindings) is where the test stack deployed; a contract
// without code on the chain is a NotDeployedError naming it and the chain; a call that reverts in execution
// throws ExecutionRevertedError with the decoded reason.
import { defaultDeployment } from '@smart-sessions/bindings'
import { encodeFunctionData, parseAbi, zeroAddress } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import {
  ExecutionRevertedError,
  encodeInstallCall,
  getDeployment,
  NotDeployedError,
  sendUserOperationDirect,
  toPermissionId,
  toSession,
  toSessionAccount,
} from '../src/index.js'
import { mockErc20Abi, setupFixture } from './utils/fixture.js'

let f: Awaited<ReturnType<typeof setupFixture>>
beforeAll(async () => {
  f = await setupFixture('fresh')
})

describe('default deployment', () => {
  it('is where the test stack deployed every contract (same manifest, same CREATE2 addresses)', async () => {
    expect(inject('deployment')).toEqual(defaultDeployment)
    expect(await getDeployment(f.publicClient)).toEqual(defaultDeployment)
    const everything = Object.keys(defaultDeployment) as (keyof typeof defaultDeployment)[]
    expect(await getDeployment(f.publicClient, { check: everything })).toEqual(defaultDeployment)
  })

  it('a contract without code: NotDeployedError naming the contract, its address and the chain', async () => {
    const nowhere = privateKeyToAccount(generatePrivateKey()).address
    const attempt = getDeployment(f.publicClient, { deployment: { CallPolicy: nowhere }, check: ['CallPolicy'] })
    await expect(attempt).rejects.toBeInstanceOf(NotDeployedError)
    await expect(attempt).rejects.toMatchObject({ contract: 'CallPolicy', address: nowhere, chainId: 31337 })
    await expect(attempt).rejects.toThrow(`CallPolicy is not deployed on chain 31337 (no code at ${nowhere})`)
    // An override only replaces the entries it names.
    const overridden = await getDeployment(f.publicClient, { deployment: { CallPolicy: nowhere } })
    expect(overridden).toEqual({ ...defaultDeployment, CallPolicy: nowhere })
  })
})

describe('execution reverts', () => {
  it('a call that reverts after validation throws ExecutionRevertedError with the decoded reason', async () => {
    const session = toSession({ owners: { type: 'ecdsa', accounts: [f.sessionKey] } })
    await f.ownerCalls([
      encodeInstallCall({ account: f.account, smartSession: defaultDeployment.SmartSession, sessions: [session] }),
    ])
    const sessionAccount = await toSessionAccount({
      client: f.publicClient,
      address: f.account,
      smartSession: defaultDeployment.SmartSession,
      permissionId: toPermissionId(session),
      signers: [f.sessionKey],
    })
    const tooMuch = {
      to: f.token,
      data: encodeFunctionData({ abi: mockErc20Abi, functionName: 'transfer', args: [zeroAddress, 1n] }),
    }
    const errors = parseAbi(['error ERC20InvalidReceiver(address receiver)'])
    const attempt = sendUserOperationDirect(f.walletClient, { account: sessionAccount, calls: [tooMuch], errors })
    await expect(attempt).rejects.toBeInstanceOf(ExecutionRevertedError)
    await expect(attempt).rejects.toThrow(
      `the calls reverted in execution (the operation was included and paid for): ERC20InvalidReceiver(${zeroAddress})`,
    )
  })
})
