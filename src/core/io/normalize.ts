import type { LabelledValue } from './domainTypes'
import type { ImportProblem, StagedPerson } from './staging'
import type { ProblemLocation } from './limits'

export const normEmail = (value: string): string => value.trim().toLowerCase()

/** Digits only, with a leading + kept; the last 9 digits identify a number across formats. */
export function normPhone(value: string): string {
  const digits = value.replace(/[^\d]/g, '')
  return digits.length >= 6 ? digits.slice(-9) : ''
}

/** Profile URLs compare without scheme, `www.`, query, trailing slash and case. */
export function normUrl(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
}

export const normName = (value: string): string =>
  value.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ')

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}

function isoIfValid(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return undefined
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * LinkedIn's `Connected On`, parsed explicitly (never `new Date(string)`): current exports write
 * `04 Sep 2024` / `1 Jan 2019`; older ones `15-Jan-24` and US `1/8/18, 6:14 PM`.
 */
export function parseDayMonYear(value: string): string | undefined {
  const m = /^\s*(\d{1,2})[\s-]+([A-Za-z]{3})[a-z]*[\s-]+(\d{4}|\d{2})\s*$/.exec(value)
  if (m) {
    const month = MONTHS[(m[2] as string).toLowerCase()]
    return month ? isoIfValid(fullYear(m[3] as string), month, Number(m[1])) : undefined
  }
  const us =
    /^\s*(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*([AP]M)?)?\s*$/i.exec(
      value,
    )
  if (us) return isoIfValid(fullYear(us[3] as string), Number(us[1]), Number(us[2]))
  return undefined
}

/** Two-digit years: 00-30 are this century, the rest the last one. */
function fullYear(text: string): number {
  const year = Number(text)
  return text.length <= 2 ? year + (year > 30 ? 1900 : 2000) : year
}

/** `Jan 15, 2024`, `January 15 2024`. */
function parseMonDayYear(value: string): string | undefined {
  const m = /^\s*([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\s*$/.exec(value)
  const month = m ? MONTHS[(m[1] as string).toLowerCase()] : undefined
  return m && month ? isoIfValid(Number(m[3]), month, Number(m[2])) : undefined
}

/** Any date a contacts sheet is likely to hold; day-first only where dots say so. */
export function parseFlexibleDate(value: string, dayFirst = false): string | undefined {
  return parseLocaleDate(value, dayFirst) ?? parseDayMonYear(value) ?? parseMonDayYear(value)
}

/** ISO `YYYY-MM-DD`, vCard `YYYYMMDD` / `YYYY-MM-DDThh...`; year-less dates (`--0412`) are dropped. */
export function parseIsoDate(value: string): string | undefined {
  const m = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s].*)?$/.exec(value)
  return m ? isoIfValid(Number(m[1]), Number(m[2]), Number(m[3])) : undefined
}

/**
 * Locale dates from Outlook: `M/D/YYYY` (English), `D.M.YYYY` (German), `D/M/YYYY` when `dayFirst`.
 * `0/0/00` and empty mean none.
 */
export function parseLocaleDate(value: string, dayFirst: boolean): string | undefined {
  const iso = parseIsoDate(value)
  if (iso) return iso
  const m = /^\s*(\d{1,2})([./-])(\d{1,2})\2(\d{2,4})\s*$/.exec(value)
  if (!m) return undefined
  const a = Number(m[1])
  const b = Number(m[3])
  let year = Number(m[4])
  if (year === 0 || a === 0 || b === 0) return undefined
  if (year < 100) year += year > 30 ? 1900 : 2000
  const dotted = m[2] === '.'
  return dotted || dayFirst ? isoIfValid(year, b, a) : isoIfValid(year, a, b)
}

export function splitMulti(value: string): string[] {
  return value
    .split(' ::: ')
    .map((v) => v.trim())
    .filter((v) => v.length > 0)
}

export function emptyPerson(key: string, at: ProblemLocation, name = ''): StagedPerson {
  return { key, at, name, emails: [], phones: [], links: [], tags: [], externalIds: [] }
}

export function pushValue(list: LabelledValue[], value: string | undefined, label?: string): void {
  const v = value?.trim()
  if (!v) return
  if (list.some((x) => x.value.toLowerCase() === v.toLowerCase())) return
  const cleanLabel = label?.trim()
  list.push(cleanLabel ? { label: cleanLabel.slice(0, 200), value: v } : { value: v })
}

export function pushTag(tags: string[], value: string | undefined): void {
  const v = value?.trim()
  if (v && !tags.some((t) => t.toLowerCase() === v.toLowerCase())) tags.push(v)
}

export function joinName(...parts: (string | undefined)[]): string {
  return parts
    .map((p) => p?.trim() ?? '')
    .filter((p) => p.length > 0)
    .join(' ')
}

const clip = (value: string | undefined, max: number): string | undefined => {
  const v = value?.trim()
  return v ? v.slice(0, max) : undefined
}

/**
 * Brings a staged person inside the record schema's bounds (lengths and counts), reporting what
 * was cut, so that a commit never fails validation halfway through a big file.
 */
export function boundPerson(person: StagedPerson, problems: ImportProblem[]): StagedPerson | null {
  // A contact with only an e-mail address is still a contact: named by the address until renamed.
  const name = (person.name.replace(/\s+/g, ' ').trim() || person.emails[0]?.value) ?? ''
  if (!name) {
    problems.push({ ...person.at, severity: 'error', message: 'no name (skipped)' })
    return null
  }
  if (name.length > 200) {
    problems.push({
      ...person.at,
      severity: 'warning',
      message: 'name longer than 200 characters was shortened',
    })
  }
  const values = (list: LabelledValue[], what: string) => {
    const ok = list.filter((v) => v.value.length <= 500)
    if (ok.length < list.length) {
      problems.push({
        ...person.at,
        severity: 'warning',
        message: `a ${what} longer than 500 characters was dropped`,
      })
    }
    return ok.slice(0, 50)
  }
  const out: StagedPerson = {
    ...person,
    name: name.slice(0, 200),
    emails: values(person.emails, 'e-mail'),
    phones: values(person.phones, 'phone'),
    links: values(person.links, 'link'),
    tags: person.tags.map((t) => t.slice(0, 200)).slice(0, 100),
    externalIds: [...new Set(person.externalIds.map((e) => e.slice(0, 500)))].slice(0, 20),
  }
  const organization = clip(person.organization, 200)
  const title = clip(person.title, 200)
  const location = clip(person.location, 200)
  if (organization) out.organization = organization
  else delete out.organization
  if (title) out.title = title
  else delete out.title
  if (location) out.location = location
  else delete out.location
  if (person.notes !== undefined && person.notes.trim() === '') delete out.notes
  return out
}

/** "Engineer (Research)": a department or unit rides with the title, not the organisation. */
export function withDepartment(title: string | undefined, department: string): string {
  return title ? `${title} (${department})` : department
}
