import ICAL from 'ical.js'
import { MAX_PHOTO_BYTES } from '../../shared/domain'
import type { TieType } from './domainTypes'
import { emptyPerson, joinName, parseIsoDate, pushTag, pushValue } from './normalize'
import type { ParsedFile, StagedPerson } from './staging'
import { splitCards } from './vcardPrepass'

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
const unescapeUri = (value: string) => value.replace(/\\([:,;\\])/g, '$1')
/** ical.js unescapes `\\\\`, `\\,` and `\\n` in plain text values but leaves `\\;` escaped (structured ones are fine). */
const text = (v: unknown): string => str(v).replace(/\\;/g, ';')

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

export function parseVcard(bytes: Uint8Array): ParsedFile {
  const out: ParsedFile = { people: [], ties: [], problems: [] }
  for (const raw of splitCards(bytes)) {
    const at = { card: raw.card, line: raw.line }
    if (!raw.text) {
      out.problems.push({ ...at, severity: 'error', message: raw.error ?? 'unreadable card' })
      continue
    }
    let props: JProp[]
    try {
      const parsed = ICAL.parse(raw.text) as unknown as [string, JProp[], unknown[]]
      props = parsed[1]
    } catch (error) {
      out.problems.push({
        ...at,
        severity: 'error',
        message: `unreadable card: ${(error as Error).message.slice(0, 200)}`,
      })
      continue
    }
    const person = emptyPerson(`card:${raw.card}`, at)
    const groupLabels = new Map<string, string>()
    for (const p of props) {
      if (p[0] === 'x-ablabel' && typeof p[1].group === 'string')
        groupLabels.set(p[1].group, appleLabel(str(p[3])))
    }
    const labelOf = (p: JProp): string | undefined => {
      const group = typeof p[1].group === 'string' ? p[1].group : undefined
      const fromGroup = group ? groupLabels.get(group) : undefined
      if (fromGroup) return fromGroup
      const type = firstParam(p[1].type)
        .split(',')
        .filter((t) => t && !['internet', 'voice', 'pref', 'x400'].includes(t))
      return type[0]
    }
    let n: string[] = []
    let showAsCompany = false
    for (const p of props) {
      const value = p[3]
      switch (p[0]) {
        case 'fn':
          person.name = text(value).trim()
          break
        case 'n':
          n = Array.isArray(value) ? value.map(str) : str(value).split(';')
          break
        case 'org':
          person.organization = (Array.isArray(value) ? value.map(str) : [str(value)])
            .filter(Boolean)
            .join(', ')
          break
        case 'title':
          person.title = text(value)
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
          person.notes = text(value)
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
        case 'adr': {
          const parts = Array.isArray(value) ? value.map(str) : str(value).split(';')
          const location = joinName(parts[3], parts[6])
          if (location && !person.location)
            person.location = parts[3] && parts[6] ? `${parts[3]}, ${parts[6]}` : location
          break
        }
        case 'bday': {
          const iso = parseIsoDate(str(value))
          if (iso) person.birthday = iso
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
      }
    }
    if (!person.name) person.name = joinName(n[3], n[1], n[2], n[0], n[4])
    if ((!person.name || showAsCompany) && person.organization) person.name = person.organization
    if (!person.name && person.emails[0]) person.name = person.emails[0].value
    const kithId = person.externalIds.find((e) => /^vcard:kith:[0-9a-f]{32}$/.test(e))
    if (kithId) person.knownId = kithId.slice('vcard:kith:'.length)
    out.people.push(person)
  }
  return out
}
