// What the dev server tells the page about the local stack (serve.ts fills it in at build time).
import type { Deployment } from '@smart-sessions/client'
import type { Address, Hex } from 'viem'

export type DappStack = {
  rpcUrl: string
  chainId: number
  deployment: Deployment
  token: Address
  /** The user's smart account (OpenZeppelin ERC-7579, EntryPoint v0.8). */
  account: Address
  ownerValidator: Address
  /** Local demo only: the account owner's key, standing in for the owner's wallet. */
  ownerKey: Hex
  /** Local demo only: an anvil key that sends the bundles. */
  relayerKey: Hex
}

declare const __DAPP_STACK__: DappStack

export const dappStack: DappStack = __DAPP_STACK__
