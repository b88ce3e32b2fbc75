import { cell, columnIndex, completeRows, parseCsv, shortRowProblems, type CsvRow } from './csv'
import { finishColumns } from './fields'
import type { ColumnMapping } from './genericCsv'
import {
  emptyPerson,
  joinName,
  parseFlexibleDate,
  pushTag,
  pushValue,
  splitMulti,
  withDepartment,
} from './normalize'
import { parsePartialDate } from './partialDate'
import { DropReport } from './report'
import type { TieType } from './domainTypes'
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

const RELATION_TYPES: Record<string, TieType> = {
  spouse: 'partner',
  partner: 'partner',
  'domestic partner': 'partner',
  friend: 'friend',
  child: 'family',
  parent: 'family',
  mother: 'family',
  father: 'family',
  brother: 'family',
  sister: 'family',
  relative: 'family',
  manager: 'colleague',
  assistant: 'colleague',
  'referred by': 'acquaintance',
}

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

export function parseGoogle(text: string, mapping?: ColumnMapping): ParsedFile {
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
    city: columnIndex(h, 'Address 1 - City'),
    country: columnIndex(h, 'Address 1 - Country'),
    department: columnIndex(h, 'Organization Department', 'Organization 1 - Department'),
    nickname: columnIndex(h, 'Nickname'),
  }
  const emails = families(h, 'E-mail')
  const phones = families(h, 'Phone')
  const sites = families(h, 'Website')
  const relations = families(h, 'Relation')
  const used = new Set<number>([
    ...Object.values(col),
    ...[...emails, ...phones, ...sites, ...relations].flatMap((f) => [f.value, f.label]),
  ])
  const report = new DropReport()
  const out: ParsedFile = { people: [], ties: [], problems: shortRowProblems(table) }
  for (const row of completeRows(table)) {
    const at = { line: row.line }
    const name =
      cell(row, col.name) ||
      joinName(cell(row, col.first), cell(row, col.middle), cell(row, col.last))
    const nickname = cell(row, col.nickname)
    const person = emptyPerson(`row:${row.line}`, at, name || nickname || cell(row, col.org))
    if (nickname && person.name !== nickname)
      report.notKept(h[col.nickname] ?? 'Nickname', nickname, 'Kith has no nickname field')
    const org = cell(row, col.org)
    const department = cell(row, col.department)
    const title = cell(row, col.title)
    if (org) person.organization = org
    if (title || department)
      person.title = department ? withDepartment(title || undefined, department) : title
    const city = cell(row, col.city)
    const country = cell(row, col.country)
    const location =
      cell(row, col.location) || (city && country ? `${city}, ${country}` : city || country)
    if (location) person.location = location
    if (cell(row, col.location) && (city || country)) {
      if (city) report.notKept(h[col.city] ?? 'City', city, 'Kith keeps one location')
      if (country) report.notKept(h[col.country] ?? 'Country', country, 'Kith keeps one location')
    }
    addFamily(row, emails, person.emails)
    addFamily(row, phones, person.phones)
    addFamily(row, sites, person.links)
    // Relations (Spouse, Friend, Manager...) name people: seed ties, as vCard RELATED does.
    for (const r of relations) {
      const label = cell(row, r.label)
        .replace(/^\*\s*/, '')
        .toLowerCase()
      for (const name of splitMulti(cell(row, r.value))) {
        const type = RELATION_TYPES[label]
        out.ties.push({
          a: person.key,
          bName: name,
          strength: 3,
          type: type ?? 'other',
          ...(!type && label ? { customType: label.slice(0, 200) } : {}),
          at,
        })
      }
    }
    for (const label of splitMulti(cell(row, col.labels))) {
      if (!SYSTEM_LABELS.has(label.toLowerCase()) && !label.startsWith('* '))
        pushTag(person.tags, label)
      else report.notKept(h[col.labels] ?? 'Labels', label, "Google's own groups are not labels")
    }
    const birthday = cell(row, col.birthday)
    if (birthday) {
      // Google writes a birthday without a year as `--12-05`.
      const iso = parseFlexibleDate(birthday) ?? parsePartialDate(birthday)
      if (iso) person.birthday = iso
      else report.notKept(h[col.birthday] ?? 'Birthday', birthday, 'unreadable date')
    }
    const notes = cell(row, col.notes)
    if (notes) person.notes = notes
    if (!person.name && person.emails[0]) person.name = person.emails[0].value
    out.people.push(person)
  }
  finishColumns(table, used, out.people, mapping, report)
  out.dropped = report.list()
  return out
}
