import { cell, columnIndex, parseCsv, type CsvRow } from './csv'
import { emptyPerson, joinName, parseIsoDate, pushTag, pushValue, splitMulti } from './normalize'
import type { ParsedFile } from './staging'

/** Google's own groups: not tags a person chose. */
const SYSTEM_LABELS = new Set([
  '* mycontacts',
  '* starred',
  '* other contacts',
  '* friends',
  '* family',
  '* coworkers',
])

export function isGoogleHeader(header: readonly string[]): boolean {
  const h = new Set(header.map((x) => x.toLowerCase()))
  const current =
    h.has('first name') &&
    (h.has('labels') || h.has('organization name')) &&
    h.has('e-mail 1 - value')
  const legacy = h.has('given name') && h.has('family name') && h.has('group membership')
  return current || legacy
}

/** `E-mail 1 - Value`, `E-mail 2 - Value`, ... with their `- Label` (current) or `- Type` (legacy). */
function families(header: readonly string[], prefix: string): { value: number; label: number }[] {
  const out: { value: number; label: number }[] = []
  header.forEach((name, index) => {
    const m = new RegExp(`^${prefix} (\\d+) - Value$`, 'i').exec(name)
    if (!m) return
    const n = m[1] as string
    out.push({
      value: index,
      label: columnIndex(header, `${prefix} ${n} - Label`, `${prefix} ${n} - Type`),
    })
  })
  return out
}

function addFamily(
  row: CsvRow,
  family: { value: number; label: number }[],
  into: { label?: string; value: string }[],
): void {
  for (const f of family) {
    const label = cell(row, f.label).replace(/^\*\s*/, '')
    for (const value of splitMulti(cell(row, f.value))) pushValue(into, value, label || undefined)
  }
}

export function parseGoogle(text: string): ParsedFile {
  const table = parseCsv(text)
  const h = table.header
  const col = {
    name: columnIndex(h, 'Name'),
    first: columnIndex(h, 'First Name', 'Given Name'),
    middle: columnIndex(h, 'Middle Name', 'Additional Name'),
    last: columnIndex(h, 'Last Name', 'Family Name'),
    org: columnIndex(h, 'Organization Name', 'Organization 1 - Name'),
    title: columnIndex(h, 'Organization Title', 'Organization 1 - Title'),
    birthday: columnIndex(h, 'Birthday'),
    notes: columnIndex(h, 'Notes'),
    labels: columnIndex(h, 'Labels', 'Group Membership'),
    location: columnIndex(h, 'Location'),
  }
  const emails = families(h, 'E-mail')
  const phones = families(h, 'Phone')
  const sites = families(h, 'Website')
  const out: ParsedFile = { people: [], ties: [], problems: [] }
  for (const row of table.rows) {
    const at = { line: row.line }
    const name =
      cell(row, col.name) ||
      joinName(cell(row, col.first), cell(row, col.middle), cell(row, col.last))
    const person = emptyPerson(`row:${row.line}`, at, name || cell(row, col.org))
    const org = cell(row, col.org)
    const title = cell(row, col.title)
    if (org) person.organization = org
    if (title) person.title = title
    const location = cell(row, col.location)
    if (location) person.location = location
    addFamily(row, emails, person.emails)
    addFamily(row, phones, person.phones)
    addFamily(row, sites, person.links)
    for (const label of splitMulti(cell(row, col.labels))) {
      if (!SYSTEM_LABELS.has(label.toLowerCase()) && !label.startsWith('* '))
        pushTag(person.tags, label)
    }
    const birthday = cell(row, col.birthday)
    if (birthday) {
      const iso = parseIsoDate(birthday)
      if (iso) person.birthday = iso
    }
    const notes = cell(row, col.notes)
    if (notes) person.notes = notes
    if (!person.name && person.emails[0]) person.name = person.emails[0].value
    out.people.push(person)
  }
  return out
}
