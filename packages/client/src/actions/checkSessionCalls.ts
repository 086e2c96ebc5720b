import { smartSessionAbi } from '@smart-sessions/bindings'
import {
  type Address,
  type Client,
  concat,
  encodeFunctionData,
  type Hex,
  hexToBigInt,
  zeroAddress,
  zeroHash,
} from 'viem'
import { toPackedUserOperation } from 'viem/account-abstraction'
import { call, getBlock, readContract } from 'viem/actions'
import { SmartSessionMode } from '../constants.js'
import { type Deployment, requireAddress, toDeployment } from '../deployment.js'
import { type EnableMode, type EnableSession, encodeEnableSignature, toSessionDigest } from '../encoding/enable.js'
import { type Call, encodeExecute } from '../encoding/execute.js'
import { toPermissionId } from '../encoding/ids.js'
import {
  decodeRevert,
  findRevertData,
  formatTime,
  PolicyRefusedError,
  SessionExpiredError,
  SessionNotYetValidError,
  SessionOperationError,
  SessionRevokedError,
} from '../errors.js'
import { explainPolicyRefusal } from './explainPolicyRefusal.js'
import { findSessionTimeFrame, findWindowPolicy } from './findWindowPolicy.js'
import { getSessionNonce } from './getSessionNonce.js'

/** What `checkSessionCalls` found: the window in which the calls are valid, or the refusal in words. */
export type SessionCheck =
  | { ok: true; validAfter: bigint; validUntil: bigint }
  | { ok: false; policy: string | undefined; reason: string; error: SessionOperationError }

/** Runtime code that answers every call with the word 1: the session validator, stubbed (signature not checked). */
const ACCEPT_ALL: Hex = '0x600160005260206000f3'
const UINT48 = 2n ** 48n - 1n

/**
 * Whether the session `permissionId` of `account` would accept `calls`, without sending anything: simulates
 * SmartSession's `validateUserOp` as the account (an `eth_call` from the account to SmartSession, the session
 * validator stubbed by a state override so no session key is needed). Works on any ERC-7579 account kind: it
 * talks to SmartSession directly. With `enable`, while the session is not enabled onchain, the ENABLE path is
 * simulated (the owner's signature checked through the account). Returns the window (unix seconds, validUntil 0 =
 * unbounded) or the refusal: the policy's name, the reason in words ("SpendingLimitPolicy: 1,200 USDC asked,
 * 350 left") and the typed error.
 */
