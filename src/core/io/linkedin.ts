import { cell, columnIndex, parseCsv } from './csv'
import { ImportFormatError } from './limits'
import { emptyPerson, joinName, parseDayMonYear, pushValue } from './normalize'
import type { ParsedFile } from './staging'

/** The header line, found by content: current exports put a `Notes:` paragraph before it. */
export function findLinkedInHeaderLine(text: string): number | undefined {
  const lines = text.slice(0, 64 * 1024).split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/^\uFEFF/, '').trim()
    if (/^"?First Name"?,"?Last Name"?,/i.test(line) && /Connected On/i.test(line)) return i + 1
  }
  return undefined
}

export function parseLinkedIn(text: string): ParsedFile {
  const headerLine = findLinkedInHeaderLine(text)
  if (headerLine === undefined) {
    throw new ImportFormatError(
      'no LinkedIn header (First Name, Last Name, ..., Connected On) found',
    )
  }
  const table = parseCsv(text, headerLine)
  const h = table.header
  const col = {
    first: columnIndex(h, 'First Name'),
    last: columnIndex(h, 'Last Name'),
    url: columnIndex(h, 'URL', 'Profile URL'),
    email: columnIndex(h, 'Email Address', 'E-mail Address'),
    company: columnIndex(h, 'Company'),
    position: columnIndex(h, 'Position'),
    connected: columnIndex(h, 'Connected On'),
  }
  const out: ParsedFile = { people: [], ties: [], problems: [] }
  for (const row of table.rows) {
    const at = { line: row.line }
    const person = emptyPerson(
      `row:${row.line}`,
      at,
      joinName(cell(row, col.first), cell(row, col.last)),
    )
    const company = cell(row, col.company)
    const position = cell(row, col.position)
    if (company) person.organization = company
    if (position) person.title = position
    pushValue(person.emails, cell(row, col.email))
    const url = cell(row, col.url)
    if (url) {
      pushValue(person.links, url, 'LinkedIn')
      person.externalIds.push(url)
    }
    const connected = cell(row, col.connected)
    if (connected) {
      const iso = parseDayMonYear(connected)
      if (iso) person.connectedOn = iso
      else
        out.problems.push({
          ...at,
          severity: 'warning',
          message: `unreadable "Connected On" date: ${connected.slice(0, 40)}`,
        })
    }
    out.people.push(person)
  }
  return out
}
