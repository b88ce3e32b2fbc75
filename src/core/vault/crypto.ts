/**
 * The only module that imports libsodium. Everything cryptographic in the vault goes through here.
 * WARNING: libsodium.js keeps copies of keys and plaintext in its WASM heap after each call; only
 * terminating the worker that hosts it wipes them. Zeroing our own buffers is still worth doing.
 */
import { randomFillSync } from 'node:crypto'
import sodium from 'libsodium-wrappers-sumo'
import { PassphraseRejectedError } from './errors'
import { checkKdfParams, type KdfParams, type KdfPolicy } from './kdfPolicy'

export const KEY_BYTES = 32
export const NONCE_BYTES = 24
export const TAG_BYTES = 16
export const SALT_BYTES = 16
/** Bytes of the NFKD/UTF-8 passphrase; longer is almost certainly a paste accident or an attack. */
export const MAX_PASSPHRASE_BYTES = 1024

// Spelled out rather than read from libsodium.js: some of its *_MAX constants are negative.
const ALG_ARGON2ID13 = 2
const SECRETSTREAM_TAG_MESSAGE = 0
const SECRETSTREAM_TAG_FINAL = 3

let ready = false

/** Loads libsodium and checks that this is the sumo build (the only one with Argon2id). */
export async function initCrypto(): Promise<void> {
  if (ready) return
  await sodium.ready
  if (typeof sodium.crypto_pwhash !== 'function') {
    throw new Error('libsodium was loaded without crypto_pwhash: the sumo build is required')
  }
  if (sodium.crypto_pwhash_ALG_ARGON2ID13 !== ALG_ARGON2ID13) {
    throw new Error('libsodium reports an unexpected Argon2id algorithm id')
  }
  ready = true
}

function lib(): typeof sodium {
  if (!ready) throw new Error('initCrypto() must finish before vault crypto is used')
  return sodium
}

export function randomBytes(n: number): Uint8Array {
  return randomFillSync(new Uint8Array(n))
}

export function wipe(...buffers: (Uint8Array | undefined)[]): void {
  for (const buffer of buffers) if (buffer) lib().memzero(buffer)
}

/** NFKD then UTF-8, so the same passphrase typed on any keyboard or OS unlocks. Checked before the KDF. */
export function encodePassphrase(passphrase: string): Uint8Array {
  if (typeof passphrase !== 'string' || passphrase.length === 0) {
    throw new PassphraseRejectedError('it is empty')
  }
  if (passphrase.length > MAX_PASSPHRASE_BYTES) {
    throw new PassphraseRejectedError(`it is longer than ${MAX_PASSPHRASE_BYTES} bytes`)
  }
  const bytes = new TextEncoder().encode(passphrase.normalize('NFKD'))
  if (bytes.length > MAX_PASSPHRASE_BYTES) {
    wipe(bytes)
    throw new PassphraseRejectedError(`it is longer than ${MAX_PASSPHRASE_BYTES} bytes`)
  }
  return bytes
}

/** Argon2id. The parameters are checked against the policy before any work is done. */
export function deriveKeyFromSecret(
  secret: Uint8Array,
  salt: Uint8Array,
  params: KdfParams,
  policy: KdfPolicy,
): Uint8Array {
  checkKdfParams(params, policy)
  if (salt.length !== SALT_BYTES) throw new Error('salt has the wrong length')
  return lib().crypto_pwhash(
    KEY_BYTES,
    secret,
    salt,
    params.opsLimit,
    params.memLimitBytes,
    ALG_ARGON2ID13,
  )
}

export function deriveSubkey(master: Uint8Array, context: string, id: number): Uint8Array {
  return lib().crypto_kdf_derive_from_key(KEY_BYTES, id, context, master)
}

export function keyedHash(key: Uint8Array, message: Uint8Array, bytes = 32): Uint8Array {
  return lib().crypto_generichash(bytes, message, key)
}

export function seal(
  plaintext: Uint8Array,
  ad: Uint8Array,
  key: Uint8Array,
): { nonce: Uint8Array; ciphertext: Uint8Array } {
  const nonce = randomBytes(NONCE_BYTES)
  const ciphertext = lib().crypto_aead_xchacha20poly1305_ietf_encrypt(
    plaintext,
    ad,
    null,
    nonce,
    key,
  )
  return { nonce, ciphertext }
}

