/**
 * Payloads are padded to size buckets so a ciphertext's length says little about what it holds.
 * Scheme: ISO/IEC 7816-4 (a 0x80 byte, then zeros) up to the smallest bucket that fits.
 */
export const MIN_BUCKET = 256
/** The largest padded payload: a 1M-character markdown body in multi-byte UTF-8 still fits. */
export const MAX_BUCKET = 8 * 1024 * 1024
export const MAX_PAYLOAD_BYTES = MAX_BUCKET - 1

export function bucketFor(length: number): number {
  let bucket = MIN_BUCKET
  while (bucket < length + 1) bucket *= 2
  return bucket
}

/** All bucket sizes, smallest first (for tests and documentation). */
export function allBuckets(): number[] {
  const out: number[] = []
  for (let b = MIN_BUCKET; b <= MAX_BUCKET; b *= 2) out.push(b)
  return out
}

export function pad(payload: Uint8Array): Uint8Array {
  if (payload.length > MAX_PAYLOAD_BYTES) throw new RangeError('payload too large to pad')
  const out = new Uint8Array(bucketFor(payload.length))
  out.set(payload)
  out[payload.length] = 0x80
  return out
}

/** Returns null when the padding is malformed. */
export function unpad(padded: Uint8Array): Uint8Array | null {
  let i = padded.length - 1
  while (i >= 0 && padded[i] === 0) i--
  if (i < 0 || padded[i] !== 0x80) return null
  return padded.subarray(0, i)
}
