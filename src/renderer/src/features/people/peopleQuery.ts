import type { Person } from '../../../../shared/domain'
import { formatRelative } from '../../format'

export type SortKey = 'name' | 'organization' | 'lastContact'
export type SortDirection = 'asc' | 'desc'
export type LastContactFilter = 'any' | 'week' | 'month' | 'quarter' | 'year' | 'stale' | 'never'

export interface PeopleFilter {
  text: string
  tag: string
  cluster: string
  organization: string
  lastContact: LastContactFilter
}

export const EMPTY_FILTER: PeopleFilter = {
  text: '',
  tag: '',
  cluster: '',
  organization: '',
  lastContact: 'any',
}

const DAY_MS = 86_400_000
const WINDOW_DAYS: Record<'week' | 'month' | 'quarter' | 'year', number> = {
  week: 7,
  month: 30,
  quarter: 90,
  year: 365,
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

// Folding 10k names on every keystroke is the filter's main cost: each record's folded text is
// computed once (records are immutable; a changed person is a new object).
const searchText = new WeakMap<Person, string>()
function searchTextOf(person: Person): string {
  let text = searchText.get(person)
  if (text === undefined) {
    text = fold(`${person.name} ${person.organization ?? ''} ${person.title ?? ''}`)
    searchText.set(person, text)
  }
  return text
}

function matchesLastContact(person: Person, filter: LastContactFilter, now: Date): boolean {
  if (filter === 'any') return true
  if (filter === 'never') return !person.lastContactAt
  if (!person.lastContactAt) return filter === 'stale'
  const days = (now.getTime() - Date.parse(person.lastContactAt)) / DAY_MS
  if (filter === 'stale') return days > 365
  return days <= WINDOW_DAYS[filter]
}

/** The people a filter keeps; `clusterOf` maps person id to cluster id (from the analysis). */
export function filterPeople(
  people: readonly Person[],
  filter: PeopleFilter,
  clusterOf: Readonly<Record<string, string>>,
  now: Date,
): Person[] {
  const text = fold(filter.text.trim())
  const tag = fold(filter.tag)
  const organization = fold(filter.organization)
  return people.filter((person) => {
    if (text && !searchTextOf(person).includes(text)) return false
    if (tag && !person.tags.some((t) => fold(t) === tag)) return false
    if (organization && fold(person.organization ?? '') !== organization) return false
    if (filter.cluster && clusterOf[person.id] !== filter.cluster) return false
    return matchesLastContact(person, filter.lastContact, now)
  })
}

/**
 * Sorts a copy. Empty values (no organization, never contacted) go last in either direction, so
 * the people with something to compare stay on top.
 */
export function sortPeople(
  people: readonly Person[],
  key: SortKey,
  direction: SortDirection,
): Person[] {
  const sign = direction === 'asc' ? 1 : -1
  const value = (person: Person): string | undefined =>
    key === 'name'
      ? person.name
      : key === 'organization'
        ? person.organization
        : person.lastContactAt
  return [...people].sort((x, y) => {
    const vx = value(x)
    const vy = value(y)
    if (!vx && !vy) return collator.compare(x.name, y.name)
    if (!vx) return 1
    if (!vy) return -1
    const primary =
      key === 'lastContact' ? (vx < vy ? -1 : vx > vy ? 1 : 0) : collator.compare(vx, vy)
    return primary * sign || collator.compare(x.name, y.name)
  })
}

/** Distinct values for the filter menus, sorted, with how many people have each. */
export function facetValues(
  people: readonly Person[],
  pick: (person: Person) => readonly string[],
): { value: string; count: number }[] {
  const counts = new Map<string, { value: string; count: number }>()
  for (const person of people) {
    for (const raw of pick(person)) {
      const value = raw.trim()
      if (!value) continue
      const key = fold(value)
      const hit = counts.get(key)
      if (hit) hit.count += 1
      else counts.set(key, { value, count: 1 })
    }
  }
  return [...counts.values()].sort((x, y) => collator.compare(x.value, y.value))
}

/** "3 days ago", "today", "never": relative last contact for lists, in the user's locale. */
export function relativeDays(iso: string | undefined, now: Date): string {
  if (!iso) return 'never'
  // A contact logged "in the future" (a planned meeting) still reads as today, like before.
  const at = Math.min(Date.parse(iso), now.getTime())
  return formatRelative(at, now)
}

/** Keep-in-touch state of one person: days overdue (> 0) or null when no cadence or not due. */
export function overdueDays(person: Person, now: Date): number | null {
  if (!person.cadenceDays) return null
  if (person.snoozedUntil && Date.parse(person.snoozedUntil) > now.getTime()) return null
  // Like the core: someone never contacted is due a cadence after they were added.
  const due = Date.parse(person.lastContactAt ?? person.createdAt) + person.cadenceDays * DAY_MS
  const days = Math.floor((now.getTime() - due) / DAY_MS)
  return days > 0 ? days : null
}