/** Returns null when authentication fails: the caller decides which typed error that is. */
export function open(
  ciphertext: Uint8Array,
  ad: Uint8Array,
  nonce: Uint8Array,
  key: Uint8Array,
): Uint8Array | null {
  if (nonce.length !== NONCE_BYTES || ciphertext.length < TAG_BYTES) return null
  try {
    return lib().crypto_aead_xchacha20poly1305_ietf_decrypt(null, ciphertext, ad, nonce, key)
  } catch {
    return null
  }
}

export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && lib().memcmp(a, b)
}

export interface StreamPusher {
  header: Uint8Array
  push: (chunk: Uint8Array, ad: Uint8Array, final: boolean) => Uint8Array
}

export function streamPusher(key: Uint8Array): StreamPusher {
  const s = lib()
  const { state, header } = s.crypto_secretstream_xchacha20poly1305_init_push(key)
  return {
    header,
    push: (chunk, ad, final) =>
      s.crypto_secretstream_xchacha20poly1305_push(
        state,
        chunk,
        ad,
        final ? SECRETSTREAM_TAG_FINAL : SECRETSTREAM_TAG_MESSAGE,
      ),
  }
}

export interface StreamPuller {
  /** null when the chunk fails authentication (pull() returned false or threw). */
  pull: (chunk: Uint8Array, ad: Uint8Array) => { message: Uint8Array; final: boolean } | null
}

export function streamPuller(header: Uint8Array, key: Uint8Array): StreamPuller | null {
  const s = lib()
  let state: ReturnType<typeof s.crypto_secretstream_xchacha20poly1305_init_pull>
  try {
    state = s.crypto_secretstream_xchacha20poly1305_init_pull(header, key)
  } catch {
    return null
  }
  return {
    pull: (chunk, ad) => {
      try {
        const result = s.crypto_secretstream_xchacha20poly1305_pull(state, chunk, ad)
        if (result === false) return null
        if (result.tag !== SECRETSTREAM_TAG_MESSAGE && result.tag !== SECRETSTREAM_TAG_FINAL) {
          return null
        }
        return { message: result.message, final: result.tag === SECRETSTREAM_TAG_FINAL }
      } catch {
        return null
      }
    },
  }
}

/**
 * The parts of libsodium.js's Emscripten module that the bulk opener calls directly. 64-bit
 * lengths are passed as (low, high) 32-bit halves, as the wrappers themselves do.
 */
interface SodiumModule {
  HEAPU8: Uint8Array
  _malloc: (bytes: number) => number
  _free: (pointer: number) => void
  _crypto_aead_xchacha20poly1305_ietf_decrypt: (
    m: number,
    mlenP: number,
    nsec: number,
    c: number,
    clenLow: number,
    clenHigh: number,
    ad: number,
    adlenLow: number,
    adlenHigh: number,
    npub: number,
    k: number,
  ) => number
  _crypto_generichash: (
    out: number,
    outlen: number,
    input: number,
    inlenLow: number,
    inlenHigh: number,
    key: number,
    keylen: number,
  ) => number
}

/** Bytes of libsodium's WASM memory in this thread (it grows for Argon2id and never shrinks). */
export function wasmHeapBytes(): number {
  return sodiumModule().HEAPU8.length
}

function sodiumModule(): SodiumModule {
  // libsodium.js exposes its Emscripten module untyped; only the members above are used.
  const module = (lib() as unknown as { libsodium?: SodiumModule }).libsodium
  if (!module || typeof module._crypto_aead_xchacha20poly1305_ietf_decrypt !== 'function') {
    throw new Error('libsodium.js does not expose its module: bulk decryption is unavailable')
  }
  return module
}

/**
 * Opens many XChaCha20-Poly1305 ciphertexts and computes many keyed BLAKE2b hashes without the
 * per-call copies and malloc/free of libsodium.js's wrappers: inputs are copied into one reusable
 * region of the WASM heap and the plaintext is returned as a view of it. Same primitives, same
 * results as `open` and `keyedHash` (tested byte for byte).
 *
 * The region holds keys and plaintext: `wipePlaintext` after each record is consumed, `dispose`
 * zeroes and frees everything. One instance must not be used re-entrantly.
 */
export class BulkOpener {
  private readonly module = sodiumModule()
  /** [key 32][digest key 32][nonce 24][hash out 64][input | ciphertext | plaintext]. */
  private base = 0
  private capacity = 0
  private inputCap = 0
  private dataCap = 0
  private plainLength = 0

