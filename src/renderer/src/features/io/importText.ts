import { formatCount, formatNumber } from '../../format'

import type {
  ImportPreviewView,
  ImportProblemView,
  IoImportFormat,
  IoMappableField,
} from '../../../../shared/ipc'

export const FORMAT_LABELS: Record<IoImportFormat, string> = {
  vcard: 'vCard contacts',
  linkedin: 'LinkedIn connections',
  google: 'Google Contacts CSV',
  outlook: 'Outlook CSV',
  thunderbird: 'Thunderbird address book CSV',
  csv: 'CSV with a column mapping',
  gexf: 'GEXF graph (Gephi)',
  graphml: 'GraphML graph',
  cyjs: 'Cytoscape JSON',
  edgelist: 'Edge-list CSV',
  'kith-json': 'Kith JSON export',
}

export const FIELD_LABELS: Record<IoMappableField, string> = {
  name: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  organization: 'Organization',
  title: 'Job title',
  location: 'Location',
  email: 'E-mail',
  phone: 'Phone',
  link: 'Link / profile URL',
  tags: 'Tags',
  birthday: 'Birthday',
  notes: 'Notes',
  ignore: 'Do not import',
}

const ENCODING_LABELS: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (with BOM)',
  'utf-16le-bom': 'UTF-16',
  'utf-16be-bom': 'UTF-16 (big-endian)',
  'utf-16le': 'UTF-16 without a byte-order mark',
  'utf-16be': 'UTF-16 (big-endian) without a byte-order mark',
  'windows-1252': 'Windows-1252 (older Windows programs)',
  'vcard-charset': 'as each property’s CHARSET says (Shift_JIS, Big5, ISO-8859…)',
  binary: 'binary (ZIP)',
}

export function encodingLabel(encoding: string): string {
  return ENCODING_LABELS[encoding] ?? encoding
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return formatCount(n, one, many)
}

/** "Card 3, line 41" / "Row 12": where in the file a problem is, or '' for the whole file. */
export function problemLocation(problem: Pick<ImportProblemView, 'card' | 'row' | 'line'>): string {
  const parts: string[] = []
  if (problem.card !== undefined) parts.push(`card ${problem.card}`)
  if (problem.row !== undefined) parts.push(`row ${problem.row}`)
  if (problem.line !== undefined) parts.push(`line ${problem.line}`)
  const text = parts.join(', ')
  return text ? text[0]!.toUpperCase() + text.slice(1) : 'Whole file'
}

const GRAPH_FORMATS: readonly IoImportFormat[] = ['gexf', 'graphml', 'cyjs', 'edgelist']

export function isGraphFormat(format: IoImportFormat): boolean {
  return GRAPH_FORMATS.includes(format)
}

/** Why the import cannot be committed yet, or null when it can. */
export function commitBlocker(preview: ImportPreviewView, acceptProblems: boolean): string | null {
  const { counts } = preview
  if (counts.people === 0 && counts.otherRecords === 0) return 'The file has nobody to import.'
  if (counts.errors > 0 && !acceptProblems) {
    return `${plural(counts.rowsWithProblems, 'row')} cannot be imported: accept skipping them, or fix the file.`
  }
  if (preview.format === 'csv' && preview.mapping && !mappingHasName(preview.mapping)) {
    return 'Map a column to the full name, the first or last name, or the e-mail address.'
  }
  return null
}

/** A contact needs a name, or at least an e-mail address to be named by. */
export function mappingHasName(mapping: Record<string, IoMappableField>): boolean {
  return Object.values(mapping).some(
    (f) => f === 'name' || f === 'firstName' || f === 'lastName' || f === 'email',
  )
}

/** What a dropped source is called in this format: a column, a property or an attribute. */
export function sourceNoun(format: IoImportFormat): string {
  if (format === 'vcard') return 'property'
  if (isGraphFormat(format) && format !== 'edgelist') return 'attribute'
  return 'column'
}

/** "14 values in column "Mobile Number" not imported (unreadable date)". */
export function droppedText(d: ImportPreviewView['dropped'][number], noun: string): string {
  const what = `${plural(d.count, 'value')} in ${noun} "${d.source}"`
  return d.kind === 'unmapped'
    ? `${what} ${d.count === 1 ? 'maps' : 'map'} to nothing`
    : `${what} not imported (${d.reason ?? 'not kept'})`
}

/** The mapping with one attribute as the name (and no other). */
export function withNameAttribute(
  mapping: Record<string, IoMappableField> | undefined,
  attribute: string,
): Record<string, IoMappableField> {
  const out = Object.fromEntries(
    Object.entries(mapping ?? {}).filter(([, field]) => field !== 'name'),
  )
  return attribute ? { ...out, [attribute]: 'name' } : out
}

/** The mapping the user sees: every column, each with a field ('ignore' when unmapped). */
export function fullMapping(
  columns: readonly string[],
  mapping: Record<string, IoMappableField> | null,
): Record<string, IoMappableField> {
  const out: Record<string, IoMappableField> = {}
  for (const column of columns) out[column] = mapping?.[column] ?? 'ignore'
  return out
}

/** Only the mapped columns: what the core takes as `mapping`. */
export function mappingInput(
  mapping: Record<string, IoMappableField>,
): Record<string, IoMappableField> {
  return Object.fromEntries(Object.entries(mapping).filter(([, field]) => field !== 'ignore'))
}

export function previewSummary(preview: ImportPreviewView): string {
  const { counts } = preview
  if (preview.format === 'kith-json') {
    return `${plural(counts.people, 'person', 'people')}, ${plural(counts.ties, 'tie')} and ${plural(counts.otherRecords, 'other record')}.`
  }
  return `${plural(counts.people, 'person', 'people')}: ${formatNumber(counts.newPeople)} new, ${formatNumber(counts.matched)} already in your vault; ${plural(counts.ties, 'tie')}.`
}

/** What a committed batch did, in one sentence. */
export function batchSummary(counts: Record<string, number>): string {
  const created = counts.peopleCreated ?? 0
  const updated = counts.peopleUpdated ?? 0
  const ties = counts.tiesCreated ?? 0
  const other = counts.otherCreated ?? 0
  const parts = [plural(created, 'new person', 'new people')]
  if (updated > 0) parts.push(`${plural(updated, 'person', 'people')} updated`)
  parts.push(plural(ties, 'tie'))
  if (other > 0) parts.push(plural(other, 'other record'))
  return parts.join(', ')
}

export function committingText(preview: ImportPreviewView): string {
  const total = preview.counts.people + preview.counts.otherRecords
  return `Importing ${plural(total, 'record')}${total > 2000 ? ': a large file takes a few seconds' : ''}…`
}
