import { IO_MAPPABLE_FIELDS } from '../../shared/ipc/schemas/io'
import {
  cell,
  columnIndex,
  completeRows,
  parseCsv,
  shortRowProblems,
  type CsvRow,
  type CsvTable,
} from './csv'
import { applyField, columnName, type NameParts } from './fields'
import { ImportFormatError } from './limits'
import { emptyPerson, joinName } from './normalize'
import { DropReport } from './report'
import type { CsvLayout, ParsedFile } from './staging'

/** Declared once, in the API contract, so the app's mapping step and the importer agree. */
export const MAPPABLE_FIELDS = IO_MAPPABLE_FIELDS
export type MappableField = (typeof MAPPABLE_FIELDS)[number]
/** Column header -> field; several columns may map to email, phone, link or tags. */
export type ColumnMapping = Record<string, MappableField>

/**
 * Header names in English, German, French and Spanish, compared without case, accents and
 * punctuation. French `nom` is the family name; Spanish `nombre` the given name.
 */
const GUESSES: Record<Exclude<MappableField, 'ignore'>, string[]> = {
  name: [
    'name',
    'full name',
    'display name',
    'fn',
    'contact',
    'contact name',
    'anzeigename',
    'vollstandiger name',
    'nom complet',
    'nom et prenom',
    'nombre completo',
    'nombre y apellidos',
  ],
  firstName: [
    'first name',
    'firstname',
    'given name',
    'first',
    'forename',
    'vorname',
    'prenom',
    'nombre',
    'nombre de pila',
  ],
  lastName: [
    'last name',
    'lastname',
    'family name',
    'surname',
    'last',
    'nachname',
    'familienname',
    'nom',
    'nom de famille',
    'apellido',
    'apellidos',
  ],
  organization: [
    'organization',
    'organisation',
    'company',
    'org',
    'employer',
    'firma',
    'unternehmen',
    'societe',
    'entreprise',
    'empresa',
    'organizacion',
    'compania',
  ],
  title: [
    'title',
    'job title',
    'position',
    'role',
    'berufsbezeichnung',
    'stellung',
    'poste',
    'fonction',
    'titre',
    'cargo',
    'puesto',
  ],
  location: [
    'location',
    'city',
    'town',
    'ort',
    'stadt',
    'wohnort',
    'ville',
    'ciudad',
    'localidad',
    'ubicacion',
  ],
  email: [
    'email',
    'emails',
    'e mail',
    'email address',
    'e mail address',
    'mail',
    'e mail adresse',
    'courriel',
    'adresse e mail',
    'adresse email',
    'adresse electronique',
    'correo',
    'correo electronico',
  ],
  phone: [
    'phone',
    'phones',
    'phone number',
    'telephone',
    'mobile',
    'mobile phone',
    'cell',
    'tel',
    'telefon',
    'telefonnummer',
    'handy',
    'mobil',
    'mobiltelefon',
    'portable',
    'numero de telephone',
    'telefono',
    'movil',
    'celular',
  ],
  link: [
    'url',
    'website',
    'web page',
    'link',
    'links',
    'profile',
    'webseite',
    'site web',
    'sitio web',
  ],
  tags: [
    'tags',
    'labels',
    'groups',
    'categories',
    'kategorien',
    'gruppen',
    'etiquettes',
    'groupes',
    'grupos',
    'categorias',
    'etiquetas',
  ],
  birthday: [
    'birthday',
    'birth date',
    'date of birth',
    'bday',
    'geburtstag',
    'geburtsdatum',
    'anniversaire',
    'date de naissance',
    'cumpleanos',
    'fecha de nacimiento',
  ],
  notes: [
    'notes',
    'note',
    'comment',
    'comments',
    'notizen',
    'notiz',
    'bemerkungen',
    'remarques',
    'commentaires',
    'notas',
    'comentarios',
  ],
}

/** `E-Mail-Adresse` -> `e mail adresse`, `Téléphone` -> `telephone`, `Email 2` -> `email`. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\s+\d+$/, '')
    .trim()
}

const BY_KEY = new Map<string, MappableField>()
for (const [field, names] of Object.entries(GUESSES))
  for (const n of names) BY_KEY.set(n, field as MappableField)

/** A suggested mapping for the user to confirm (the wizard shows it; the CLI prints it). */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {}
  for (const column of header) {
    const key = headerKey(column)
    const field =
      BY_KEY.get(key) ??
      (/\be ?mail\b|courriel|correo/.test(key)
        ? 'email'
        : /\b(phone|telefon|telephone|telefono|mobile|mobil|handy)\b/.test(key)
          ? 'phone'
          : undefined)
    if (field && column.trim()) mapping[column] = field
  }
  return mapping
}

