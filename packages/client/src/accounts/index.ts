import { kernelAccount } from './kernelAccount.js'
import { nexusAccount } from './nexusAccount.js'
import { ozAccount } from './ozAccount.js'
import { safe7579Account } from './safe7579Account.js'
import type { AccountAdapter, AccountKind } from './types.js'

export { KERNEL_EXECUTE_USER_OP_SELECTOR, kernelAccount, toKernelAccount } from './kernelAccount.js'
export { nexusAccount } from './nexusAccount.js'
export { ozAccount } from './ozAccount.js'
export { encodeSafeOwnersSignature, safe7579Account, toSafeOwnersTypedData } from './safe7579Account.js'
export type { AccountAdapter, AccountKind, EntryPointVersion } from './types.js'

/** The adapter of each account kind (Kernel without a hook; see toKernelAccount for one with). */
export const accountAdapters: Readonly<Record<AccountKind, AccountAdapter>> = {
  oz: ozAccount,
  safe7579: safe7579Account,
  kernel: kernelAccount,
  nexus: nexusAccount,
}
