import { columnIndex, parseCsv } from './csv'
import { hasColumns, readDialect, type DialectSpec } from './dialect'
import type { ColumnMapping } from './genericCsv'
import type { ParsedFile } from './staging'

/**
 * Outlook's CSV, desktop (translated into the UI language: English, German, French) and
 * Outlook.com / new Outlook (English names, no `Categories` column, `Title` is Mr./Dr.).
 */
const SPEC: DialectSpec = {
  first: ['First Name', 'Vorname', 'Prénom'],
  middle: ['Middle Name', 'Weitere Vornamen', 'Deuxième prénom'],
  last: ['Last Name', 'Nachname', 'Nom'],
  nickname: ['Nickname', 'Spitzname', 'Surnom'],
  company: ['Company', 'Firma', 'Société'],
  department: ['Department', 'Abteilung', 'Service'],
  title: ['Job Title', 'Position', 'Titre', 'Fonction'],
  emails: [
    { names: ['E-mail Address', 'E-Mail-Adresse', 'Adresse de messagerie'] },
    { names: ['E-mail 2 Address', 'E-Mail 2: Adresse', 'Adresse de messagerie 2'] },
    { names: ['E-mail 3 Address', 'E-Mail 3: Adresse', 'Adresse de messagerie 3'] },
  ],
  phones: [
    { names: ['Mobile Phone', 'Mobiltelefon', 'Tél. mobile'], label: 'cell' },
    { names: ['Business Phone', 'Telefon geschäftlich', 'Téléphone (bureau)'], label: 'work' },
    {
      names: ['Business Phone 2', 'Telefon geschäftlich 2', 'Téléphone 2 (bureau)'],
      label: 'work',
    },
    { names: ['Home Phone', 'Telefon privat', 'Téléphone (domicile)'], label: 'home' },
    { names: ['Home Phone 2', 'Telefon privat 2', 'Téléphone 2 (domicile)'], label: 'home' },
    { names: ['Primary Phone', 'Haupttelefon', 'Téléphone principal'], label: 'main' },
    { names: ['Company Main Phone', 'Telefon Firma', 'Téléphone société'], label: 'work' },
    { names: ['Other Phone', 'Weiteres Telefon', 'Autre téléphone'], label: 'other' },
    { names: ['Car Phone', 'Autotelefon', 'Téléphone voiture'], label: 'car' },
    { names: ['Pager', 'Pager', 'Récepteur de radiomessagerie'], label: 'pager' },
    { names: ['Business Fax', 'Fax geschäftlich', 'Télécopie (bureau)'], label: 'fax' },
    { names: ['Home Fax', 'Fax privat', 'Télécopie (domicile)'], label: 'fax' },
    { names: ['Other Fax', 'Weiteres Fax', 'Autre télécopie'], label: 'fax' },
    {
      names: ["Assistant's Phone", 'Telefon Assistent', "Téléphone de l'assistant(e)"],
      label: 'assistant',
    },
    { names: ['Callback', 'Rückmeldung', 'Rappel'], label: 'callback' },
    { names: ['Radio Phone', 'Mobilfunk', 'Radio téléphone'], label: 'radio' },
    { names: ['TTY/TDD Phone', 'Texttelefon', 'Téléphone TDD/ATS'], label: 'textphone' },
  ],
  links: [
    { names: ['Web Page', 'Webseite', 'Page Web'] },
    { names: ['Personal Web Page', 'Persönliche Webseite', 'Page Web personnelle'] },
    { names: ['IMAddress', 'IM-Adresse', 'Adresse de messagerie instantanée'], label: 'IM' },
  ],
  places: [
    {
      city: ['Home City', 'Ort privat', 'Ville (domicile)'],
      country: [
        'Home Country/Region',
        'Land/Region privat',
        'Pays/Région (domicile)',
        'Home Country',
      ],
    },
    {
      city: ['Business City', 'Ort geschäftlich', 'Ville (bureau)'],
      country: [
        'Business Country/Region',
        'Land/Region geschäftlich',
        'Pays/Région (bureau)',
        'Business Country',
      ],
    },
    {
      city: ['Other City', 'Weiterer Ort', 'Ville (autre)'],
      country: ['Other Country/Region', 'Weiteres Land/Region', 'Pays/Région (autre)'],
    },
  ],
  birthday: ['Birthday', 'Geburtstag', 'Anniversaire'],
  anniversary: ['Anniversary', 'Jahrestag', 'Anniversaire de mariage'],
  categories: ['Categories', 'Kategorien', 'Catégories'],
  notes: ['Notes', 'Notizen', 'Remarques'],
  related: [
    { names: ['Spouse', 'Partner', 'Conjoint(e)'], type: 'partner' },
    {
      names: ["Manager's Name", 'Name des/der Vorgesetzten', 'Nom du responsable'],
      type: 'colleague',
    },
    { names: ["Assistant's Name", 'Name Assistent', "Nom de l'assistant(e)"], type: 'colleague' },
  ],
  explained: [
    { names: ['E-mail Type', 'E-Mail-Typ', 'Type de messagerie'], reason: 'the kind of address' },
    {
      names: ['E-mail 2 Type', 'E-Mail 2: Typ', 'Type de messagerie 2'],
      reason: 'the kind of address',
    },
    {
      names: [
        'E-mail Display Name',
        'E-Mail: Angezeigter Name',
        'Nom complet de l’adresse de messagerie',
      ],
      reason: 'repeats the name and address',
    },
    {
      names: ['E-mail 2 Display Name', 'E-Mail 2: Angezeigter Name'],
      reason: 'repeats the name and address',
    },
    { names: ['Gender', 'Geschlecht', 'Sexe'], reason: 'Kith has no gender field' },
    { names: ['Priority', 'Priorität', 'Priorité'], reason: "Outlook's setting for the item" },
    {
      names: ['Sensitivity', 'Vertraulichkeit', 'Critère de diffusion'],
      reason: "Outlook's setting for the item",
    },
    { names: ['Private', 'Privat', 'Privé'], reason: "Outlook's setting for the item" },
    { names: ['Initials', 'Initialen', 'Initiales'], reason: 'repeats the name' },
  ],
  dayFirst: (h) => columnIndex(h, 'Vorname', 'Prénom') >= 0,
}

export function isOutlookHeader(header: readonly string[]): boolean {
  const names = hasColumns(header, SPEC.first ?? [], SPEC.last ?? [])
  const email = hasColumns(header, SPEC.emails?.[0]?.names ?? [])
  const outlookOnly =
    hasColumns(header, SPEC.categories ?? []) ||
    hasColumns(header, ['Business Phone', 'Telefon geschäftlich', 'Téléphone (bureau)']) ||
    hasColumns(header, ['E-mail 2 Address', 'E-Mail 2: Adresse', 'Adresse de messagerie 2'])
  return names && (email || hasColumns(header, SPEC.company ?? [])) && outlookOnly
}

export function parseOutlook(text: string, mapping?: ColumnMapping): ParsedFile {
  return readDialect(parseCsv(text), SPEC, mapping)
}