  constructor() {
    this.reserve(512, 4096)
  }

  private static readonly FIXED = KEY_BYTES * 2 + NONCE_BYTES + 64

  private reserve(input: number, data: number): void {
    if (this.base !== 0 && input <= this.inputCap && data <= this.dataCap) return
    const inputCap = Math.max(input, this.inputCap)
    const dataCap = Math.max(data, this.dataCap)
    this.release()
    const capacity = BulkOpener.FIXED + inputCap + 2 * dataCap
    this.base = this.module._malloc(capacity)
    if (this.base === 0) throw new Error('out of WASM memory')
    this.capacity = capacity
    this.inputCap = inputCap
    this.dataCap = dataCap
  }

  private release(): void {
    if (this.base === 0) return
    this.module.HEAPU8.fill(0, this.base, this.base + this.capacity)
    this.module._free(this.base)
    this.base = 0
  }

  private get keyAt(): number {
    return this.base
  }
  private get digestKeyAt(): number {
    return this.base + KEY_BYTES
  }
  private get nonceAt(): number {
    return this.base + 2 * KEY_BYTES
  }
  private get hashAt(): number {
    return this.base + 2 * KEY_BYTES + NONCE_BYTES
  }
  private get inputAt(): number {
    return this.base + BulkOpener.FIXED
  }
  private get cipherAt(): number {
    return this.inputAt + this.inputCap
  }
  private get plainAt(): number {
    return this.cipherAt + this.dataCap
  }

  private live(): void {
    if (this.base === 0) throw new Error('this BulkOpener was disposed')
  }

  /** keyedHash(key, message, 32), written into `out` at `offset`. */
  hashInto(key: Uint8Array, message: Uint8Array, out: Uint8Array, offset = 0): void {
    this.live()
    if (key.length !== KEY_BYTES) throw new Error('digest key has the wrong length')
    this.reserve(message.length, 0)
    // Read HEAPU8 after reserve(): growing the WASM memory replaces the array.
    const heap = this.module.HEAPU8
    heap.set(key, this.digestKeyAt)
    heap.set(message, this.inputAt)
    const rc = this.module._crypto_generichash(
      this.hashAt,
      32,
      this.inputAt,
      message.length,
      0,
      this.digestKeyAt,
      KEY_BYTES,
    )
    if (rc !== 0) throw new Error('keyed hash failed')
    out.set(heap.subarray(this.hashAt, this.hashAt + 32), offset)
  }

  /**
   * Like `open`: null when authentication fails. The plaintext is a view of the WASM heap, valid
   * until the next call on this opener; copy or decode it, then call `wipePlaintext`.
   */
  open(
    ciphertext: Uint8Array,
    ad: Uint8Array,
    nonce: Uint8Array,
    key: Uint8Array,
  ): Uint8Array | null {
    this.live()
    if (nonce.length !== NONCE_BYTES || ciphertext.length < TAG_BYTES) return null
    if (key.length !== KEY_BYTES) throw new Error('record key has the wrong length')
    this.wipePlaintext()
    this.reserve(ad.length, ciphertext.length)
    const heap = this.module.HEAPU8
    heap.set(key, this.keyAt)
    heap.set(nonce, this.nonceAt)
    heap.set(ad, this.inputAt)
    heap.set(ciphertext, this.cipherAt)
    const rc = this.module._crypto_aead_xchacha20poly1305_ietf_decrypt(
      this.plainAt,
      0,
      0,
      this.cipherAt,
      ciphertext.length,
      0,
      this.inputAt,
      ad.length,
      0,
      this.nonceAt,
      this.keyAt,
    )
    if (rc !== 0) return null
    this.plainLength = ciphertext.length - TAG_BYTES
    return heap.subarray(this.plainAt, this.plainAt + this.plainLength)
  }

  /** Zeroes the last plaintext in the heap. */
  wipePlaintext(): void {
    if (this.base === 0 || this.plainLength === 0) return
    this.module.HEAPU8.fill(0, this.plainAt, this.plainAt + this.plainLength)
    this.plainLength = 0
  }

  /** Zeroes and frees the heap region (keys, last input and plaintext). Idempotent. */
  dispose(): void {
    this.release()
    this.capacity = this.inputCap = this.dataCap = this.plainLength = 0
  }
}
