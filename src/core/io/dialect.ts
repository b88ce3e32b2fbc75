import type { TieType } from './domainTypes'
import {
  cell,
  columnIndex,
  completeRows,
  shortRowProblems,
  type CsvRow,
  type CsvTable,
} from './csv'
import { finishColumns, splitTags } from './fields'
import type { ColumnMapping } from './genericCsv'
import {
  emptyPerson,
  joinName,
  parseFlexibleDate,
  pushTag,
  pushValue,
  withDepartment,
} from './normalize'
import { yearlessFromParts } from './partialDate'
import { DropReport } from './report'
import type { ParsedFile } from './staging'

/** Column names of one field in each language a program writes (first match wins). */
type Names = readonly string[]

/**
 * A contacts program's CSV layout: which columns hold which Kith field. Columns it does not name
 * are reported (and can be mapped by the user), never silently skipped.
 */
export interface DialectSpec {
  first?: Names
  middle?: Names
  last?: Names
  display?: Names
  nickname?: Names
  company?: Names
  department?: Names
  title?: Names
  emails?: { names: Names; label?: string }[]
  phones?: { names: Names; label: string }[]
  links?: { names: Names; label?: string }[]
  /** City columns with their country column, in order of preference (home first). */
  places?: { city: Names; country?: Names }[]
  birthday?: Names
  /** Outlook's Anniversary: kept as a named date. */
  anniversary?: Names
  birthParts?: { year: Names; month: Names; day: Names }
  categories?: Names
  notes?: Names
  /** Columns naming a related person (Outlook's Spouse, Manager's Name): seed ties by name. */
  related?: { names: Names; type: TieType }[]
  /**
   * Columns the program fills for every contact with nothing a person said (Outlook's
   * `Priority: Normal`, `E-mail Type: SMTP`): listed as not kept with why, unless the user maps
   * them.
   */
  explained?: { names: Names; reason: string }[]
  /** Dates are day-first (German, French UI). */
  dayFirst?: (header: readonly string[]) => boolean
}

export function hasColumns(header: readonly string[], ...names: Names[]): boolean {
  return names.every((n) => columnIndex(header, ...n) >= 0)
}

