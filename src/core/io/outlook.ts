import { cell, columnIndex, parseCsv } from './csv'
import { emptyPerson, joinName, parseLocaleDate, pushTag, pushValue } from './normalize'
import type { ParsedFile } from './staging'

/** Outlook translates its CSV headers into the UI language: English, German and French aliases. */
const ALIASES = {
  first: ['First Name', 'Vorname', 'Prénom'],
  middle: ['Middle Name', 'Weitere Vornamen', 'Deuxième prénom'],
  last: ['Last Name', 'Nachname', 'Nom'],
  company: ['Company', 'Firma', 'Société'],
  department: ['Department', 'Abteilung', 'Service'],
  title: ['Job Title', 'Position', 'Titre'],
  emails: [
    ['E-mail Address', 'E-Mail-Adresse', 'Adresse de messagerie'],
    ['E-mail 2 Address', 'E-Mail 2: Adresse', 'Adresse de messagerie 2'],
    ['E-mail 3 Address', 'E-Mail 3: Adresse', 'Adresse de messagerie 3'],
  ],
  phones: [
    ['Mobile Phone', 'Mobiltelefon', 'Tél. mobile', 'mobile'],
    ['Business Phone', 'Telefon geschäftlich', 'Téléphone (bureau)', 'work'],
    ['Home Phone', 'Telefon privat', 'Téléphone (domicile)', 'home'],
  ],
  birthday: ['Birthday', 'Geburtstag', 'Anniversaire'],
  categories: ['Categories', 'Kategorien', 'Catégories'],
  notes: ['Notes', 'Notizen', 'Remarques'],
  web: ['Web Page', 'Webseite', 'Page Web'],
} as const

export function isOutlookHeader(header: readonly string[]): boolean {
  const has = (names: readonly string[]) => columnIndex(header, ...names) >= 0
  return (
    has(ALIASES.first) &&
    has(ALIASES.last) &&
    (has(ALIASES.emails[0]) || has(ALIASES.company)) &&
    has(ALIASES.categories)
  )
}

export function parseOutlook(text: string): ParsedFile {
  const table = parseCsv(text)
  const h = table.header
  const german = columnIndex(h, 'Vorname') >= 0
  const french = columnIndex(h, 'Prénom') >= 0
  const col = {
    first: columnIndex(h, ...ALIASES.first),
    middle: columnIndex(h, ...ALIASES.middle),
    last: columnIndex(h, ...ALIASES.last),
    company: columnIndex(h, ...ALIASES.company),
    title: columnIndex(h, ...ALIASES.title),
    birthday: columnIndex(h, ...ALIASES.birthday),
    categories: columnIndex(h, ...ALIASES.categories),
    notes: columnIndex(h, ...ALIASES.notes),
    web: columnIndex(h, ...ALIASES.web),
  }
  const emailCols = ALIASES.emails.map((names) => columnIndex(h, ...names))
  const phoneCols = ALIASES.phones.map((names) => ({
    index: columnIndex(h, ...names.slice(0, 3)),
    label: names[3],
  }))
  const out: ParsedFile = { people: [], ties: [], problems: [] }
  for (const row of table.rows) {
    const at = { line: row.line }
    const name = joinName(cell(row, col.first), cell(row, col.middle), cell(row, col.last))
    const person = emptyPerson(`row:${row.line}`, at, name || cell(row, col.company))
    const company = cell(row, col.company)
    const title = cell(row, col.title)
    if (company) person.organization = company
    if (title) person.title = title
    for (const index of emailCols) pushValue(person.emails, cell(row, index))
    for (const phone of phoneCols) pushValue(person.phones, cell(row, phone.index), phone.label)
    pushValue(person.links, cell(row, col.web))
    for (const category of cell(row, col.categories).split(/[;,]/)) pushTag(person.tags, category)
    const birthday = cell(row, col.birthday)
    if (birthday) {
      const iso = parseLocaleDate(birthday, german || french)
      if (iso) person.birthday = iso
      else if (!/^0+[./]0+[./]0+$/.test(birthday)) {
        out.problems.push({
          ...at,
          severity: 'warning',
          message: `unreadable birthday: ${birthday.slice(0, 40)}`,
        })
      }
    }
    const notes = cell(row, col.notes)
    if (notes) person.notes = notes
    if (!person.name && person.emails[0]) person.name = person.emails[0].value
    out.people.push(person)
  }
  return out
}
