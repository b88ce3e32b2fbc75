import { cell, columnIndex, completeRows, parseCsv, shortRowProblems } from './csv'
import { finishColumns } from './fields'
import type { ColumnMapping } from './genericCsv'
import { ImportFormatError } from './limits'
import { DropReport } from './report'
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

export function parseLinkedIn(text: string, mapping?: ColumnMapping): ParsedFile {
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
  const report = new DropReport()
  const out: ParsedFile = { people: [], ties: [], problems: shortRowProblems(table) }
  for (const row of completeRows(table)) {
    const at = { line: row.line }
    const email = cell(row, col.email)
    const person = emptyPerson(
      `row:${row.line}`,
      at,
      joinName(cell(row, col.first), cell(row, col.last)) || email,
    )
    // LinkedIn writes members who hid their profile with no name (sometimes no URL either).
    if (!person.name) person.name = cell(row, col.url)
    if (!person.name) {
      out.problems.push({
        ...at,
        severity: 'warning',
        message: 'a connection without a name, e-mail or profile URL (LinkedIn hid it): skipped',
      })
      for (const [index, value] of row.cells.entries())
        report.notKept(h[index] ?? `Column ${index + 1}`, value, 'a row without a name')
      continue
    }
    const company = cell(row, col.company)
    const position = cell(row, col.position)
    if (company) person.organization = company
    if (position) person.title = position
    pushValue(person.emails, email)
    const url = cell(row, col.url)
    if (url) {
      pushValue(person.links, url, 'LinkedIn')
      person.externalIds.push(url)
    }
    const connected = cell(row, col.connected)
    if (connected) {
      const iso = parseDayMonYear(connected)
      if (iso) person.connectedOn = iso
      else {
        out.problems.push({
          ...at,
          severity: 'warning',
          message: `unreadable "Connected On" date: ${connected.slice(0, 40)}`,
        })
        report.notKept(h[col.connected] ?? 'Connected On', connected, 'unreadable date')
      }
    }
    out.people.push(person)
  }
  finishColumns(table, new Set(Object.values(col)), out.people, mapping, report)
  out.dropped = report.list()
  return out
}
