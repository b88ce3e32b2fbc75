import ICAL from 'ical.js'
import { MAX_PHOTO_BYTES } from '../../shared/domain'
import type { TieType } from './domainTypes'
import { applyField, type NameParts } from './fields'
import type { ColumnMapping } from './genericCsv'
import { emptyPerson, joinName, pushTag, pushValue, withDepartment } from './normalize'
import { parsePartialDate } from './partialDate'
import { DropReport } from './report'
import type { ParsedFile, StagedPerson } from './staging'
import { splitCards, type RawCard } from './vcardPrepass'

/** jCard property: [name, params, valueType, ...values]. */
type JProp = [string, Record<string, string | string[]>, string, ...unknown[]]

const PHOTO_MIMES = {
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
} as const

const RELATED_TYPES: Record<string, TieType> = {
  friend: 'friend',
  colleague: 'colleague',
  'co-worker': 'colleague',
  coworker: 'colleague',
  spouse: 'partner',
  sweetheart: 'partner',
  partner: 'partner',
  child: 'family',
  parent: 'family',
  sibling: 'family',
  kin: 'family',
  mother: 'family',
  father: 'family',
  brother: 'family',
  sister: 'family',
  manager: 'colleague',
  assistant: 'colleague',
  acquaintance: 'acquaintance',
}

const str = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) ? v.map(str).join(' ') : ''
const firstParam = (p: string | string[] | undefined): string =>
  (Array.isArray(p) ? p.join(',') : (p ?? '')).toLowerCase()
/** Apple writes `_$!<HomePage>!$_`; custom labels are plain text. */
const appleLabel = (label: string) => label.replace(/^_\$!<(.*)>!\$_$/, '$1')
const capitalise = (label: string) => label.charAt(0).toUpperCase() + label.slice(1)
const unescapeUri = (value: string) => value.replace(/\\([:,;\\])/g, '$1')
/** ical.js unescapes `\\\\`, `\\,` and `\\n` in plain text values but leaves `\\;` escaped (structured ones are fine). */
const text = (v: unknown): string => str(v).replace(/\\;/g, ';')
/**
 * Every value of a text property: a quoted-printable value may hold a bare comma, which ical.js
 * then reads as a list separator. Joined back so nothing after the comma is lost.
 */
const allText = (p: JProp): string =>
  p
    .slice(3)
    .map((v) => text(v))
    .join(',')

function base64Bytes(base64: string): number {
  const clean = base64.replace(/\s/g, '')
  return (
    Math.floor((clean.length * 3) / 4) - (clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0)
  )
}

