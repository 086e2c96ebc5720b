import type { Hex } from 'viem'
import type { SudoPolicyConfig } from './types.js'

/** SudoPolicy initData: empty. */
export function encodeSudoPolicy(_config: SudoPolicyConfig): Hex {
  return '0x'
}