const EMAIL_RE = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/
const PHONE_RE = /^\+?[\d\s().\-/]{6,}$/

/** Headers never hold e-mail addresses or phone numbers: a first row that does is data. */
function looksLikeData(cells: readonly string[]): boolean {
  return cells.some(
    (c) =>
      EMAIL_RE.test(c.trim()) || (PHONE_RE.test(c.trim()) && /\d{6}/.test(c.replace(/\D/g, ''))),
  )
}

/** Headerless files: columns are guessed from what their first rows hold. */
function guessByContent(columns: readonly string[], rows: readonly CsvRow[]): ColumnMapping {
  const mapping: ColumnMapping = {}
  const sample = rows.slice(0, 20)
  let named = false
  columns.forEach((column, index) => {
    const values = sample.map((r) => cell(r, index)).filter(Boolean)
    if (values.length === 0) return
    const share = (re: RegExp) => values.filter((v) => re.test(v)).length / values.length
    if (share(EMAIL_RE) >= 0.5) mapping[column] = 'email'
    else if (share(PHONE_RE) >= 0.5) mapping[column] = 'phone'
    else if (!named && share(/^[\p{L}][\p{L} .'-]*$/u) >= 0.5) {
      mapping[column] = 'name'
      named = true
    }
  })
  return mapping
}

const SAMPLE_ROWS = 5

/** The generic CSV's columns, sample rows and mapping in use, for the mapping step. */
function layoutOf(table: CsvTable, mapping: ColumnMapping, headerless: boolean): CsvLayout {
  return {
    columns: table.header.map((_, i) => columnName(table.header, i)),
    sampleRows: table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells.slice(0, 200)),
    mapping,
    headerless,
  }
}

/** Reads the table (deciding whether its first row is a header) without mapping it. */
export function readGenericTable(text: string): { table: CsvTable; headerless: boolean } {
  const table = parseCsv(text)
  if (!looksLikeData(table.header)) return { table, headerless: false }
  const rows = [{ line: table.headerLine, cells: table.header }, ...table.rows]
  const width = rows.reduce((max, r) => Math.max(max, r.cells.length), 0)
  const header = Array.from({ length: width }, (_, i) => `Column ${i + 1}`)
  return { table: { header, headerLine: table.headerLine, rows }, headerless: true }
}

export function parseGenericCsv(text: string, mapping: ColumnMapping | undefined): ParsedFile {
  const { table, headerless } = readGenericTable(text)
  const columns = table.header.map((_, i) => columnName(table.header, i))
  const given = mapping && Object.keys(mapping).length > 0
  const effective = given
    ? mapping
    : headerless
      ? guessByContent(columns, table.rows)
      : guessMapping(table.header)
  for (const [column, field] of Object.entries(effective)) {
    if (!columns.includes(column) && columnIndex(table.header, column) < 0) {
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
  const report = new DropReport()
  const out: ParsedFile = {
    people: [],
    ties: [],
    problems: shortRowProblems(table),
    csv: layoutOf(table, effective, headerless),
  }
  const fields = Object.values(effective)
  const named = ['name', 'firstName', 'lastName', 'email'].some((f) =>
    fields.includes(f as MappableField),
  )
  if (!named) {
    // Not refused: the preview shows the columns and sample rows so the user can map them.
    out.problems.push({
      line: table.headerLine,
      severity: 'error',
      message:
        `no column maps to a name or an e-mail address: map one, e.g. --map "${columns[0] ?? 'Column 1'}=name" ` +
        `(columns: ${columns.slice(0, 20).join(', ')})`,
    })
  }
  const mapped = columns.map((column, index) => ({
    index,
    column,
    field: effective[column] ?? effective[table.header[index] ?? ''] ?? 'ignore',
  }))
  for (const row of completeRows(table)) {
    const at = { line: row.line }
    const person = emptyPerson(`row:${row.line}`, at)
    const names: NameParts = { first: '', last: '' }
    for (const { index, column, field } of mapped) {
      // Our CSV export guards formula-like cells with a quote; take it off again.
      const value = cell(row, index).replace(/^'(?=[=+\-@])/, '')
      if (!named) report.unmapped(column, value)
      else applyField(person, names, field, value, column, report)
    }
    if (!named) continue
    if (!person.name) person.name = joinName(names.first, names.last)
    out.people.push(person)
  }
  out.dropped = report.list()
  return out
}