function readPhoto(prop: JProp, person: StagedPerson, problems: ParsedFile['problems']): void {
  const raw = str(prop[3]).trim()
  let mime: string | undefined
  let base64: string | undefined
  const data = /^data:(image\/[a-z+.-]+)(?:;[^,]*)?;base64,(.*)$/is.exec(raw)
  if (data) {
    mime = (data[1] as string).toLowerCase()
    base64 = data[2]
  } else if (/^https?:|^ftp:/i.test(raw)) {
    problems.push({
      ...person.at,
      severity: 'warning',
      message: 'photo is a web address: not fetched (Kith makes no network requests)',
    })
    return
  } else if (firstParam(prop[1].encoding) === 'b' || prop[2] === 'binary') {
    const type = firstParam(prop[1].type).replace(/^image\//, '')
    mime = PHOTO_MIMES[type as keyof typeof PHOTO_MIMES] ?? 'image/jpeg'
    base64 = raw
  }
  if (!mime || !base64) return
  const allowed = Object.values(PHOTO_MIMES) as string[]
  if (!allowed.includes(mime)) return
  base64 = base64.replace(/\s/g, '')
  if (base64Bytes(base64) > MAX_PHOTO_BYTES) {
    problems.push({
      ...person.at,
      severity: 'warning',
      message: `photo larger than ${MAX_PHOTO_BYTES / 1024} KB was left out`,
    })
    return
  }
  person.photo = { mime: mime as NonNullable<StagedPerson['photo']>['mime'], base64 }
}

/** Properties about the file or the card itself, not about the person: nothing to keep. */
const STRUCTURAL = new Set([
  'version',
  'prodid',
  'rev',
  'kind',
  'x-addressbookserver-kind',
  'clientpidmap',
  'x-kith-dropped',
  'x-ablabel',
])

/** Instant messaging and social profiles: kept as links, labelled by their service. */
const LINK_PROPS: Record<string, string> = {
  impp: 'IM',
  'x-socialprofile': 'profile',
  'x-skype': 'Skype',
  'x-skype-username': 'Skype',
  'x-aim': 'AIM',
  'x-jabber': 'Jabber',
  'x-msn': 'MSN',
  'x-icq': 'ICQ',
  'x-yahoo': 'Yahoo',
  'x-twitter': 'Twitter',
  'x-gtalk': 'Google Talk',
}

/** Reads a card's lines with ical.js; a line it cannot read is left out and named, not fatal. */
function readProps(
  raw: RawCard,
  at: { card: number; line: number },
  out: ParsedFile,
  report: DropReport,
): JProp[] | undefined {
  const lines = raw.lines ?? []
  const wrap = (body: string[]) => `BEGIN:VCARD\r\n${body.join('\r\n')}\r\nEND:VCARD\r\n`
  try {
    const parsed = ICAL.parse(wrap(lines.map((l) => l.text))) as unknown as [string, JProp[]]
    return parsed[1]
  } catch {
    // One bad line must not cost the card its other properties: read them one by one.
  }
  const props: JProp[] = []
  for (const { line, text: propLine } of lines) {
    try {
      const parsed = ICAL.parse(wrap([propLine])) as unknown as [string, JProp[]]
      props.push(...parsed[1])
    } catch (error) {
      const name = propLine.split(/[;:]/)[0] ?? ''
      out.problems.push({
        ...at,
        line,
        severity: 'warning',
        message: `line ${line}: unreadable ${name} property left out (${(error as Error).message.slice(0, 120)})`,
      })
      report.notKept(
        name.toUpperCase(),
        propLine.slice(name.length + 1),
        `unreadable (line ${line})`,
      )
    }
  }
  return props
}

const uidKey = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/^urn:uuid:/, '')

interface Group {
  name: string
  members: string[]
  at: { card: number; line: number }
}

export function parseVcard(bytes: Uint8Array, mapping?: ColumnMapping): ParsedFile {
  const out: ParsedFile = { people: [], ties: [], problems: [] }
  const report = new DropReport()
  const groups: Group[] = []
  for (const raw of splitCards(bytes)) {
    const at = { card: raw.card, line: raw.line }
    for (const skipped of raw.skipped) {
      out.problems.push({
        ...at,
        line: skipped.line,
        severity: 'warning',
        message: `line ${skipped.line} is not a vCard property and was left out: "${skipped.text.slice(0, 60)}"`,
      })
      report.notKept(`line ${skipped.line}`, skipped.text, 'not a vCard property')
    }
    if (!raw.lines) {
      out.problems.push({ ...at, severity: 'error', message: raw.error ?? 'unreadable card' })
      continue
    }
    if (raw.nestedIn !== undefined) {
      out.problems.push({
        ...at,
        severity: 'warning',
        message: `a card nested in card ${raw.nestedIn} (AGENT) was imported as its own person`,
      })
      // An AGENT acts for the card holder (an assistant, usually): they know each other.
      out.ties.push({
        a: `card:${raw.nestedIn}`,
        b: `card:${raw.card}`,
        strength: 3,
        type: 'colleague',
        at,
      })
    }
    const props = readProps(raw, at, out, report)
    if (!props) continue
    const kind = props.find((p) => p[0] === 'kind' || p[0] === 'x-addressbookserver-kind')
    if (kind && str(kind[3]).trim().toLowerCase() === 'group') {
      groups.push({
        name: text(props.find((p) => p[0] === 'fn')?.[3]).trim() || `group ${raw.card}`,
        members: props
          .filter((p) => p[0] === 'member' || p[0] === 'x-addressbookserver-member')
          .map((p) => str(p[3])),
        at,
      })
      continue
    }
    const person = readPerson(props, at, mapping, out, report)
    out.people.push(person)
  }
  applyGroups(groups, out.people, report)
  out.dropped = report.list()
  return out
}

