import { parseCsv } from './csv'
import { hasColumns, readDialect, type DialectSpec } from './dialect'
import type { ColumnMapping } from './genericCsv'
import type { ParsedFile } from './staging'

/**
 * Thunderbird's address book export ("Comma Separated"): English and German column names. The
 * header ends with a comma (an unnamed last column), which is why rows do too.
 */
const SPEC: DialectSpec = {
  first: ['First Name', 'Vorname', 'Prénom'],
  last: ['Last Name', 'Nachname', 'Nom de famille'],
  display: ['Display Name', 'Anzeigename', 'Nom à afficher'],
  nickname: ['Nickname', 'Spitzname', 'Surnom'],
  company: ['Organization', 'Organisation', 'Société'],
  department: ['Department', 'Abteilung', 'Service'],
  title: ['Job Title', 'Arbeitstitel', 'Profession'],
  emails: [
    { names: ['Primary Email', 'Primäre E-Mail-Adresse', 'Adresse électronique principale'] },
    {
      names: ['Secondary Email', 'Sekundäre E-Mail-Adresse', 'Adresse électronique secondaire'],
    },
  ],
  phones: [
    { names: ['Mobile Number', 'Mobil-Tel.-Nr.', 'Portable'], label: 'cell' },
    { names: ['Work Phone', 'Tel. dienstlich', 'Tél. professionnel'], label: 'work' },
    { names: ['Home Phone', 'Tel. privat', 'Tél. personnel'], label: 'home' },
    { names: ['Fax Number', 'Fax-Nummer', 'Fax'], label: 'fax' },
    { names: ['Pager Number', 'Pager-Nummer', 'Pager'], label: 'pager' },
  ],
  links: [
    { names: ['Web Page 1', 'Webseite 1', 'Site Web 1'] },
    { names: ['Web Page 2', 'Webseite 2', 'Site Web 2'] },
    { names: ['Screen Name', 'Messenger-Name', 'Pseudo'], label: 'IM' },
  ],
  places: [
    {
      city: ['Home City', 'Privat: Ort', 'Ville'],
      country: ['Home Country', 'Privat: Land', 'Pays'],
    },
    {
      city: ['Work City', 'Dienstlich: Ort', 'Ville (travail)'],
      country: ['Work Country', 'Dienstlich: Land', 'Pays (travail)'],
    },
  ],
  birthParts: {
    year: ['Birth Year', 'Geburtsjahr', 'Année de naissance'],
    month: ['Birth Month', 'Geburtsmonat', 'Mois'],
    day: ['Birth Day', 'Geburtstag', 'Jour'],
  },
  notes: ['Notes', 'Notizen', 'Notes'],
}

export function isThunderbirdHeader(header: readonly string[]): boolean {
  return (
    hasColumns(header, SPEC.emails?.[0]?.names ?? []) &&
    hasColumns(header, SPEC.display ?? []) &&
    hasColumns(header, SPEC.first ?? [])
  )
}

export function parseThunderbird(text: string, mapping?: ColumnMapping): ParsedFile {
  return readDialect(parseCsv(text), SPEC, mapping)
}
