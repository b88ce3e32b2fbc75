import { PassphraseRejectedError } from './errors'

/** Crockford base32: no I, L, O, U, so a key read off paper is hard to mistype. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const RECOVERY_KEY_BYTES = 20 // 160 bits

/** `XXXX-XXXX-...`: 8 groups of 4 characters. */
export function formatRecoveryKey(bytes: Uint8Array): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31]
  return out.match(/.{1,4}/g)!.join('-')
}

/** Accepts any case, spaces or dashes, and the usual look-alikes (O for 0, I/L for 1). */
export function parseRecoveryKey(text: string): Uint8Array {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (clean.length !== Math.ceil((RECOVERY_KEY_BYTES * 8) / 5)) {
    throw new PassphraseRejectedError('a recovery key has 32 characters')
  }
  const out = new Uint8Array(RECOVERY_KEY_BYTES)
  let bits = 0
  let value = 0
  let index = 0
  for (const char of clean) {
    const digit = ALPHABET.indexOf(char)
    if (digit < 0) throw new PassphraseRejectedError('the recovery key has an invalid character')
    value = ((value << 5) | digit) & 0xffff
    bits += 5
    if (bits >= 8) {
      out[index++] = (value >>> (bits - 8)) & 0xff
      bits -= 8
    }
  }
  return out
}
