// FastLZ (level 1) compression in the exact stream format solady's LibZip.flzDecompress reads onchain.
// Same algorithm as solady's JS reference (MIT): 13-bit hash table of 3-byte sequences, matches within 8 KiB.
// Stream tokens: literal run = [len-1 (0..31)] + bytes; short match = [(len-2)<<5 | dist>>8, dist&255];
// long match = [0xe0 | dist>>8, len-9, dist&255] (dist stored minus one, len ≤ 264 per token).
import { bytesToHex, type Hex, hexToBytes } from 'viem'

const HASH_MASK = 8191
const MAX_DISTANCE = 8192
const MAX_LITERAL_RUN = 32
const MAX_LONG_MATCH = 262

/** The hash of a 3-byte sequence (the reference's multiplicative hash, float semantics kept). */
function hash(sequence: number): number {
  return ((2654435769 * sequence) >> 19) & HASH_MASK
}

/** Compresses `data` with FastLZ; `LibZip.flzDecompress` onchain restores it. */
export function flzCompress(data: Hex): Hex {
  const input = hexToBytes(data)
  const output: number[] = []
  const table = new Int32Array(HASH_MASK + 1)
  const read24 = (at: number) => (input[at] ?? 0) | ((input[at + 1] ?? 0) << 8) | ((input[at + 2] ?? 0) << 16)
  const emitLiterals = (from: number, count: number) => {
    let at = from
    let left = count
    while (left >= MAX_LITERAL_RUN) {
      output.push(MAX_LITERAL_RUN - 1, ...input.subarray(at, at + MAX_LITERAL_RUN))
      at += MAX_LITERAL_RUN
      left -= MAX_LITERAL_RUN
    }
    if (left > 0) output.push(left - 1, ...input.subarray(at, at + left))
  }

  // The last bytes are always emitted as literals (the matcher reads 3 bytes ahead and the decoder
  // needs no look-behind past them).
  const limit = input.length - 4 - 9
  let anchor = 0
  let position = 2
  while (position < limit) {
    // Scan for a 3-byte sequence seen before within reach.
    let reference = 0
    let found = false
    while (position < limit) {
      const sequence = read24(position)
      const slot = hash(sequence)
      reference = table[slot] ?? 0
      table[slot] = position
      const candidate = position - reference < MAX_DISTANCE ? read24(reference) : -1
      position++
      if (sequence === candidate) {
        found = true
        break
      }
    }
    if (!found || position >= limit) break
    position-- // back to the start of the match
    if (position > anchor) emitLiterals(anchor, position - anchor)
    // Extend the match past its first 3 bytes; `length` ends one past the last equal byte (match length − 2).
    const maxExtra = input.length - 4 - (position + 3)
    let length = 0
    while (length < maxExtra) {
      const same = input[reference + 3 + length] === input[position + 3 + length]
      length++
      if (!same) break
    }
    const distance = position - reference - 1
    position += length
    while (length > MAX_LONG_MATCH) {
      output.push(224 + (distance >> 8), 253, distance & 255)
      length -= MAX_LONG_MATCH
    }
    if (length < 7) output.push((length << 5) + (distance >> 8), distance & 255)
    else output.push(224 + (distance >> 8), length - 7, distance & 255)
    // Index the two positions inside the match end, then continue after it.
    table[hash(read24(position))] = position
    position++
    table[hash(read24(position))] = position
    position++
    anchor = position
  }
  emitLiterals(anchor, input.length - anchor)
  return bytesToHex(Uint8Array.from(output))
}

/** Restores FastLZ-compressed data (the inverse of flzCompress; what LibZip.flzDecompress does onchain). */
export function flzDecompress(data: Hex): Hex {
  const input = hexToBytes(data)
  const output: number[] = []
  let at = 0
  while (at < input.length) {
    const token = input[at] as number
    const type = token >> 5
    if (type === 0) {
      const count = token + 1
      output.push(...input.subarray(at + 1, at + 1 + count))
      at += 1 + count
      continue
    }
    const long = type === 7
    const length = long ? 9 + (input[at + 1] as number) : 2 + type
    const distance = 256 * (token & 31) + (input[at + (long ? 2 : 1)] as number)
    at += long ? 3 : 2
    let from = output.length - distance - 1
    for (let i = 0; i < length; i++) output.push(output[from++] as number)
  }
  return bytesToHex(Uint8Array.from(output))
}
