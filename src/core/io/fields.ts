import { cell, type CsvTable } from './csv'
import type { ColumnMapping, MappableField } from './genericCsv'
import { joinName, parseFlexibleDate, pushTag, pushValue, splitMulti } from './normalize'
import type { DropReport } from './report'
import type { StagedPerson } from './staging'

/** Name parts gathered while reading one row (joined once the row is read). */
export interface NameParts {
  first: string
  last: string
}

/** Tags cells: Google's ` ::: `, or `;`/`,` lists (Outlook categories, hand-made sheets). */
export function splitTags(value: string): string[] {
  return value.includes(' ::: ') ? splitMulti(value) : value.split(/[;,]/)
}

/**
 * Puts one value into the field the user (or a guess) mapped its source to. Shared by every CSV
 * dialect, vCard properties and graph attributes, so a mapping means the same thing everywhere.
 */
export function applyField(
  person: StagedPerson,
  names: NameParts,
  field: MappableField,
  value: string,
  source: string,
  report: DropReport,
): void {
  if (!value) return
  switch (field) {
    case 'name':
      person.name = value
      break
    case 'firstName':
      names.first = names.first ? `${names.first} ${value}` : value
      break
    case 'lastName':
      names.last = names.last ? `${names.last} ${value}` : value
      break
    case 'organization':
      person.organization = person.organization ? `${person.organization}, ${value}` : value
      break
    case 'title':
      person.title = person.title ? `${person.title}, ${value}` : value
      break
    case 'location':
      person.location = person.location ? `${person.location}, ${value}` : value
      break
    case 'email':
      for (const v of splitMulti(value)) pushValue(person.emails, v)
      break
    case 'phone':
      for (const v of splitMulti(value)) pushValue(person.phones, v)
      break
    case 'link':
      for (const v of splitMulti(value)) pushValue(person.links, v)
      break
    case 'tags':
      for (const t of splitTags(value)) pushTag(person.tags, t)
      break
    case 'notes':
      person.notes = person.notes ? `${person.notes}\n\n${source}: ${value}` : value
      break
    case 'birthday': {
      const iso = parseFlexibleDate(value)
      if (iso) person.birthday = iso
      else report.notKept(source, value, 'unreadable date')
      break
    }
    case 'ignore':
      report.unmapped(source, value)
      break
  }
}

/** A column's name as the preview shows it (headers may be empty or repeated). */
export function columnName(header: readonly string[], index: number): string {
  return header[index]?.trim() || `Column ${index + 1}`
}

/**
 * Every column a dialect did not read: mapped by the user's extra mapping when there is one,
 * otherwise reported with a sample value. Rows that became no person are reported as problems.
 */
export function finishColumns(
  table: CsvTable,
  used: ReadonlySet<number>,
  people: readonly StagedPerson[],
  mapping: ColumnMapping | undefined,
  report: DropReport,
): void {
  const byKey = new Map(people.map((p) => [p.key, p]))
  table.header.forEach((_, index) => {
    if (used.has(index)) return
    const source = columnName(table.header, index)
    const field = mapping?.[source]
    for (const row of table.rows) {
      const value = cell(row, index)
      const person = byKey.get(`row:${row.line}`)
      // `0/0/00` is how Outlook writes "no date" in every date column.
      if (!value || !person || /^0+[./-]0+[./-]0+$/.test(value)) continue
      if (!field || field === 'ignore') {
        report.unmapped(source, value)
        continue
      }
      const names: NameParts = { first: '', last: '' }
      applyField(person, names, field, value, source, report)
      if (names.first) person.name = joinName(names.first, person.name)
      if (names.last) person.name = joinName(person.name, names.last)
    }
  })
}
