/**
 * The SNAP "Social circles: Facebook" ego networks (McAuley & Leskovec 2012) as a Kith user would
 * have them: a contact file carrying employer, position, town, schools and home town, the
 * friendships between the contacts, and the person's own hand-made circles as ground truth.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const EGOS = [0, 348, 414, 686] as const

/** What a contact card can carry about one friend, from their 0/1 profile features. */
export interface FriendProfile {
  employer?: string
  position?: string
  city?: string
  schools: string[]
  hometown?: string
}

export interface Circle {
  name: string
  members: number[]
}

export interface EgoNetwork {
  ego: number
  /** Every friend (the rows of EGO.feat), ascending. */
  friends: number[]
  /** Ties between friends, each once with a < b, sorted; the ego's own ties are implied. */
  edges: [number, number][]
  /** The person's circles, restricted to friends, in file order (all sizes). */
  circles: Circle[]
  profiles: Map<number, FriendProfile>
}

const lines = (text: string) => text.split(/\r?\n/).filter((l) => l.trim().length > 0)

/**
 * Feature values are anonymised ("anonymized feature 102"): readable stand-ins keep the number, so
 * two friends with the same employer get the same organisation and different ones never collide.
 * The numbers are ids of one entity across columns: a university can be both an employer and a
 * school, a town both the location and a home town; such values get the same name, as they would
 * in a real address book.
 */
function valueName(kind: keyof typeof PREFIX, raw: string): string {
  const n = /(\d+)\s*$/.exec(raw)?.[1] ?? raw
  return `${PREFIX[kind]} ${n}`
}
const PREFIX = {
  employer: 'Organisation',
  school: 'Organisation',
  position: 'Role',
  place: 'Town',
} as const

export function loadEgo(dir: string, ego: number): EgoNetwork {
  const base = join(dir, 'ego-facebook', String(ego))
  const featnames = lines(readFileSync(`${base}.featnames`, 'utf8')).map((l) => {
    const space = l.indexOf(' ')
    return l.slice(space + 1)
  })
  const profiles = new Map<number, FriendProfile>()
  for (const line of lines(readFileSync(`${base}.feat`, 'utf8'))) {
    const cols = line.trim().split(/\s+/).map(Number)
    const friend = cols[0]!
    const p: FriendProfile = { schools: [] }
    // Columns in file order: "first" value = lowest column, as a profile lists it first.
    for (let k = 1; k < cols.length; k++) {
      if (cols[k] !== 1) continue
      const name = featnames[k - 1] ?? ''
      if (name.startsWith('work;employer;')) p.employer ??= valueName('employer', name)
      else if (name.startsWith('work;position;')) p.position ??= valueName('position', name)
      else if (name.startsWith('location;')) p.city ??= valueName('place', name)
      else if (name.startsWith('hometown;')) p.hometown ??= valueName('place', name)
      else if (name.startsWith('education;school;')) {
        const school = valueName('school', name)
        if (!p.schools.includes(school)) p.schools.push(school)
      }
    }
    profiles.set(friend, p)
  }
  const friends = [...profiles.keys()].sort((a, b) => a - b)
  const known = new Set(friends)
  const seen = new Set<string>()
  const edges: [number, number][] = []
  for (const line of lines(readFileSync(`${base}.edges`, 'utf8'))) {
    const [x, y] = line.trim().split(/\s+/).map(Number) as [number, number]
    if (x === y || !known.has(x) || !known.has(y)) continue
    const a = Math.min(x, y)
    const b = Math.max(x, y)
    const key = `${a} ${b}`
    if (seen.has(key)) continue
    seen.add(key)
    edges.push([a, b])
  }
  edges.sort((p, q) => p[0] - q[0] || p[1] - q[1])
  const circles = lines(readFileSync(`${base}.circles`, 'utf8')).map((line) => {
    const [name, ...rest] = line.trim().split(/\s+/)
    const members = [...new Set(rest.map(Number).filter((f) => known.has(f)))].sort((a, b) => a - b)
    return { name: name ?? '', members }
  })
  return { ego, friends, edges, circles, profiles }
}

/** vCard 3.0 text escaping (RFC 2426 section 4): backslash, comma, semicolon, newline. */
function esc(value: string): string {
  return value.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n')
}

export const friendName = (friend: number) => `Friend ${friend}`

/**
 * One vCard 3.0 card per friend, in friend order: FN, ORG (employer), TITLE (position), ADR with the
 * town as locality, CATEGORIES "School: ..." for each school and "Home town: ...".
 */
export function egoVcard(net: EgoNetwork): string {
  const out: string[] = []
  for (const friend of net.friends) {
    const p = net.profiles.get(friend)!
    out.push('BEGIN:VCARD', 'VERSION:3.0', `FN:${esc(friendName(friend))}`)
    out.push(`N:${esc(String(friend))};Friend;;;`)
    if (p.employer) out.push(`ORG:${esc(p.employer)}`)
    if (p.position) out.push(`TITLE:${esc(p.position)}`)
    if (p.city) out.push(`ADR;TYPE=HOME:;;;${esc(p.city)};;;`)
    const categories = [
      ...p.schools.map((s) => `School: ${s}`),
      ...(p.hometown ? [`Home town: ${p.hometown}`] : []),
    ]
    if (categories.length > 0) out.push(`CATEGORIES:${categories.map(esc).join(',')}`)
    out.push('END:VCARD')
  }
  return `${out.join('\r\n')}\r\n`
}
