import {
  type Account,
  type Address,
  type Chain,
  type Client,
  concat,
  getContractAddress,
  type Hex,
  keccak256,
  type Transport,
} from 'viem'
import { getCode, sendTransaction, waitForTransactionReceipt } from 'viem/actions'

export type WriteClient = Client<Transport, Chain | undefined, Account>

/** The deterministic CREATE2 deployer present on anvil (and most chains). */
export const CREATE2_DEPLOYER: Address = '0x4e59b44847b379578588920cA78FbF26c0B4956C'
/** The salt of every contract of ours (script/Deploy.s.sol SALT). */
export const DEPLOY_SALT: Hex = `0x${'00'.repeat(32)}`

/** The address `initCode` lands at through the CREATE2 deployer with `salt`. */
export function toCreate2Address(initCode: Hex, salt: Hex = DEPLOY_SALT): Address {
  return getContractAddress({ opcode: 'CREATE2', from: CREATE2_DEPLOYER, salt, bytecodeHash: keccak256(initCode) })
}

/** Deploys `initCode` through the CREATE2 deployer unless its address has code already; returns the address. */
export async function deployCreate2(client: WriteClient, initCode: Hex, salt: Hex = DEPLOY_SALT): Promise<Address> {
  const address = toCreate2Address(initCode, salt)
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
