import { describe, expect, it } from 'vitest'
import {
  BulkOpener,
  initCrypto,
  keyedHash,
  open,
  randomBytes,
  seal,
} from '../../../src/core/vault/crypto'

/** Deterministic bytes, so a failure reproduces. */
function bytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n)
  let x = seed >>> 0 || 1
  for (let i = 0; i < n; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 0xff
  }
  return out
}

async function opener(): Promise<BulkOpener> {
  await initCrypto()
  return new BulkOpener()
}

describe('BulkOpener (allocation-free bulk XChaCha20-Poly1305 and keyed BLAKE2b)', () => {
  it('opens exactly what libsodium.js seals, byte for byte, growing its region as needed', async () => {
    const bulk = await opener()
    const key = bytes(32, 1)
    // Sizes around the initial region (4096 data, 512 input bytes) force regrowth both ways.
    const cases = [
      [0, 0],
      [1, 13],
      [255, 64],
      [4096, 511],
      [4097, 513],
      [70_000, 2000],
      [3, 5],
    ] as const
    for (const [size, adLength] of cases) {
      const plaintext = bytes(size, size + 7)
      const ad = bytes(adLength, adLength + 11)
      const { nonce, ciphertext } = seal(plaintext, ad, key)
      const reference = open(ciphertext, ad, nonce, key)
      const opened = bulk.open(ciphertext, ad, nonce, key)
      expect(opened).not.toBeNull()
      expect(Buffer.from(opened!).equals(Buffer.from(plaintext))).toBe(true)
      expect(Buffer.from(opened!).equals(Buffer.from(reference!))).toBe(true)
    }
    bulk.dispose()
  })

  it('rejects anything altered, like open(): ciphertext, tag, associated data, nonce, key', async () => {
    const bulk = await opener()
    const key = bytes(32, 2)
    const ad = bytes(40, 3)
    const { nonce, ciphertext } = seal(bytes(300, 4), ad, key)
    const flip = (b: Uint8Array, i: number) => {
      const copy = b.slice()
      copy[i] = (copy[i] ?? 0) ^ 1
      return copy
    }
    expect(bulk.open(flip(ciphertext, 0), ad, nonce, key)).toBeNull()
    expect(bulk.open(flip(ciphertext, ciphertext.length - 1), ad, nonce, key)).toBeNull()
    expect(bulk.open(ciphertext, flip(ad, 5), nonce, key)).toBeNull()
    expect(bulk.open(ciphertext, ad.subarray(1), nonce, key)).toBeNull()
    expect(bulk.open(ciphertext, ad, flip(nonce, 23), key)).toBeNull()
    expect(bulk.open(ciphertext, ad, nonce, flip(key, 31))).toBeNull()
    expect(bulk.open(ciphertext, ad, nonce.subarray(1), key)).toBeNull()
    expect(bulk.open(ciphertext.subarray(0, 15), ad, nonce, key)).toBeNull()
    expect(() => bulk.open(ciphertext, ad, nonce, key.subarray(1))).toThrow(/key/)
    // Still works after rejections.
    expect(bulk.open(ciphertext, ad, nonce, key)).not.toBeNull()
    bulk.dispose()
  })

  it('hashes exactly like keyedHash, for short and long messages', async () => {
    const bulk = await opener()
    const key = bytes(32, 5)
    for (const size of [0, 1, 64, 511, 512, 513, 10_000]) {
      const message = bytes(size, size + 1)
      const out = new Uint8Array(40)
      bulk.hashInto(key, message, out, 8)
      expect(Buffer.from(out.subarray(8)).equals(Buffer.from(keyedHash(key, message)))).toBe(true)
      expect([...out.subarray(0, 8)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0])
    }
    bulk.dispose()
  })

  it('keeps working when libsodium.js grows the WASM memory between calls', async () => {
    const bulk = await opener()
    const key = randomBytes(32)
    const first = seal(bytes(100, 9), new Uint8Array(0), key)
    expect(bulk.open(first.ciphertext, new Uint8Array(0), first.nonce, key)).not.toBeNull()
    // A 48 MiB message through the wrappers outgrows the initial heap: HEAPU8 is replaced.
    keyedHash(key, new Uint8Array(48 * 1024 * 1024))
    const second = seal(bytes(200, 10), new Uint8Array(0), key)
    const opened = bulk.open(second.ciphertext, new Uint8Array(0), second.nonce, key)
    expect(Buffer.from(opened!).equals(Buffer.from(bytes(200, 10)))).toBe(true)
    bulk.dispose()
  })

  it('wipes the plaintext in the heap on request and refuses use after dispose', async () => {
    const bulk = await opener()
    const key = bytes(32, 6)
    const { nonce, ciphertext } = seal(bytes(64, 12), new Uint8Array(0), key)
    const view = bulk.open(ciphertext, new Uint8Array(0), nonce, key)!
    expect(view.some((b) => b !== 0)).toBe(true)
    bulk.wipePlaintext()
    // The view aliases the WASM heap: zeroed there means zeroed.
    expect(view.every((b) => b === 0)).toBe(true)
    bulk.dispose()
    bulk.dispose()
    expect(() => bulk.open(ciphertext, new Uint8Array(0), nonce, key)).toThrow(/disposed/)
    expect(() => bulk.hashInto(key, new Uint8Array(1), new Uint8Array(32))).toThrow(/disposed/)
  })
})
