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
  /** The card's properties as 3.0/4.0 text lines for ical.js, or undefined when unusable. */
  lines?: { line: number; text: string }[]
  error?: string
  /** Lines left out of this card (not a property), each with its line number and text. */
  skipped: { line: number; text: string }[]
  /** The card stood inside another (a 2.1 `AGENT`): the outer card's number. */
  nestedIn?: number
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

/**
 * Decodes a value's bytes by its `CHARSET` (Shift_JIS, Big5, GB18030, EUC-KR, ISO-8859-x,
 * windows-125x: whatever the WHATWG encoding standard names), else as UTF-8, else windows-1252.
 */
function decodeValue(binary: string, charset: string | undefined): string {
  const bytes = binaryToBytes(binary)
  if (!/[\x80-\xff]/.test(binary)) return binary
  const cs = charset?.trim().replace(/^"|"$/g, '').toLowerCase()
  if (cs && /^(windows-1252|cp1252|iso-8859-1|latin1|us-ascii|ascii)$/.test(cs)) {
    return decodeWindows1252(bytes)
  }
  if (cs && !/^utf-?8$/.test(cs)) {
    try {
      return new TextDecoder(cs === 'sjis' ? 'shift_jis' : cs).decode(bytes)
    } catch {
      // An unknown label: fall through to UTF-8 / windows-1252.
    }
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

/** `NAME`, `group.NAME`, followed by parameters or the value. */
const PROPERTY_HEAD = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)?[;:]/

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
    const qpSoftBreak =
      last !== undefined &&
      last.text.endsWith('=') &&
      isQp(last.text.slice(0, Math.max(0, headEnd(last.text))))
    if (last && qpSoftBreak) {
      // A soft break, whether or not the writer also folded the next line (leading space).
      last.text = last.text.slice(0, -1) + text.replace(/^[ \t]/, '')
      continue
    }
    if (last && (text.startsWith(' ') || text.startsWith('\t'))) {
      last.text += text.slice(1)
      continue
    }
    // Some writers continue a value (an ADR) with a trailing backslash instead of folding.
    if (last && /(^|[^\\])(\\\\)*\\$/.test(last.text) && text && !PROPERTY_HEAD.test(text)) {
      last.text = last.text.slice(0, -1) + '\\n' + text
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
  interface Open {
    number: number
    line: number
    lines: { line: number; text: string }[]
    skipped: { line: number; text: string }[]
    nestedIn?: number
  }
  // 2.1 nests cards (`AGENT:` then a whole card): each open card waits on a stack.
  const stack: Open[] = []
  let numbered = 0
  let agentPending = false
  const close = (card: Open, error?: string) => {
    cards.push({
      card: card.number,
      line: card.line,
      skipped: card.skipped,
      ...(card.nestedIn !== undefined ? { nestedIn: card.nestedIn } : {}),
      ...(error ? { error } : { lines: card.lines }),
    })
  }
  for (const { line, text } of logicalLines(binary)) {
    const upper = text.trim().toUpperCase()
    const current = stack[stack.length - 1]
    const agentCard = current !== undefined && /^AGENT(;[^:]*)?:BEGIN:VCARD$/.test(upper)
    if (upper === 'BEGIN:VCARD' || agentCard) {
      const nested = agentCard || agentPending
      agentPending = false
      if (current && !nested)
        close(stack.pop() as Open, 'END:VCARD missing before the next BEGIN:VCARD')
      if (numbered >= IMPORT_LIMITS.maxCards) {
        throw new ImportFormatError(`more than ${IMPORT_LIMITS.maxCards} cards`, { line })
      }
      numbered++
      stack.push({
        number: numbered,
        line,
        lines: [],
        skipped: [],
        ...(current && nested ? { nestedIn: current.number } : {}),
      })
    } else if (upper === 'END:VCARD') {
      const done = stack.pop()
      if (done) close(done)
    } else if (current) {
      agentPending = false
      if (/^AGENT(;[^:]*)?:\s*$/i.test(text)) {
        agentPending = true
        continue
      }
      if (text.length > IMPORT_LIMITS.maxFieldChars * 2) {
        current.lines.push({
          line,
          text: `X-KITH-DROPPED:${text.slice(0, 40).split(/[;:]/)[0] ?? ''}`,
        })
      } else if (!PROPERTY_HEAD.test(text)) {
        current.skipped.push({ line, text: decodeValue(text.slice(0, 200), undefined) })
      } else {
        current.lines.push({ line, text: rewriteLine(text) })
      }
    }
  }
  while (stack.length > 0) {
    const open = stack.pop() as Open
    close(
      open,
      stack.length > 0
        ? 'END:VCARD missing before the enclosing card ends'
        : 'the file ends inside this card (END:VCARD missing: truncated?)',
    )
  }
  if (cards.length === 0)
    throw new ImportFormatError('no BEGIN:VCARD found: this is not a vCard file')
  return cards.sort((a, b) => a.card - b.card)
}
