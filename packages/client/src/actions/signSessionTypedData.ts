import {
  type Address,
  BaseError,
  type Client,
  ContractFunctionExecutionError,
  type Hex,
  slice,
  type TypedData,
  type TypedDataDefinition,
} from 'viem'
import { getChainId, getEip712Domain } from 'viem/actions'
import { ozAccount } from '../accounts/ozAccount.js'
import type { AccountAdapter } from '../accounts/types.js'
import {
  type AccountDomain,
  encodeSessionERC1271Signature,
  hashTypedDataSign,
  type LooseTypedData,
  toFallbackAccountDomain,
} from '../encoding/erc7739.js'
import { type SessionSigner, signSessionHash } from '../encoding/signatures.js'
import { InvalidSessionError } from '../errors.js'

/**
 * Signs `typedData` for `account` with a session (ERC-7739 TypedDataSign through SmartSession): returns
 * `smartSession ‖ permissionId ‖ erc7739Sig`, which the account's `isValidSignature(hashTypedData(typedData), sig)`
 * accepts while the session is enabled, was granted (app domain, `primaryType`) and its ERC-1271 policies pass.
 * The account's EIP-712 domain is read with ERC-5267 `eip712Domain()`; accounts without it get SmartSession's
 * stand-in `{ name: 'SmartSession', version: '1', chainId, verifyingContract: account, salt: 0 }` (pass
 * `accountDomain` to skip the read). `implementation` routes the signature to SmartSession the account's way
 * (default OpenZeppelin's: `smartSession ‖ …`; Safe7579 and Nexus alike). Kernel is refused (InvalidSessionError):
 * it hands its validators its own wrapper of the hash (a `Kernel(bytes32 hash)` struct on its domain), so the app's
 * domain and content never reach SmartSession and a grant could not be kept to them.
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
    implementation?: AccountAdapter | undefined
  },
): Promise<Hex> {
  const { account, smartSession, permissionId, signers } = parameters
  const implementation = parameters.implementation ?? ozAccount
  if (implementation.kind === 'kernel') {
    throw new InvalidSessionError(
      "session ERC-1271 signatures are not supported on Kernel: it wraps the hash in its own domain, so SmartSession cannot see the app's",
    )
  }
  const accountDomain = parameters.accountDomain ?? (await readAccountDomain(client, account))
  const parts = hashTypedDataSign(parameters.typedData as unknown as LooseTypedData, accountDomain)
  const sessionSignature = await signSessionHash(signers, parts.digest)
  // `smartSession ‖ rest`: the account's routing to its validator, with SmartSession's own signature after it.
  const signature = encodeSessionERC1271Signature({ smartSession, permissionId, sessionSignature, ...parts })
  return implementation.encodeErc1271Signature({ validator: smartSession, signature: slice(signature, 20) })
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