/** `KIND:group` cards (and Apple's `X-ADDRESSBOOKSERVER-KIND`) label their members. */
function applyGroups(groups: readonly Group[], people: StagedPerson[], report: DropReport): void {
  if (groups.length === 0) return
  const byUid = new Map<string, StagedPerson>()
  const byEmail = new Map<string, StagedPerson>()
  for (const p of people) {
    for (const e of p.externalIds) if (e.startsWith('vcard:')) byUid.set(uidKey(e.slice(6)), p)
    for (const e of p.emails) byEmail.set(e.value.toLowerCase(), p)
  }
  for (const group of groups) {
    for (const member of group.members) {
      const target = /^mailto:/i.test(member)
        ? byEmail.get(member.slice(7).trim().toLowerCase())
        : byUid.get(uidKey(member))
      if (target) pushTag(target.tags, group.name)
      else report.notKept('MEMBER', member, `a member of "${group.name}" who is not in the file`)
    }
  }
}

function readPerson(
  props: JProp[],
  at: { card: number; line: number },
  mapping: ColumnMapping | undefined,
  out: ParsedFile,
  report: DropReport,
): StagedPerson {
  const person = emptyPerson(`card:${at.card}`, at)
  const groupLabels = new Map<string, string>()
  for (const p of props) {
    if (p[0] === 'x-ablabel' && typeof p[1].group === 'string')
      groupLabels.set(p[1].group, appleLabel(str(p[3])))
  }
  const labelOf = (p: JProp): string | undefined => {
    const group = typeof p[1].group === 'string' ? p[1].group : undefined
    const fromGroup = group ? groupLabels.get(group) : undefined
    if (fromGroup) return fromGroup
    // `TYPE=work,fax` is a work fax: the kinds together, without the ones every value has.
    const types = firstParam(p[1].type)
      .split(',')
      .filter((t) => t && !['internet', 'voice', 'pref', 'x400'].includes(t))
    return types.length > 0 ? types.join(' ') : undefined
  }
  const names: NameParts = { first: '', last: '' }
  const fns: { value: string; language: boolean }[] = []
  const nicknames: string[] = []
  let n: string[] = []
  let showAsCompany = false
  let department = ''
  for (const p of props) {
    const value = p[3]
    const NAME = p[0].toUpperCase()
    switch (p[0]) {
      case 'fn':
        if (allText(p).trim()) fns.push({ value: allText(p).trim(), language: 'language' in p[1] })
        break
      case 'n':
        n = Array.isArray(value) ? value.map(str) : str(value).split(';')
        break
      case 'nickname':
        for (const v of p.slice(3)) if (text(v).trim()) nicknames.push(text(v).trim())
        break
      case 'org': {
        // The organisation alone (likely ties compare it); its units go with the title.
        const [org = '', ...units] = (Array.isArray(value) ? value.map(str) : [str(value)]).map(
          (x) => x.trim(),
        )
        if (!person.organization && org) person.organization = org
        else if (org) report.notKept(NAME, org, 'Kith keeps one organisation')
        department = units.filter(Boolean).join(', ')
        break
      }
      case 'title':
        if (!person.title) person.title = allText(p)
        else report.notKept(NAME, allText(p), 'Kith keeps one title')
        break
      case 'role':
        if (!person.title) person.title = text(value)
        else if (!person.title.includes(text(value)))
          person.title = `${person.title}, ${text(value)}`
        break
      case 'email':
        pushValue(person.emails, str(value).replace(/^mailto:/i, ''), labelOf(p))
        break
      case 'tel':
        pushValue(person.phones, str(value).replace(/^tel:/i, ''), labelOf(p))
        break
      case 'url':
        pushValue(person.links, unescapeUri(str(value)), labelOf(p))
        break
      case 'categories':
        for (const c of p.slice(3)) pushTag(person.tags, text(c))
        break
      case 'note':
        person.notes = person.notes ? `${person.notes}\n\n${allText(p)}` : allText(p)
        break
      case 'uid':
        if (str(value)) person.externalIds.push(`vcard:${str(value)}`)
        break
      case 'x-abshowas':
        showAsCompany = str(value).toUpperCase() === 'COMPANY'
        break
      case 'photo':
        readPhoto(p, person, out.problems)
        break
      case 'x-kith-dropped':
        out.problems.push({
          ...at,
          severity: 'warning',
          message: /^photo$/i.test(str(value))
            ? `photo larger than ${MAX_PHOTO_BYTES / 1024} KB was left out`
            : `an oversized ${str(value)} property was left out`,
        })
        break
      case 'adr':
        readAddress(p, person, report)
        break
      case 'bday': {
        const date = parsePartialDate(str(value))
        if (date) person.birthday = date
        else report.notKept(NAME, str(value), 'unreadable date')
        break
      }
      case 'anniversary':
      case 'x-anniversary':
      case 'x-abdate': {
        const date = parsePartialDate(str(value))
        const fallback = p[0] === 'x-abdate' ? 'Date' : 'Anniversary'
        const label = capitalise(labelOf(p) ?? fallback)
        if (date) (person.dates ??= []).push({ label, date })
        else report.notKept(NAME, str(value), 'unreadable date')
        break
      }
      case 'x-abrelatednames':
      case 'related': {
        const label = (labelOf(p) ?? '').toLowerCase()
        const target = unescapeUri(str(value)).trim()
        if (!target) break
        const uid = /^(urn:uuid:|urn:kith:|kith:)/i.test(target) ? target : undefined
        out.ties.push({
          a: person.key,
          ...(uid ? { bName: undefined, b: `uid:${uid}` } : { bName: target }),
          strength: 3,
          type: RELATED_TYPES[label] ?? 'other',
          ...(RELATED_TYPES[label] ? {} : label ? { customType: label.slice(0, 200) } : {}),
          at,
        })
        break
      }
      default: {
        const all = p
          .slice(3)
          .map((v) => text(v))
          .join(',')
          .trim()
        if (STRUCTURAL.has(p[0]) || !all) break
        const service = LINK_PROPS[p[0]]
        if (service) {
          pushValue(person.links, unescapeUri(all), labelOf(p) ?? service)
          break
        }
        const field = mapping?.[NAME]
        if (field && field !== 'ignore') applyField(person, names, field, all, NAME, report)
        else report.unmapped(NAME, all)
      }
    }
  }
  if (department) person.title = withDepartment(person.title, department)
  // Several FN values (one per language): the one without LANGUAGE, else the first.
  const fn = fns.find((f) => !f.language) ?? fns[0]
  if (fn) person.name = fn.value
  for (const other of fns)
    if (other !== fn && other.value !== fn?.value)
      report.notKept('FN', other.value, 'Kith keeps one name')
  if (!person.name) person.name = joinName(n[3], n[1], n[2], n[0], n[4])
  if (names.first || names.last) person.name = joinName(names.first, person.name, names.last)
  if ((!person.name || showAsCompany) && person.organization) person.name = person.organization
  if (!person.name && nicknames[0]) person.name = nicknames[0]
  if (!person.name && person.emails[0]) person.name = person.emails[0].value
  const lowerName = person.name.toLowerCase()
  for (const part of n) {
    for (const word of part.split(',')) {
      if (word.trim() && !lowerName.includes(word.trim().toLowerCase()))
        report.notKept('N', word.trim(), 'a name part the display name leaves out')
    }
  }
  for (const nick of nicknames)
    if (nick !== person.name) report.notKept('NICKNAME', nick, 'Kith has no nickname field')
  const kithId = person.externalIds.find((e) => /^vcard:kith:[0-9a-f]{32}$/.test(e))
  if (kithId) person.knownId = kithId.slice('vcard:kith:'.length)
  return person
}

/** ADR = box;extended;street;city;region;code;country: Kith keeps "city, country" of the first. */
function readAddress(p: JProp, person: StagedPerson, report: DropReport): void {
  const value = p[3]
  const parts = (Array.isArray(value) ? value.map(str) : str(value).split(';')).map((x) =>
    x.replace(/\r?\n/g, ' ').trim(),
  )
  const city = parts[3] ?? ''
  const country = parts[6] ?? ''
  const where = city && country ? `${city}, ${country}` : city || country
  if (where && !person.location) person.location = where
  else if (where && person.location !== where)
    report.notKept('ADR', where, 'Kith keeps one location')
  const rest = [parts[0], parts[1], parts[2], parts[4], parts[5]].filter(Boolean).join(', ')
  if (rest) report.notKept('ADR', rest, 'Kith keeps the city and country of an address')
}
