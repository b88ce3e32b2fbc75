import Papa from 'papaparse'
import type { Person } from './domainTypes'
import { vcardDate } from './partialDate'

export interface ContactExportOptions {
  /** Notes are private text: left out unless asked for. */
  includePrivate?: boolean
}

const escapeText = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n')

const utf8Length = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4

/**
 * Folds at 75 octets without splitting a UTF-8 sequence (RFC 6350 3.2). Ours rather than
 * ical.js's stringify, which folds by UTF-16 code units and so can exceed 75 octets or cut a
 * surrogate pair.
 */
export function foldLine(line: string): string {
  if (line.length <= 75 && /^[\u0020-\u007e]*$/.test(line)) return line
  const out: string[] = []
  let current = ''
  let bytes = 0
  let limit = 75
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) ?? 0)
    if (bytes + size > limit) {
      out.push(current)
      current = ''
      bytes = 0
      limit = 74
    }
    current += ch
    bytes += size
  }
  out.push(current)
  return out.join('\r\n ')
}

/** Labels people and programs use -> RFC 6350 TYPE values (`cell`, not `mobile`). */
const TEL_TYPES: Record<string, string[]> = {
  cell: ['cell'],
  mobile: ['cell'],
  handy: ['cell'],
  iphone: ['cell'],
  work: ['work', 'voice'],
  business: ['work', 'voice'],
  office: ['work', 'voice'],
  home: ['home', 'voice'],
  private: ['home', 'voice'],
  fax: ['fax'],
  'work fax': ['work', 'fax'],
  'home fax': ['home', 'fax'],
  pager: ['pager'],
  main: ['voice'],
  voice: ['voice'],
  text: ['text'],
  textphone: ['textphone'],
  video: ['video'],
}
const PLACE_TYPES: Record<string, string[]> = {
  work: ['work'],
  business: ['work'],
  office: ['work'],
  home: ['home'],
  private: ['home'],
  personal: ['home'],
}

/**
 * The TYPE parameter for a label RFC 6350 knows; any other label (Skype, "Mum's") goes in an
 * Apple-style group with `X-ABLabel`, which Kith and Apple read back.
 */
function typed(
  property: string,
  label: string | undefined,
  table: Record<string, string[]>,
  group: () => string,
): { head: string; extra?: string } {
  if (!label) return { head: property }
  const types = table[label.trim().toLowerCase()]
  if (types) return { head: `${property};TYPE=${types.join(',')}` }
  const g = group()
  return {
    head: `${g}.${property}`,
    extra: `${g}.X-ABLABEL:${escapeText(label.replace(/[\r\n]/g, ' '))}`,
  }
}

/** vCard 4.0, one card per person; UID `kith:<id>` lets a re-import match everyone. */
export function peopleToVcard(
  people: readonly Person[],
  options: ContactExportOptions = {},
): string {
  const lines: string[] = []
  for (const p of people) {
    let groups = 0
    const group = () => `item${++groups}`
    const push = (t: { head: string; extra?: string }, value: string) => {
      lines.push(`${t.head}:${value}`)
      if (t.extra) lines.push(t.extra)
    }
    const words = p.name.split(' ')
    const family = words.length > 1 ? (words.pop() as string) : ''
    lines.push('BEGIN:VCARD', 'VERSION:4.0', `UID:kith:${p.id}`, `FN:${escapeText(p.name)}`)
    lines.push(`N:${escapeText(family)};${escapeText(words.join(' '))};;;`)
    if (p.organization) lines.push(`ORG:${escapeText(p.organization)}`)
    if (p.title) lines.push(`TITLE:${escapeText(p.title)}`)
    for (const e of p.emails) push(typed('EMAIL', e.label, PLACE_TYPES, group), escapeText(e.value))
    for (const t of p.phones) {
      const tel = typed('TEL', t.label, TEL_TYPES, group)
      push({ ...tel, head: `${tel.head};VALUE=text` }, escapeText(t.value))
    }
    for (const u of p.links)
      push(typed('URL', u.label, PLACE_TYPES, group), u.value.replace(/[\r\n]/g, ''))
    // One CATEGORIES per tag: ical.js splits `\\\\,` (an escaped backslash, then a separator) wrongly.
    for (const tag of p.tags) lines.push(`CATEGORIES:${escapeText(tag)}`)
    if (p.birthday) lines.push(`BDAY:${vcardDate(p.birthday)}`)
    // Named dates as Apple writes them (a labelled item group); ANNIVERSARY for the anniversary.
    for (const [k, d] of (p.dates ?? []).entries()) {
      if (/^anniversary$/i.test(d.label)) lines.push(`ANNIVERSARY:${vcardDate(d.date)}`)
      else
        lines.push(
          `kithdate${k + 1}.X-ABDATE:${vcardDate(d.date)}`,
          `kithdate${k + 1}.X-ABLabel:${escapeText(d.label)}`,
        )
    }
    if (p.location) lines.push(`ADR:;;;${escapeText(p.location)};;;`)
    if (p.photo) lines.push(`PHOTO:data:${p.photo.mime};base64,${p.photo.base64}`)
    if (options.includePrivate && p.notes) lines.push(`NOTE:${escapeText(p.notes)}`)
    lines.push('END:VCARD')
  }
  return lines.map(foldLine).join('\r\n') + (lines.length > 0 ? '\r\n' : '')
}

/** Spreadsheets run cells starting with = + - @ as formulas: prefix them so the file stays data. */
const safeCell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
const multi = (values: { value: string }[] | string[]) =>
  values.map((v) => (typeof v === 'string' ? v : v.value)).join(' ::: ')

export function peopleToCsv(people: readonly Person[], options: ContactExportOptions = {}): string {
  const fields = [
    'Name',
    'Organization',
    'Title',
    'Location',
    'Emails',
    'Phones',
    'Links',
    'Tags',
    'Birthday',
    'Dates',
  ]
  if (options.includePrivate) fields.push('Notes')
  const data = people.map((p) => {
    const row = [
      p.name,
      p.organization ?? '',
      p.title ?? '',
      p.location ?? '',
      multi(p.emails),
      multi(p.phones),
      multi(p.links),
      multi(p.tags),
      p.birthday ?? '',
      (p.dates ?? []).map((d) => `${d.label}: ${d.date}`).join(' ::: '),
    ]
    if (options.includePrivate) row.push(p.notes)
    return row.map(safeCell)
  })
  return Papa.unparse({ fields, data }, { newline: '\r\n' }) + '\r\n'
}
