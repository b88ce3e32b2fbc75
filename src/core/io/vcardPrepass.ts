/**
 * vCard pre-pass, ours because ical.js (used for 3.0/4.0) cannot do it: it unfolds after UTF-8
 * decoding (a fold inside a multi-byte character becomes mojibake), rejects 2.1's bare parameters
 * (`TEL;CELL:`) and knows nothing of quoted-printable or `CHARSET=`. We work on bytes held in a
 * "binary string" (one char per byte), then hand ical.js clean 3.0/4.0 text per card.
 */
import { decodeWindows1252 } from './decode'
import { IMPORT_LIMITS, ImportFormatError } from './limits'

export interface RawCard {
  /** 1-based card number in the file. */
  card: number
  /** Line where `BEGIN:VCARD` stands. */
  line: number
  /** The card as 3.0/4.0 text for ical.js, or undefined when it was unusable. */
  text?: string
  error?: string
}

export function bytesToBinary(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += 8192) {
    parts.push(String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 8192))))
  }
  return parts.join('')
}

function binaryToBytes(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i) & 0xff
  return out
}

function decodeValue(binary: string, charset: string | undefined): string {
  const bytes = binaryToBytes(binary)
  const cs = charset?.toLowerCase()
  if (cs && /^(windows-1252|cp1252|iso-8859-1|latin1|iso-8859-15)$/.test(cs)) {
    return decodeWindows1252(bytes)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return decodeWindows1252(bytes)
  }
}

function decodeQuotedPrintable(binary: string): string {
  return binary.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  )
}

/** Splits `NAME;P1;P2=x` at `;` outside double quotes. */
function splitParams(head: string): string[] {
  const out: string[] = []
  let current = ''
  let quoted = false
  for (const ch of head) {
    if (ch === '"') quoted = !quoted
    if (ch === ';' && !quoted) {
      out.push(current)
      current = ''
    } else current += ch
  }
  out.push(current)
  return out
}

/** Index of the `:` that ends the property head (not one inside a quoted parameter). */
function headEnd(line: string): number {
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (ch === '"') quoted = !quoted
    else if (ch === ':' && !quoted) return i
  }
  return -1
}

const isQp = (head: string) => /ENCODING=QUOTED-PRINTABLE|;QUOTED-PRINTABLE/i.test(head)

/** Rewrites one logical line (binary) into clean text. */
function rewriteLine(line: string): string {
  const end = headEnd(line)
  if (end < 0) return decodeValue(line, undefined)
  const [name = '', ...params] = splitParams(line.slice(0, end))
  let value = line.slice(end + 1)
  let charset: string | undefined
  let qp = false
  const kept: string[] = []
  for (const param of params) {
    const eq = param.indexOf('=')
    const key = (eq < 0 ? '' : param.slice(0, eq)).toUpperCase()
    const val = eq < 0 ? param : param.slice(eq + 1)
    if (key === 'CHARSET') charset = val
    else if ((key === 'ENCODING' || key === '') && val.toUpperCase() === 'QUOTED-PRINTABLE')
      qp = true
    else if ((key === 'ENCODING' || key === '') && /^(BASE64|B)$/i.test(val))
      kept.push('ENCODING=b')
    else if ((key === 'ENCODING' || key === '') && /^(8BIT|7BIT)$/i.test(val)) continue
    else if (key === '') kept.push(`TYPE=${val}`)
    else kept.push(param)
  }
  if (qp) value = decodeQuotedPrintable(value)
  let text = decodeValue(value, charset)
  if (qp) text = text.replace(/\r\n|\r|\n/g, '\\n')
  const decodedName = decodeValue(name, undefined)
  if (/^VERSION$/i.test(decodedName) && text.trim() === '2.1') text = '3.0'
  return [decodedName, ...kept.map((p) => decodeValue(p, undefined))].join(';') + ':' + text
}

/** Unfolds at the byte level (CRLF or bare LF + space/tab) and joins QP soft line breaks. */
function logicalLines(binary: string): { line: number; text: string }[] {
  const physical = binary.split('\n')
  const out: { line: number; text: string }[] = []
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i] as string
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const last = out[out.length - 1]
    if (last && (text.startsWith(' ') || text.startsWith('\t'))) {
      last.text += text.slice(1)
      continue
    }
    if (
      last &&
      last.text.endsWith('=') &&
      isQp(last.text.slice(0, Math.max(0, headEnd(last.text))))
    ) {
      last.text = last.text.slice(0, -1) + text
      continue
    }
    if (text.length > 0) out.push({ line: i + 1, text })
  }
  return out
}

/** The file with folds removed at the byte level: what the encoding is judged on. */
export function unfoldBytes(bytes: Uint8Array): Uint8Array {
  return binaryToBytes(bytesToBinary(bytes).replace(/\r?\n[ \t]/g, ''))
}

export function splitCards(bytes: Uint8Array): RawCard[] {
  let binary = bytesToBinary(bytes)
  if (binary.startsWith('\xEF\xBB\xBF')) binary = binary.slice(3)
  const cards: RawCard[] = []
  let current: { line: number; lines: string[] } | undefined
  for (const { line, text } of logicalLines(binary)) {
    const upper = text.trim().toUpperCase()
    if (upper === 'BEGIN:VCARD') {
      if (current) {
        cards.push({
          card: cards.length + 1,
          line: current.line,
          error: 'END:VCARD missing before the next BEGIN:VCARD',
        })
      }
      if (cards.length >= IMPORT_LIMITS.maxCards) {
        throw new ImportFormatError(`more than ${IMPORT_LIMITS.maxCards} cards`, { line })
      }
      current = { line, lines: [] }
    } else if (upper === 'END:VCARD') {
      if (!current) continue
      const textLines = ['BEGIN:VCARD', ...current.lines.map(rewriteLine), 'END:VCARD']
      cards.push({
        card: cards.length + 1,
        line: current.line,
        text: textLines.join('\r\n') + '\r\n',
      })
      current = undefined
    } else if (current) {
      if (text.length > IMPORT_LIMITS.maxFieldChars * 2) {
        current.lines.push(`X-KITH-DROPPED:${text.slice(0, 40).split(/[;:]/)[0] ?? ''}`)
      } else current.lines.push(text)
    }
  }
  if (current) {
    cards.push({
      card: cards.length + 1,
      line: current.line,
      error: 'the file ends inside this card (END:VCARD missing: truncated?)',
    })
  }
  if (cards.length === 0)
    throw new ImportFormatError('no BEGIN:VCARD found: this is not a vCard file')
  return cards
}
