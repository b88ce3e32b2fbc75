import type { Person } from './domainTypes'
import { normEmail, normName, normPhone, normUrl } from './normalize'
import type { DuplicateMatch, StagedPerson } from './staging'

type Reason = DuplicateMatch['reason']

/** Identity keys of a person, strongest first: the order decides which reason a match reports. */
export function identityKeys(p: {
  id?: string
  knownId?: string
  name: string
  organization?: string
  emails: { value: string }[]
  phones: { value: string }[]
  links: { value: string }[]
  externalIds: string[]
}): { key: string; reason: Reason }[] {
  const keys: { key: string; reason: Reason }[] = []
  const id = p.knownId ?? p.id
  if (id) keys.push({ key: `id:${id}`, reason: 'id' })
  for (const e of p.externalIds) keys.push({ key: `x:${e.toLowerCase()}`, reason: 'externalId' })
  for (const e of p.emails) keys.push({ key: `e:${normEmail(e.value)}`, reason: 'email' })
  for (const ph of p.phones) {
    const n = normPhone(ph.value)
    if (n) keys.push({ key: `p:${n}`, reason: 'phone' })
  }
  for (const l of p.links) {
    const n = normUrl(l.value)
    if (/linkedin\.com\/in\/|twitter\.com\/|x\.com\/|github\.com\/|facebook\.com\//.test(n)) {
      keys.push({ key: `u:${n}`, reason: 'profileUrl' })
    }
  }
  if (p.organization?.trim()) {
    keys.push({
      key: `n:${normName(p.name)}|${normName(p.organization)}`,
      reason: 'name+organization',
    })
  }
  keys.push({ key: `nm:${normName(p.name)}`, reason: 'name' })
  return keys
}

/**
 * A bare name identifies someone only when the file says nothing else about them (a contact
 * with a name and no e-mail, phone or company would otherwise be duplicated on every re-import).
 */
export function matchingKeys(
  keys: { key: string; reason: Reason }[],
): { key: string; reason: Reason }[] {
  const strong = keys.filter((k) => k.reason !== 'name')
  // A graph file's node id says nothing about people already in the vault: a friend graph
  // imported after the contacts must still match them by e-mail, then name (+ organisation).
  const identifying = strong.filter((k) => !k.key.startsWith('x:graph:'))
  return identifying.length > 0 ? strong : keys
}

/**
 * A shared phone number is weak evidence (a family landline, a company switchboard): two
 * different names are never merged on it alone.
 */
export function acceptMatch(a: { name: string }, b: { name: string }, reason: Reason): boolean {
  if (reason !== 'phone') return true
  const x = normName(a.name)
  const y = normName(b.name)
  return !x || !y || x === y || /^\S+@/.test(x) || /^\S+@/.test(y)
}

/** Index of identity key -> value; first writer wins, so earlier people keep their keys. */
export class IdentityIndex<T> {
  private readonly map = new Map<string, T>()

  add(keys: { key: string }[], value: T): void {
    for (const { key } of keys) if (!this.map.has(key)) this.map.set(key, value)
  }

  find(
    keys: { key: string; reason: Reason }[],
    accept: (value: T, reason: Reason) => boolean = () => true,
  ): { value: T; reason: Reason } | undefined {
    for (const { key, reason } of keys) {
      const value = this.map.get(key)
      if (value !== undefined && accept(value, reason)) return { value, reason }
    }
    return undefined
  }
}

export function indexPeople(people: readonly Person[]): IdentityIndex<Person> {
  const index = new IdentityIndex<Person>()
  for (const person of people) {
    if (person.deletedAt) continue
    index.add(identityKeys(person), person)
  }
  return index
}

/** Folds a later duplicate row of the same file into the first one (values united). */
export function mergeStaged(into: StagedPerson, from: StagedPerson): void {
  for (const field of ['emails', 'phones', 'links'] as const) {
    for (const v of from[field]) {
      if (!into[field].some((x) => x.value.toLowerCase() === v.value.toLowerCase()))
        into[field].push(v)
    }
  }
  for (const t of from.tags) if (!into.tags.includes(t)) into.tags.push(t)
  for (const e of from.externalIds) if (!into.externalIds.includes(e)) into.externalIds.push(e)
  into.organization ??= from.organization
  into.title ??= from.title
  into.location ??= from.location
  into.birthday ??= from.birthday
  into.notes ??= from.notes
  into.photo ??= from.photo
  into.connectedOn ??= from.connectedOn
}
