/**
 * Small byte helpers for building associated data and keyed hashes unambiguously.
 * ByteWriter writes into one shared scratch buffer: unlock builds two of these per record, and
 * allocating many tiny typed arrays made garbage collection dominate unlock time.
 */
let scratch = Buffer.allocUnsafe(4096)

export class ByteWriter {
  private length = 0

  constructor() {
    // Each writer starts at the beginning of the shared scratch; writers are never interleaved
    // (each is built and finished synchronously).
    this.length = 0
  }

  private reserve(n: number): void {
    if (this.length + n <= scratch.length) return
    const bigger = Buffer.allocUnsafe(Math.max(scratch.length * 2, this.length + n))
    scratch.copy(bigger, 0, 0, this.length)
    scratch = bigger
  }

  bytes(value: Uint8Array): this {
    this.u32(value.length)
    this.reserve(value.length)
    scratch.set(value, this.length)
    this.length += value.length
    return this
  }

  text(value: string): this {
    const n = Buffer.byteLength(value, 'utf8')
    this.u32(n)
    this.reserve(n)
    this.length += scratch.write(value, this.length, 'utf8')
    return this
  }

  u32(value: number): this {
    this.reserve(4)
    scratch.writeUInt32BE(value >>> 0, this.length)
    this.length += 4
    return this
  }

  u64(value: number): this {
    this.reserve(8)
    scratch.writeUInt32BE(Math.floor(value / 2 ** 32) >>> 0, this.length)
    scratch.writeUInt32BE(value >>> 0, this.length + 4)
    this.length += 8
    return this
  }

  finish(): Uint8Array {
    return new Uint8Array(scratch.subarray(0, this.length))
  }

  /** The bytes written so far without a copy: valid only until the next ByteWriter is used. */
  view(): Uint8Array {
    return scratch.subarray(0, this.length)
  }
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')
}

export function fromHex(hex: string): Uint8Array {
  return new Uint8Array(Buffer.from(hex, 'hex'))
}

/** XORs `b` into `a` in place (the set digest). */
export function xorInto(a: Uint8Array, b: Uint8Array): void {
  for (let i = 0; i < a.length; i++) a[i] = (a[i] ?? 0) ^ (b[i] ?? 0)
}