export async function checkSessionCalls(
  client: Client,
  parameters: {
    account: Address
    permissionId?: Hex | undefined
    calls: readonly Call[]
    enable?: { enableSession: EnableSession; mode?: EnableMode | undefined } | undefined
    deployment?: Deployment | undefined
    /** Gas and fee fields of the user operation, for policies that read them (default zero). */
    userOperation?: Partial<Parameters<typeof toPackedUserOperation>[0]> | undefined
  },
): Promise<SessionCheck> {
  const { account, calls, enable } = parameters
  const deployment = toDeployment(parameters.deployment)
  const smartSession = requireAddress(deployment, 'SmartSession')
  const permissionId = parameters.permissionId ?? toPermissionId(requireEnable(enable).enableSession.sessionToEnable)
  const [[validator], enabled, block] = await Promise.all([
    // Reverts SessionNotEnabled for a session not enabled (ENABLE mode names its validator, USE mode fails anyway).
    readContract(client, {
      address: smartSession,
      abi: smartSessionAbi,
      functionName: 'getSessionValidatorAndConfig',
      args: [account, permissionId],
    }).catch(() => [zeroAddress] as const),
    readContract(client, {
      address: smartSession,
      abi: smartSessionAbi,
      functionName: 'isPermissionEnabled',
      args: [permissionId, account],
    }),
    getBlock(client),
  ])
  const useEnable = enable !== undefined && !enabled
  const signature = useEnable
    ? encodeEnableSignature(enable.enableSession, '0x', enable.mode ?? SmartSessionMode.ENABLE)
    : concat([toMode(SmartSessionMode.USE), permissionId])
  const sessionValidator = useEnable ? enable.enableSession.sessionToEnable.sessionValidator : validator
  const userOperation = toPackedUserOperation({
    callGasLimit: 0n,
    verificationGasLimit: 0n,
    preVerificationGas: 0n,
    maxFeePerGas: 0n,
    maxPriorityFeePerGas: 0n,
    nonce: 0n,
    ...parameters.userOperation,
    sender: account,
    callData: encodeExecute(calls),
    signature,
  })
  const book = deployment
  let validationData: bigint
  try {
    const { data } = await call(client, {
      account,
      to: smartSession,
      data: encodeFunctionData({
        abi: smartSessionAbi,
        functionName: 'validateUserOp',
        args: [userOperation, zeroHash],
      }),
      stateOverride: [{ address: sessionValidator, code: ACCEPT_ALL }],
    })
    validationData = data ? hexToBigInt(data) : 0n
  } catch (cause) {
    const data = findRevertData(cause)
    if (!data) throw cause
    const revert = decodeRevert(data, book)
    const error = await toRefusal(client, { revert, cause, account, permissionId, smartSession, enable, useEnable })
    return { ok: false, policy: error.policy, reason: error.shortMessage, error }
  }
  const validUntil = (validationData >> 160n) & UINT48
  const validAfter = validationData >> 208n
  const now = block.timestamp
  // The EntryPoint runs the operation only while validAfter < block.timestamp ≤ validUntil.
  const window = { account, permissionId, smartSession, calls, userOperation, book }
  if (validUntil !== 0n && validUntil < now) {
    const policy = useEnable
      ? findSessionTimeFrame(enable.enableSession.sessionToEnable, book, { validUntil })
      : await findWindowPolicy(client, { ...window, validUntil })
    const error = new SessionExpiredError(validUntil, { policy })
    return { ok: false, policy: policy?.name ?? policy?.address, reason: error.shortMessage, error }
  }
  if (validAfter >= now) {
    const policy = useEnable
      ? findSessionTimeFrame(enable.enableSession.sessionToEnable, book, { validAfter })
      : await findWindowPolicy(client, { ...window, validAfter })
    const explanation = policy?.name?.startsWith('Periodic')
      ? `${policy.name}: the allowance covers it from ${formatTime(validAfter + 1n)}`
      : undefined
    const error = new SessionNotYetValidError(validAfter, { policy, explanation })
    return { ok: false, policy: policy?.name ?? policy?.address, reason: error.shortMessage, error }
  }
  return { ok: true, validAfter, validUntil }
}

const toMode = (mode: number): Hex => `0x0${mode}`

function requireEnable<T>(enable: T | undefined): T {
  if (!enable)
    throw new SessionOperationError(
      { name: 'MissingPermissionId', args: [] },
      { message: 'pass permissionId or enable' },
    )
  return enable
}

/** The typed error of a reverted validation: a policy's refusal in words, a revoked session, or SmartSession's error. */
async function toRefusal(
  client: Client,
  context: {
    revert: ReturnType<typeof decodeRevert>
    cause: unknown
    account: Address
    permissionId: Hex
    smartSession: Address
    enable: { enableSession: EnableSession; mode?: EnableMode | undefined } | undefined
    useEnable: boolean
  },
): Promise<SessionOperationError> {
  const { revert, cause, account, permissionId, smartSession } = context
  if (revert.name === 'PolicyReverted' || revert.name === 'PolicyViolation') {
    return new PolicyRefusedError(revert, await explainPolicyRefusal(client, revert), { cause })
  }
  if (revert.name === 'SessionNotEnabled' || (context.useEnable && revert.name === 'SessionDigestMismatch')) {
    // Every enable bumps the session's nonce, and so does revoking an enable signature: a moved nonce means
    // the session was enabled (or its signature revoked) before, and is gone now.
    const nonce = await getSessionNonce(client, { smartSession, account, permissionId })
    const signedStale =
      context.enable !== undefined &&
      nonce > 0n &&
      context.enable.enableSession.hashesAndChainIds[context.enable.enableSession.chainDigestIndex]?.sessionDigest !==
        toSessionDigest(
          context.enable.enableSession.sessionToEnable,
          { account, smartSession, nonce },
          context.enable.mode,
        )
    if (revert.name === 'SessionNotEnabled' ? nonce > 0n : signedStale) {
      return new SessionRevokedError(permissionId, {
        cause,
        detail: context.useEnable ? 'the enable signature was used or revoked' : 'removed or uninstalled',
      })
    }
  }
  return new SessionOperationError(revert, { cause })
}