/** Reads a table with a dialect's layout; everything else goes through `finishColumns`. */
export function readDialect(
  table: CsvTable,
  spec: DialectSpec,
  mapping: ColumnMapping | undefined,
): ParsedFile {
  const h = table.header
  const used = new Set<number>()
  const col = (names: Names | undefined): number => {
    const index = names ? columnIndex(h, ...names) : -1
    if (index >= 0) used.add(index)
    return index
  }
  const first = col(spec.first)
  const middle = col(spec.middle)
  const last = col(spec.last)
  const display = col(spec.display)
  const nickname = col(spec.nickname)
  const company = col(spec.company)
  const department = col(spec.department)
  const title = col(spec.title)
  const birthday = col(spec.birthday)
  const anniversary = col(spec.anniversary)
  const categories = col(spec.categories)
  const notes = col(spec.notes)
  const emails = (spec.emails ?? []).map((e) => ({ index: col(e.names), label: e.label }))
  const phones = (spec.phones ?? []).map((p) => ({ index: col(p.names), label: p.label }))
  const links = (spec.links ?? []).map((l) => ({ index: col(l.names), label: l.label }))
  const places = (spec.places ?? []).map((p) => ({ city: col(p.city), country: col(p.country) }))
  const birthParts = spec.birthParts
    ? {
        year: col(spec.birthParts.year),
        month: col(spec.birthParts.month),
        day: col(spec.birthParts.day),
      }
    : undefined
  const related = (spec.related ?? []).map((r) => ({ index: col(r.names), type: r.type }))
  const dayFirst = spec.dayFirst?.(h) ?? false
  const report = new DropReport()
  const out: ParsedFile = { people: [], ties: [], problems: shortRowProblems(table) }
  const source = (index: number) => h[index] ?? `Column ${index + 1}`

  for (const row of completeRows(table)) {
    const at = { line: row.line }
    const person = emptyPerson(`row:${row.line}`, at)
    const get = (index: number) => cell(row, index)
    person.name = joinName(get(first), get(middle), get(last)) || get(display) || get(nickname)
    // The display name usually repeats first + last; when it says something else, keep it.
    const shown = get(display)
    if (shown && person.name !== shown && !joinName(get(first), get(last)).includes(shown)) {
      if (joinName(get(first), get(middle), get(last)))
        report.notKept(
          source(display),
          shown,
          'the name is taken from the first and last name columns',
        )
    }
    const nick = get(nickname)
    if (nick && person.name !== nick)
      report.notKept(source(nickname), nick, 'Kith has no nickname field')
    const org = get(company)
    const dept = get(department)
    if (org) person.organization = org
    const job = get(title)
    if (job || dept) person.title = dept ? withDepartment(job || undefined, dept) : job
    for (const e of emails) pushValue(person.emails, get(e.index), e.label)
    for (const p of phones) pushValue(person.phones, get(p.index), p.label)
    for (const l of links) pushValue(person.links, get(l.index), l.label)
    for (const place of places) {
      const city = get(place.city)
      const country = get(place.country)
      if (!city && !country) continue
      const where = city && country ? `${city}, ${country}` : city || country
      if (!person.location) person.location = where
      else if (person.location !== where) {
        if (city)
          report.notKept(source(place.city), city, 'Kith keeps one location (the first address)')
        if (country && !person.location.endsWith(country))
          report.notKept(
            source(place.country),
            country,
            'Kith keeps one location (the first address)',
          )
      }
    }
    for (const c of splitTags(get(categories))) pushTag(person.tags, c)
    readBirthday(row, { birthday, birthParts, dayFirst }, person, report, source)
    const married = get(anniversary)
    if (married && !/^0+[./-]0+[./-]0+$|^1[./-]1[./-]1601$/.test(married)) {
      const date = parseFlexibleDate(married, dayFirst)
      if (date) (person.dates ??= []).push({ label: 'Anniversary', date })
      else report.notKept(source(anniversary), married, 'unreadable date')
    }
    const note = get(notes)
    if (note) person.notes = note
    for (const r of related) {
      const name = get(r.index)
      if (name) out.ties.push({ a: person.key, bName: name, strength: 3, type: r.type, at })
    }
    out.people.push(person)
  }
  for (const e of spec.explained ?? []) {
    const index = columnIndex(h, ...e.names)
    if (index < 0 || used.has(index) || mapping?.[source(index)]) continue
    used.add(index)
    for (const row of completeRows(table)) report.notKept(source(index), cell(row, index), e.reason)
  }
  finishColumns(table, used, out.people, mapping, report)
  out.dropped = report.list()
  return out
}

function readBirthday(
  row: CsvRow,
  cols: {
    birthday: number
    birthParts: { year: number; month: number; day: number } | undefined
    dayFirst: boolean
  },
  person: ParsedFile['people'][number],
  report: DropReport,
  source: (index: number) => string,
): void {
  const value = cell(row, cols.birthday)
  // Outlook writes `0/0/00` (and `1/1/1601` in some versions) for "no birthday".
  if (value && !/^0+[./-]0+[./-]0+$|^1[./-]1[./-]1601$/.test(value)) {
    const iso = parseFlexibleDate(value, cols.dayFirst)
    if (iso) person.birthday = iso
    else report.notKept(source(cols.birthday), value, 'unreadable date')
  }
  const parts = cols.birthParts
  if (!parts) return
  const [y, m, d] = [cell(row, parts.year), cell(row, parts.month), cell(row, parts.day)]
  if (!y && !m && !d) return
  const iso =
    y && m && d ? parseFlexibleDate(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`) : undefined
  if (iso) {
    person.birthday = iso
    return
  }
  // Thunderbird leaves Birth Year empty for a birthday whose year is not known.
  const noYear = !y && m && d ? yearlessFromParts(m, d) : undefined
  if (noYear) {
    person.birthday = noYear
    return
  }
  const reason = 'unreadable date'
  for (const [index, value] of [
    [parts.year, y],
    [parts.month, m],
    [parts.day, d],
  ] as const) {
    if (value) report.notKept(source(index), value, reason)
  }
}
