import { erc20Abi, parseAbi } from 'viem'

/** The stack's ERC-20 (a mintable test token): the standard ABI plus `mint`. */
export const testTokenAbi = [...erc20Abi, ...parseAbi(['function mint(address to, uint256 amount)'])] as const
