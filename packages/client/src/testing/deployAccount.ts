// One funded account of each kind, at a CREATE2 address derived from `salt` (so the same owner and salt give the
// same address on every chain), with the owner's validator (the test kit's SessionKitOwnerValidator: one ECDSA key signing raw hashes)
// installed as the account's first validator — Kernel's root validator.

import { ierc7579AccountAbi } from '@smart-sessions/bindings'
import {
  type Address,
  concat,
  encodeAbiParameters,
  encodeFunctionData,
  type Hex,
  parseAbi,
  parseEther,
  toHex,
  zeroAddress,
} from 'viem'
import {
  entryPoint07Abi,
  entryPoint07Address,
  getUserOperationHash,
  toPackedUserOperation,
  type UserOperation,
} from 'viem/account-abstraction'
import type { LocalAccount } from 'viem/accounts'
import { readContract, simulateContract, waitForTransactionReceipt, writeContract } from 'viem/actions'
import type { AccountKind, EntryPointVersion } from '../accounts/types.js'
import { MODULE_TYPE_VALIDATOR } from '../constants.js'
import { deployCreate2, type WriteClient } from './deployCreate2.js'
import type { TestBytecode } from './fetchTestBytecode.js'
import { requireTestBytecode } from './readArtifact.js'

const safeAbi = parseAbi([
  'struct ModuleInit { address module; bytes initData; }',
  'struct InitData { address singleton; address[] owners; uint256 threshold; address setupTo; bytes setupData; address safe7579; ModuleInit[] validators; bytes callData; }',
  'function hash(InitData data) pure returns (bytes32)',
  'function setupSafe(InitData initData)',
  'function preValidationSetup(bytes32 initHash, address to, bytes preInit)',
  'function initSafe7579(address safe7579, ModuleInit[] executors, ModuleInit[] fallbacks, ModuleInit[] hooks, address[] attesters, uint8 threshold)',
  'function createProxyWithNonce(address singleton, bytes initializer, uint256 saltNonce) returns (address proxy)',
])
const factoryAbi = parseAbi(['function createAccount(bytes data, bytes32 salt) payable returns (address)'])
const nexusBootstrapAbi = parseAbi([
  'function initNexusWithSingleValidator(address validator, bytes data, address registry, address[] attesters, uint8 threshold)',
])
const kernelAbi = parseAbi([
  'function initialize(bytes21 rootValidator, address hook, bytes validatorData, bytes hookData, bytes[] initConfig)',
])
/** The factory owner Nexus's factory wants (staking only; unused here): a fixed address keeps its address fixed. */
const NEXUS_FACTORY_OWNER: Address = '0x000000000000000000000000000000000000dEaD'

export type DeployAccountParameters = {
  kind: AccountKind
  entryPoint: { address: Address; version: EntryPointVersion }
  bytecode: TestBytecode
  artifactsDir: string
  ownerValidator: Address
  owner: LocalAccount
  salt: Hex
}

function code(bytecode: TestBytecode, name: string): Hex {
  const found = bytecode[name]
  if (!found) throw new Error(`${name} missing from the fetched bytecode`)
  return found
}

const encodeAddress = (address: Address) => encodeAbiParameters([{ type: 'address' }], [address])

/** CREATE2-deploys the fetched contract `name` with its constructor's address arguments. */
function deployFetched(
  client: WriteClient,
  bytecode: TestBytecode,
  name: string,
  ...args: Address[]
): Promise<Address> {
  const constructorArgs = encodeAbiParameters(
    args.map(() => ({ type: 'address' })),
    args,
  )
  return deployCreate2(client, concat([code(bytecode, name), constructorArgs]))
}

/** `factory.createAccount(data, salt)`: simulated for the address, then sent. */
async function create(client: WriteClient, factory: Address, data: Hex, salt: Hex): Promise<Address> {
  const { result, request } = await simulateContract(client, {
    account: client.account,
    chain: client.chain,
    address: factory,
    abi: factoryAbi,
    functionName: 'createAccount',
    args: [data, salt],
  })
  await waitForTransactionReceipt(client, { hash: await writeContract(client, request), pollingInterval: 50 })
  return result
}

async function deployOz(client: WriteClient, p: DeployAccountParameters): Promise<Address> {
  const bytecode = requireTestBytecode(
    p.artifactsDir,
    p.entryPoint.version === '0.7' ? 'TestAccountV07' : 'TestAccount',
  )
  const args = encodeAbiParameters(
    [{ type: 'address' }, { type: 'bytes' }],
    [p.ownerValidator, encodeAddress(p.owner.address)],
  )
  return deployCreate2(client, concat([bytecode, args]), p.salt)
}

async function deployNexus(client: WriteClient, p: DeployAccountParameters): Promise<Address> {
  const implementation = await deployFetched(client, p.bytecode, 'NEXUS_BYTECODE', p.entryPoint.address)
  const factory = await deployFetched(
    client,
    p.bytecode,
    'NEXUS_ACCOUNT_FACTORY_BYTECODE',
    implementation,
    NEXUS_FACTORY_OWNER,
  )
  const bootstrap = await deployFetched(client, p.bytecode, 'NEXUS_BOOTSTRAP_BYTECODE')
  const initData = encodeAbiParameters(
    [{ type: 'address' }, { type: 'bytes' }],
    [
      bootstrap,
      encodeFunctionData({
        abi: nexusBootstrapAbi,
        functionName: 'initNexusWithSingleValidator',
        args: [p.ownerValidator, encodeAddress(p.owner.address), zeroAddress, [], 0],
      }),
    ],
  )
  return create(client, factory, initData, p.salt)
}

