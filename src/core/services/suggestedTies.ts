import { pairKey, tieSchema, type IsoDateTime, type PersonId, type Tie } from '../../shared/domain'
import type { RecordStore } from '../store/recordStore'
import { byCodeUnit, freshId, nowIso, type ServiceDeps } from './deps'
import { canonicalPair, findTieRecord, planTie, type TieInput } from './ties'
import { requirePerson } from './people'

export interface SuggestedTie {
  a: PersonId
  b: PersonId
  /** Entries in which both took part. */
  count: number
  lastAt: IsoDateTime
}

export interface SuggestedTieOptions {
  minCount?: number
  limit?: number
  /**
   * Entries with more participants are skipped: a 300-person event says little about who knows
   * whom, and its pairs would swamp everything else.
   */
  maxParticipants?: number
}

/**
 * People who appear together in journal entries but are not tied, most frequent first. A pair
 * with any tie record is left out, including a trashed `journal` tie: that is how a rejected
 * suggestion is remembered (the domain has no field for it; see `rejectSuggestedTie`).
 */
export function suggestedTies(
  store: RecordStore,
  options: SuggestedTieOptions = {},
): SuggestedTie[] {
  const minCount = options.minCount ?? 1
  const maxParticipants = options.maxParticipants ?? 50
  const tied = new Set(store.list('tie').map((tie) => pairKey(tie.a, tie.b)))
  // Small integers for people make pair keys numbers: this loop runs once per pair per entry.
  const index = new Map<string, number>()
  const ids: PersonId[] = []
  for (const person of store.list('person')) {
    if (person.deletedAt) continue
    index.set(person.id, ids.length)
    ids.push(person.id)
  }
  const size = ids.length
  const counts = new Map<number, { count: number; lastAt: IsoDateTime }>()
  for (const entry of store.list('entry')) {
    if (entry.deletedAt || entry.participants.length < 2) continue
    const people = [...new Set(entry.participants)]
      .map((id) => index.get(id))
      .filter((i): i is number => i !== undefined)
      .sort((x, y) => x - y)
    if (people.length > maxParticipants) continue
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const key = people[i]! * size + people[j]!
        const current = counts.get(key)
        if (current) {
          current.count += 1
          if (entry.at > current.lastAt) current.lastAt = entry.at
        } else {
          counts.set(key, { count: 1, lastAt: entry.at })
        }
      }
    }
  }
  const suggestions: SuggestedTie[] = []
  for (const [key, { count, lastAt }] of counts) {
    if (count < minCount) continue
    const [a, b] = canonicalPair(ids[Math.floor(key / size)]!, ids[key % size]!)
    if (tied.has(pairKey(a, b))) continue
    suggestions.push({ a, b, count, lastAt })
  }
  const out = suggestions.sort(
    (x, y) =>
      y.count - x.count ||
      byCodeUnit(y.lastAt, x.lastAt) ||
      byCodeUnit(x.a, y.a) ||
      byCodeUnit(x.b, y.b),
  )
  return options.limit === undefined ? out : out.slice(0, options.limit)
}

/** Turns a suggestion into a tie with source `journal`. */
export async function confirmSuggestedTie(
  store: RecordStore,
  deps: ServiceDeps,
  x: string,
  y: string,
  input: Omit<TieInput, 'source'> = {},
): Promise<Tie> {
  const tie = planTie(store, deps, x, y, { ...input, source: 'journal' })
  await store.commit({ put: [tie] })
  return tie
}

/**
 * Remembers that the user does not want this pair suggested: a trashed tie with source
 * `journal`. It keeps the "one record per pair" rule (a later manual tie revives the same record)
 * and needs no new field in the domain. Does nothing if the pair already has a tie record.
 */
export async function rejectSuggestedTie(
  store: RecordStore,
  deps: ServiceDeps,
  x: string,
  y: string,
): Promise<void> {
  const [a, b] = canonicalPair(x, y)
  requirePerson(store, a, true)
  requirePerson(store, b, true)
  if (findTieRecord(store, a, b)) return
  const now = nowIso(deps)
  const tombstone = tieSchema.parse({
    kind: 'tie',
    id: freshId(deps),
    a,
    b,
    source: 'journal',
    createdAt: now,
    updatedAt: now,
    deletedAt: now,
  })
  await store.commit({ put: [tombstone] })
}

/** True when the pair's only record is a rejected suggestion. */
export function isRejectedSuggestion(store: RecordStore, x: string, y: string): boolean {
  const tie = findTieRecord(store, x, y)
  return Boolean(tie?.deletedAt && tie.source === 'journal')
}
