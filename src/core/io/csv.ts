import Papa from 'papaparse'
import { IMPORT_LIMITS, ImportFormatError } from './limits'

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number
  cells: string[]
  /** Fewer cells than the header: the row (often the file's last) may be cut short. */
  short?: true
}

export interface CsvTable {
  header: string[]
  headerLine: number
  rows: CsvRow[]
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++
  return n
}

/** Guards the column cap before papaparse builds a 100k-cell row. */
function checkColumnCount(firstLine: string, lineNo: number): void {
  let commas = 0
  let semis = 0
  let tabs = 0
  for (let i = 0; i < firstLine.length; i++) {
    const c = firstLine.charCodeAt(i)
    if (c === 44) commas++
    else if (c === 59) semis++
    else if (c === 9) tabs++
  }
  const columns = Math.max(commas, semis, tabs) + 1
  if (columns > IMPORT_LIMITS.maxColumns) {
    throw new ImportFormatError(
      `the header has ${columns} columns; the limit is ${IMPORT_LIMITS.maxColumns}`,
      { line: lineNo },
    )
  }
}

/**
 * Parses CSV text starting at `startLine` (1-based; the part before it, such as LinkedIn's
 * `Notes:` preamble, is ignored). The first non-empty row is the header. Malformed quoting is an
 * error for the whole file, naming the line.
 */
export function parseCsv(text: string, startLine = 1): CsvTable {
  let offset = 0
  for (let line = 1; line < startLine; line++) {
    const next = text.indexOf('\n', offset)
    if (next < 0) throw new ImportFormatError('the file ends before its header', { line })
    offset = next + 1
  }
  const body = text.slice(offset)
  const firstLineEnd = body.indexOf('\n')
  checkColumnCount(firstLineEnd < 0 ? body : body.slice(0, firstLineEnd), startLine)

  const rows: CsvRow[] = []
  let header: string[] | undefined
  let headerLine = startLine
  let prevCursor = 0
  let linesBefore = 0
  let failure: ImportFormatError | undefined
  Papa.parse<string[]>(body, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
    step(result, parser) {
      const cursor = result.meta.cursor
      // The row starts after the previous row's terminator (and any skipped blank lines).
      let start = prevCursor
      while (start < cursor && (body[start] === '\r' || body[start] === '\n')) start++
      linesBefore += countNewlines(body, prevCursor, start)
      const line = startLine + linesBefore
      linesBefore += countNewlines(body, start, cursor)
      prevCursor = cursor
      const quoteError = result.errors.find(
        (e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes',
      )
      if (quoteError) {
        failure = new ImportFormatError(`a quoted field is not closed (${quoteError.message})`, {
          line,
        })
        parser.abort()
        return
      }
      const cells = result.data
      if (cells.length > IMPORT_LIMITS.maxColumns) {
        failure = new ImportFormatError(
          `${cells.length} columns; the limit is ${IMPORT_LIMITS.maxColumns}`,
          { line },
        )
        parser.abort()
        return
      }
      if (cells.some((c) => c.length > IMPORT_LIMITS.maxFieldChars)) {
        failure = new ImportFormatError(
          `a field is longer than ${IMPORT_LIMITS.maxFieldChars} characters`,
          { line },
        )
        parser.abort()
        return
      }
      if (!header) {
        header = cells.map((c) => c.trim())
        headerLine = line
        return
      }
      if (rows.length >= IMPORT_LIMITS.maxRows) {
        failure = new ImportFormatError(`more than ${IMPORT_LIMITS.maxRows} rows`, { line })
        parser.abort()
        return
      }
      rows.push(cells.length < header.length ? { line, cells, short: true } : { line, cells })
    },
  })
  if (failure) throw failure
  if (!header) throw new ImportFormatError('the file is empty: no header row')
  return { header, headerLine, rows }
}

/** Case-insensitive column lookup by any of several names (headers are localised). */
export function columnIndex(header: readonly string[], ...names: string[]): number {
  const wanted = names.map((n) => n.toLowerCase())
  return header.findIndex((h) => wanted.includes(h.trim().toLowerCase()))
}

export function cell(row: CsvRow, index: number): string {
  return index >= 0 ? (row.cells[index] ?? '').trim() : ''
}

/** A row with fewer cells than the header is reported, never imported as a half record. */
export function shortRowProblems(
  table: CsvTable,
): { line: number; severity: 'error'; message: string }[] {
  return table.rows
    .filter((row) => row.short)
    .map((row) => ({
      line: row.line,
      severity: 'error' as const,
      message: `the row has ${row.cells.length} of ${table.header.length} columns (cut short?): skipped`,
    }))
}

/** The rows that have every column of the header. */
export function completeRows(table: CsvTable): CsvRow[] {
  return table.rows.filter((row) => !row.short)
}
