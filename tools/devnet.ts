// A local stack on anvil for the client tests and the demo: EntryPoint v0.8 at its canonical address, our
// contracts through the CREATE2 deployer (same salt and init code as script/Deploy.s.sol, so the same
// addresses), and the test fixtures (OpenZeppelin ERC-7579 test account, owner validator, an ERC-20).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  type Abi,
  type Account,
  type Address,
  type Chain,
  type Client,
  concat,
  encodeAbiParameters,
  getContractAddress,
  type Hex,
  keccak256,
  type Transport,
} from 'viem'
import { deployContract, getCode, sendTransaction, waitForTransactionReceipt } from 'viem/actions'
import { repoRoot } from './foundry-bin.mjs'

/** anvil's default mnemonic keys (public test keys: never hold value). */
export const anvilKeys = [
  '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
  '0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6',
  '0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a',
  '0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba',
  '0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e',
  '0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356',
  '0xdbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97',
  '0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6',
] as const satisfies readonly Hex[]

export const CREATE2_DEPLOYER: Address = '0x4e59b44847b379578588920cA78FbF26c0B4956C'
export const ENTRY_POINT_V08: Address = '0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108'
const ENTRY_POINT_V08_SALT: Hex = '0x0a59dbff790c23c976a548690c27297883cc66b4c67024f9117b0238995e35e9'
/** The salt of every contract of ours (script/Deploy.s.sol SALT). */
export const DEPLOY_SALT: Hex = '0x0000000000000000000000000000000000000000000000000000000000000000'

/**
 * The contracts script/Deploy.s.sol deploys, in its order. A contract not built yet (its policy still
 * being written) is skipped here; adding one is one line there and here.
 */
export const deployableContracts = [
  'SmartSession',
  'ECDSASessionValidator',
  'MultisigSessionValidator',
  'SudoPolicy',
  'CallPolicy',
  'SpendingLimitPolicy',
  'TimeFramePolicy',
  'UsageLimitPolicy',
  'ValueLimitPolicy',
  'PeriodicSpendingLimitPolicy',
  'PeriodicValueLimitPolicy',
] as const

type WriteClient = Client<Transport, Chain | undefined, Account>

/** The forge artifact of `name` (compiled from `file`, default `<name>.sol`). */
export function artifact(name: string, file = `${name}.sol`): { abi: Abi; bytecode: Hex } | undefined {
  const path = join(repoRoot, 'out', file, `${name}.json`)
  if (!existsSync(path)) return undefined
  const json = JSON.parse(readFileSync(path, 'utf8')) as { abi: Abi; bytecode: { object: Hex } }
  return { abi: json.abi, bytecode: json.bytecode.object }
}

function requireArtifact(name: string): { abi: Abi; bytecode: Hex } {
  const found = artifact(name)
  if (!found) throw new Error(`out/${name}.sol/${name}.json missing: run \`pnpm build\` first`)
  return found
}

/** Deploys `initCode` through the CREATE2 deployer unless its address has code already. */
export async function deployCreate2(client: WriteClient, initCode: Hex, salt: Hex = DEPLOY_SALT): Promise<Address> {
  const address = getContractAddress({
    opcode: 'CREATE2',
    from: CREATE2_DEPLOYER,
    salt,
    bytecodeHash: keccak256(initCode),
  })
  if (await getCode(client, { address })) return address
  const hash = await sendTransaction(client, {
    account: client.account,
    chain: client.chain,
    to: CREATE2_DEPLOYER,
    data: concat([salt, initCode]),
  })
  await waitForTransactionReceipt(client, { hash, pollingInterval: 50 })
  if (!(await getCode(client, { address }))) throw new Error(`CREATE2 deployment to ${address} failed`)
  return address
}

/** The real EntryPoint v0.8 at its canonical address. */
export async function deployEntryPoint(client: WriteClient): Promise<Address> {
  const path = join(repoRoot, 'node_modules/@account-abstraction/contracts/artifacts/EntryPoint.json')
  const { bytecode } = JSON.parse(readFileSync(path, 'utf8')) as { bytecode: Hex }
  const address = await deployCreate2(client, bytecode, ENTRY_POINT_V08_SALT)
  if (address.toLowerCase() !== ENTRY_POINT_V08.toLowerCase()) throw new Error(`EntryPoint landed at ${address}`)
  return address
}

/** Our contracts at their deterministic addresses (those built; see deployableContracts). */
export async function deploySmartSessions(client: WriteClient): Promise<Partial<Record<string, Address>>> {
  const deployment: Partial<Record<string, Address>> = {}
  for (const name of deployableContracts) {
    const found = artifact(name)
    if (!found) continue
    deployment[name] = await deployCreate2(client, found.bytecode)
  }
  return deployment
}

async function deploy(client: WriteClient, name: string, args: readonly unknown[] = []): Promise<Address> {
  const { abi, bytecode } = requireArtifact(name)
  const hash = await deployContract(client, { abi, bytecode, args, account: client.account, chain: client.chain })
  const receipt = await waitForTransactionReceipt(client, { hash, pollingInterval: 50 })
  if (!receipt.contractAddress) throw new Error(`${name} was not deployed`)
  return receipt.contractAddress
}

/** The owner's validator of the test accounts (one ECDSA owner per account, raw-hash signatures). */
export function deployOwnerValidator(client: WriteClient): Promise<Address> {
  return deploy(client, 'OwnerValidator')
}

/** OpenZeppelin's AccountERC7579 (test/utils/TestAccount.sol) with `owner` behind `ownerValidator`. */
export function deployTestAccount(client: WriteClient, ownerValidator: Address, owner: Address): Promise<Address> {
  return deploy(client, 'TestAccount', [ownerValidator, encodeAbiParameters([{ type: 'address' }], [owner])])
}

/** A mintable ERC-20 (test/utils/MockERC20.sol). */
export function deployToken(client: WriteClient, name: string, symbol: string, decimals: number): Promise<Address> {
  return deploy(client, 'MockERC20', [name, symbol, decimals])
}

export const mockErc20Abi = [
  {
    type: 'function',
    name: 'mint',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'to', type: 'address' },
      { name: 'amount', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function',
    name: 'transfer',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'to', type: 'address' },
      { name: 'amount', type: 'uint256' },
    ],
    outputs: [{ type: 'bool' }],
  },
  {
    type: 'function',
    name: 'approve',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'spender', type: 'address' },
      { name: 'amount', type: 'uint256' },
    ],
    outputs: [{ type: 'bool' }],
  },
  {
    type: 'function',
    name: 'balanceOf',
    stateMutability: 'view',
    inputs: [{ name: 'owner', type: 'address' }],
    outputs: [{ type: 'uint256' }],
  },
] as const
