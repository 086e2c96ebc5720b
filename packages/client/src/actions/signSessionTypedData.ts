import {
  type Address,
  BaseError,
  type Client,
  ContractFunctionExecutionError,
  type Hex,
  type TypedData,
  type TypedDataDefinition,
} from 'viem'
import { getChainId, getEip712Domain } from 'viem/actions'
import {
  type AccountDomain,
  encodeSessionERC1271Signature,
  hashTypedDataSign,
  type LooseTypedData,
  toFallbackAccountDomain,
} from '../encoding/erc7739.js'
import { type SessionSigner, signSessionHash } from '../encoding/signatures.js'

/**
 * Signs `typedData` for `account` with a session (ERC-7739 TypedDataSign through SmartSession): returns
 * `smartSession ‖ permissionId ‖ erc7739Sig`, which the account's `isValidSignature(hashTypedData(typedData), sig)`
 * accepts while the session is enabled, was granted (app domain, `primaryType`) and its ERC-1271 policies pass.
 * The account's EIP-712 domain is read with ERC-5267 `eip712Domain()`; accounts without it get SmartSession's
 * stand-in `{ name: 'SmartSession', version: '1', chainId, verifyingContract: account, salt: 0 }` (pass
 * `accountDomain` to skip the read).
 */
export async function signSessionTypedData<
  const typedData extends TypedData | Record<string, unknown>,
  primaryType extends keyof typedData | 'EIP712Domain',
>(
  client: Client,
  parameters: {
    /** The smart account's address. */
    account: Address
    smartSession: Address
    permissionId: Hex
    /** The session key(s): one for an ECDSA session, `threshold` of them for a multisig session. */
    signers: readonly SessionSigner[]
    typedData: TypedDataDefinition<typedData, primaryType>
    accountDomain?: AccountDomain | undefined
  },
): Promise<Hex> {
  const { account, smartSession, permissionId, signers } = parameters
  const accountDomain = parameters.accountDomain ?? (await readAccountDomain(client, account))
  const parts = hashTypedDataSign(parameters.typedData as unknown as LooseTypedData, accountDomain)
  const sessionSignature = await signSessionHash(signers, parts.digest)
  return encodeSessionERC1271Signature({ smartSession, permissionId, sessionSignature, ...parts })
}

/** ERC-5267 domain as SmartSession reads it: any failing call (revert, no code, bad data) → the stand-in. */
async function readAccountDomain(client: Client, account: Address): Promise<AccountDomain> {
  try {
    const { domain } = await getEip712Domain(client, { address: account })
    return {
      name: domain.name,
      version: domain.version,
      chainId: BigInt(domain.chainId),
      verifyingContract: domain.verifyingContract,
      salt: domain.salt,
    }
  } catch (error) {
    const callFailed =
      error instanceof ContractFunctionExecutionError ||
      (error instanceof BaseError && error.name === 'Eip712DomainNotFoundError')
    if (!callFailed) throw error
    return toFallbackAccountDomain(account, client.chain?.id ?? (await getChainId(client)))
  }
}
