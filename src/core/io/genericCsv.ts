import { IO_MAPPABLE_FIELDS } from '../../shared/ipc/schemas/io'
import { cell, columnIndex, parseCsv } from './csv'
import { ImportFormatError } from './limits'
import { emptyPerson, joinName, parseIsoDate, pushTag, pushValue, splitMulti } from './normalize'
import type { ParsedFile } from './staging'

/** Declared once, in the API contract, so the app's mapping step and the importer agree. */
export const MAPPABLE_FIELDS = IO_MAPPABLE_FIELDS
export type MappableField = (typeof MAPPABLE_FIELDS)[number]
/** Column header -> field; several columns may map to email, phone, link or tags. */
export type ColumnMapping = Record<string, MappableField>

const GUESSES: Record<Exclude<MappableField, 'ignore'>, string[]> = {
  name: ['name', 'full name', 'display name', 'fn'],
  firstName: ['first name', 'given name', 'first'],
  lastName: ['last name', 'family name', 'surname', 'last'],
  organization: ['organization', 'organisation', 'company', 'org'],
  title: ['title', 'job title', 'position', 'role'],
  location: ['location', 'city'],
  email: ['email', 'emails', 'e-mail', 'email address', 'mail'],
  phone: ['phone', 'phones', 'telephone', 'mobile', 'tel'],
  link: ['url', 'website', 'link', 'links', 'profile'],
  tags: ['tags', 'labels', 'groups', 'categories'],
  birthday: ['birthday', 'birth date', 'bday'],
  notes: ['notes', 'note', 'comments'],
}

/** A suggested mapping for the user to confirm (the wizard shows it; the CLI prints it). */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {}
  for (const column of header) {
    const lower = column.trim().toLowerCase()
    for (const [field, names] of Object.entries(GUESSES)) {
      if (names.includes(lower)) mapping[column] = field as MappableField
    }
  }
  return mapping
}

export function parseGenericCsv(text: string, mapping: ColumnMapping | undefined): ParsedFile {
  const table = parseCsv(text)
  const effective =
    mapping && Object.keys(mapping).length > 0 ? mapping : guessMapping(table.header)
  for (const [column, field] of Object.entries(effective)) {
    if (columnIndex(table.header, column) < 0) {
      throw new ImportFormatError(
        `the mapping names a column "${column}" that the file does not have`,
      )
    }
    if (!MAPPABLE_FIELDS.includes(field)) {
      throw new ImportFormatError(
        `unknown field "${String(field)}" (fields: ${MAPPABLE_FIELDS.join(', ')})`,
      )
    }
  }
  const fields = Object.values(effective)
  if (!fields.includes('name') && !fields.includes('firstName') && !fields.includes('lastName')) {
    throw new ImportFormatError(
      `no column maps to a name; map one, e.g. --map "${table.header[0] ?? 'Column'}=name" ` +
        `(columns: ${table.header.slice(0, 20).join(', ')})`,
      { line: table.headerLine },
    )
  }
  const columns = Object.entries(effective).map(([column, field]) => ({
    index: columnIndex(table.header, column),
    field,
  }))
  const out: ParsedFile = { people: [], ties: [], problems: [] }
  for (const row of table.rows) {
    const at = { line: row.line }
    const person = emptyPerson(`row:${row.line}`, at)
    let first = ''
    let last = ''
    for (const { index, field } of columns) {
      // Our CSV export guards formula-like cells with a quote; take it off again.
      const value = cell(row, index).replace(/^'(?=[=+\-@])/, '')
      if (!value) continue
      switch (field) {
        case 'name':
          person.name = value
          break
        case 'firstName':
          first = value
          break
        case 'lastName':
          last = value
          break
        case 'organization':
          person.organization = value
          break
        case 'title':
          person.title = value
          break
        case 'location':
          person.location = value
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
          for (const t of value.includes(' ::: ') ? splitMulti(value) : value.split(/[;,]/))
            pushTag(person.tags, t)
          break
        case 'notes':
          person.notes = value
          break
        case 'birthday': {
          const iso = parseIsoDate(value)
          if (iso) person.birthday = iso
          else
            out.problems.push({
              ...at,
              severity: 'warning',
              message: `unreadable birthday: ${value.slice(0, 40)}`,
            })
          break
        }
        case 'ignore':
          break
      }
    }
    if (!person.name) person.name = joinName(first, last)
    out.people.push(person)
  }
  return out
}