async function deployKernel(client: WriteClient, p: DeployAccountParameters): Promise<Address> {
  const implementation = await deployFetched(client, p.bytecode, 'KERNEL_BYTECODE', p.entryPoint.address)
  const factory = await deployFetched(client, p.bytecode, 'KERNEL_FACTORY_BYTECODE', implementation)
  const initialize = encodeFunctionData({
    abi: kernelAbi,
    functionName: 'initialize',
    // Root validator `0x01 ‖ owner validator`, no hook.
    args: [concat(['0x01', p.ownerValidator]), zeroAddress, encodeAddress(p.owner.address), '0x', []],
  })
  return create(client, factory, initialize, p.salt)
}

/**
 * Safe 1.4.1 with Safe7579 v1.0.0, made the way its launchpad intends: a proxy of the launchpad holding the hash of
 * the setup, then a first user operation (validated by the owner's validator, which the launchpad installs) whose
 * `setupSafe` turns the proxy into the Safe with Safe7579 as module and fallback handler.
 */
async function deploySafe7579(client: WriteClient, p: DeployAccountParameters): Promise<Address> {
  if (p.entryPoint.version !== '0.7') throw new Error('Safe7579 v1.0.0 works with EntryPoint v0.7 only')
  const safe7579 = await deployFetched(client, p.bytecode, 'SAFE7579_BYTECODE')
  // The launchpad's registry (ERC-7484) is optional: none.
  const launchpad = await deployFetched(
    client,
    p.bytecode,
    'SAFE7579_LAUNCHPAD_BYTECODE',
    entryPoint07Address,
    zeroAddress,
  )
  const singleton = await deployFetched(client, p.bytecode, 'SAFE_SINGLETON_BYTECODE')
  const proxyFactory = await deployFetched(client, p.bytecode, 'SAFE_PROXY_FACTORY_BYTECODE')
  const initData = {
    singleton,
    owners: [p.owner.address],
    threshold: 1n,
    setupTo: launchpad,
    setupData: encodeFunctionData({
      abi: safeAbi,
      functionName: 'initSafe7579',
      args: [safe7579, [], [], [], [], 0],
    }),
    safe7579,
    validators: [{ module: p.ownerValidator, initData: encodeAddress(p.owner.address) }],
    // The launchpad ends the setup with one call of the adapter as the Safe; empty data would reach the adapter's
    // fallback (it appends the Safe's address), so ask it something harmless.
    callData: encodeFunctionData({
      abi: ierc7579AccountAbi,
      functionName: 'isModuleInstalled',
      args: [MODULE_TYPE_VALIDATOR, p.ownerValidator, '0x'],
    }),
  } as const
  const initHash = await readContract(client, {
    address: launchpad,
    abi: safeAbi,
    functionName: 'hash',
    args: [initData],
  })
  const { result: proxy, request } = await simulateContract(client, {
    account: client.account,
    chain: client.chain,
    address: proxyFactory,
    abi: safeAbi,
    functionName: 'createProxyWithNonce',
    args: [
      launchpad,
      encodeFunctionData({ abi: safeAbi, functionName: 'preValidationSetup', args: [initHash, zeroAddress, '0x'] }),
      BigInt(p.salt),
    ],
  })
  await waitForTransactionReceipt(client, { hash: await writeContract(client, request), pollingInterval: 50 })
  const key = BigInt(p.ownerValidator) << 32n
  const userOperation: UserOperation<'0.7'> = {
    sender: proxy,
    nonce: await readContract(client, {
      address: entryPoint07Address,
      abi: entryPoint07Abi,
      functionName: 'getNonce',
      args: [proxy, key],
    }),
    callData: encodeFunctionData({ abi: safeAbi, functionName: 'setupSafe', args: [initData] }),
    callGasLimit: 2_000_000n,
    verificationGasLimit: 2_000_000n,
    preVerificationGas: 100_000n,
    // No fee: the EntryPoint asks no prefund of the not-yet-set-up Safe.
    maxFeePerGas: 0n,
    maxPriorityFeePerGas: 0n,
    signature: '0x',
  }
  const hash = getUserOperationHash({
    chainId: client.chain?.id ?? 31337,
    entryPointAddress: entryPoint07Address,
    entryPointVersion: '0.7',
    userOperation,
  })
  if (!p.owner.sign) throw new Error('the owner must be a local account that signs raw hashes')
  userOperation.signature = await p.owner.sign({ hash })
  const { request: handleOps } = await simulateContract(client, {
    account: client.account,
    chain: client.chain,
    address: entryPoint07Address,
    abi: entryPoint07Abi,
    functionName: 'handleOps',
    args: [[toPackedUserOperation(userOperation)], client.account.address],
  })
  await waitForTransactionReceipt(client, { hash: await writeContract(client, handleOps), pollingInterval: 50 })
  const ready = await readContract(client, {
    address: proxy,
    abi: ierc7579AccountAbi,
    functionName: 'isModuleInstalled',
    args: [MODULE_TYPE_VALIDATOR, p.ownerValidator, '0x'],
  }).catch(() => false)
  if (!ready) throw new Error(`Safe7579 setup of ${proxy} failed`)
  return proxy
}

const deployers: Record<AccountKind, (client: WriteClient, p: DeployAccountParameters) => Promise<Address>> = {
  oz: deployOz,
  safe7579: deploySafe7579,
  kernel: deployKernel,
  nexus: deployNexus,
}

/** Deploys (and funds with `ether`, default 10) an account of `kind` owned by `owner`; returns its address. */
export async function deployAccount(
  client: WriteClient,
  parameters: DeployAccountParameters & { ether?: bigint | undefined },
): Promise<Address> {
  const address = await deployers[parameters.kind](client, parameters)
  await client.request({
    method: 'anvil_setBalance' as never,
    params: [address, toHex(parameters.ether ?? parseEther('10'))] as never,
  })
  return address
}
