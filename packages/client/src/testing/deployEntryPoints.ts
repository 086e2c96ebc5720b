import type { Address, Hex } from 'viem'
import { entryPoint07Address, entryPoint08Address } from 'viem/account-abstraction'
import type { EntryPointVersion } from '../accounts/types.js'
import { deployCreate2, type WriteClient } from './deployCreate2.js'
import type { TestBytecode } from './fetchTestBytecode.js'

/** The canonical salts: with them the npm artifacts land at the EntryPoints' mainnet addresses. */
const entryPoints = {
  '0.7': {
    bytecode: 'ENTRY_POINT_V07',
    address: entryPoint07Address,
    salt: '0x90d8084deab30c2a37c45e8d47f49f2f7965183cb6990a98943ef94940681de3',
  },
  '0.8': {
    bytecode: 'ENTRY_POINT_V08',
    address: entryPoint08Address,
    salt: '0x0a59dbff790c23c976a548690c27297883cc66b4c67024f9117b0238995e35e9',
  },
} as const satisfies Record<EntryPointVersion, { bytecode: string; address: Address; salt: Hex }>

/** The real EntryPoints v0.7 and v0.8 at their canonical addresses (skipped where already there). */
export async function deployEntryPoints(
  client: WriteClient,
  bytecode: TestBytecode,
): Promise<Record<EntryPointVersion, Address>> {
  const deployed = {} as Record<EntryPointVersion, Address>
  for (const [version, entryPoint] of Object.entries(entryPoints) as [
    EntryPointVersion,
    (typeof entryPoints)['0.7'],
  ][]) {
    const code = bytecode[entryPoint.bytecode]
    if (!code) throw new Error(`${entryPoint.bytecode} missing from the fetched bytecode`)
    const address = await deployCreate2(client, code, entryPoint.salt)
    if (address.toLowerCase() !== entryPoint.address.toLowerCase()) {
      throw new Error(`EntryPoint v${version} landed at ${address}, not ${entryPoint.address}`)
    }
    deployed[version] = address
  }
  return deployed
}
