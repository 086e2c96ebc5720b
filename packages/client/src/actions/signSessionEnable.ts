import type { Address, Client, Hex, TypedDataDefinition } from 'viem'
import { ozAccount } from '../accounts/ozAccount.js'
import type { AccountAdapter } from '../accounts/types.js'
import { type Deployment, requireAddress, toDeployment } from '../deployment.js'
import {
  type EnableChain,
  type EnableMode,
  type EnableSession,
  toEnableSession,
  toEnableTypedData,
} from '../encoding/enable.js'
import type { Session } from '../types.js'
import { getEnableChain } from './getEnableChain.js'

/**
 * The owner's side of ENABLE in one call: reads this chain's enable nonce (unless `chains` are given, for a
 * multichain signature), builds the EIP-712 data, has `owner` sign it as the account's ERC-1271 wants it (the
 * account kind's wrapping: `implementation`, default OpenZeppelin's; `validator` = the owner's validator the
 * account routes the signature to) and returns the EnableSession the session key passes to
 * `toSessionAccount({ enable: { enableSession } })`. Nothing is sent.
 */
export async function signSessionEnable(
  client: Client,
  parameters: {
    /** The account the session is for. */
    account: Address
    session: Session
    /** Signs typed data as the account's owner (a viem LocalAccount, a wallet client's account, a passkey, …). */
    owner: { signTypedData: (typedData: TypedDataDefinition) => Promise<Hex> }
    /** The account's validator that checks `owner`'s signature. */
    validator: Address
    implementation?: AccountAdapter | undefined
    deployment?: Deployment | undefined
    /** Every chain the signature enables the session on (default: this chain only); see getEnableChain. */
    chains?: readonly EnableChain[] | undefined
    /** Which of `chains` is this chain (default 0). */
    chainIndex?: number | undefined
    mode?: EnableMode | undefined
  },
): Promise<EnableSession> {
  const { account, session, mode } = parameters
  const smartSession = requireAddress(toDeployment(parameters.deployment), 'SmartSession')
  const chains = parameters.chains ?? [await getEnableChain(client, { smartSession, account, session })]
  const chainIndex = parameters.chainIndex ?? 0
  const implementation = parameters.implementation ?? ozAccount
  const chainId = chains[chainIndex]?.chainId ?? 0
  const typedData = toEnableTypedData(session, chains, mode) as unknown as TypedDataDefinition
  const signature = await parameters.owner.signTypedData(
    implementation.toErc1271TypedData({ account, chainId, typedData }),
  )
  const permissionEnableSig = implementation.encodeErc1271Signature({ validator: parameters.validator, signature })
  return toEnableSession({ session, chains, chainIndex, permissionEnableSig, mode })
}
