import { IMPORT_LIMITS, ImportFormatError } from './limits'

export type TextEncodingUsed =
  'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le' | 'utf-16be' | 'utf-8' | 'windows-1252'

export const isUtf16 = (encoding: string): boolean => encoding.startsWith('utf-16')

export interface DecodedText {
  text: string
  encoding: TextEncodingUsed
}

/**
 * 0x80-0x9F of windows-1252. Node's TextDecoder('windows-1252') decodes these bytes as Latin-1
 * control characters (unlike browsers), so the table is ours; 0xA0-0xFF match Latin-1.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = []
  const CHUNK = 8192
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = []
    const end = Math.min(bytes.length, start + CHUNK)
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number
      codes.push(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b)
    }
    chunks.push(String.fromCharCode(...codes))
  }
  return chunks.join('')
}

export function checkFileSize(bytes: Uint8Array): void {
  if (bytes.length > IMPORT_LIMITS.maxFileBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1)
    throw new ImportFormatError(
      `the file is ${mb(bytes.length)} MB; the import limit is ${mb(IMPORT_LIMITS.maxFileBytes)} MB`,
    )
  }
}

/** Text files have no NUL bytes (UTF-16 is recognised by its BOM first) and few control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const b of sample) {
    if (b === 0) return true
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++
  }
  return sample.length > 0 && control / sample.length > 0.05
}

/**
 * UTF-16 without a byte-order mark (Windows tools, some phone exports), told by its byte
 * pattern: text that is mostly ASCII has a NUL in every other byte, odd bytes for little-endian.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return undefined
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le'
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be'
  return undefined
}

/** BOM first, then UTF-16 by pattern, strict UTF-8, then windows-1252 (desktop Outlook writes ANSI). */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  checkFileSize(bytes)
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le-bom' }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be-bom' }
  }
  const utf16 = sniffUtf16(bytes)
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 }
  if (looksBinary(bytes)) {
    throw new ImportFormatError('this is not a text file (binary content); nothing was imported')
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
  }
}
