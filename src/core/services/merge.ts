import {
  pairKey,
  personSchema,
  type AnyRecord,
  type LabelledValue,
  type Person,
  type PersonId,
  type Tie,
} from '../../shared/domain'
import type { RecordStore } from '../store/recordStore'
import { nowIso, type ServiceDeps } from './deps'
import { invalid } from './errors'
import { fold, requirePerson, uniqueFolded } from './people'
import { canonicalPair, stripUndefined } from './ties'
import { commitWithUndo, type UndoToken } from './undo'

export interface MergeResult {
  person: Person
  undo: UndoToken
}

/**
 * Merges `dropId` into `keepId` in one commit: fields are unioned (the kept person's values win
 * where both have one), ties, entries, introductions, "met through" links and named clusters are
 * re-pointed (as are snoozed suggestion pairs in Settings), and the duplicate is removed. The token restores every touched record exactly.
 */
export async function mergePeople(
  store: RecordStore,
  deps: ServiceDeps,
  keepId: string,
  dropId: string,
): Promise<MergeResult> {
  if (keepId === dropId) throw invalid('A person cannot be merged with themselves.')
  const keep = requirePerson(store, keepId)
  const drop = requirePerson(store, dropId)
  const now = nowIso(deps)
  const person = mergeFields(keep, drop, now)
  const put: AnyRecord[] = [person]
  const remove: AnyRecord[] = [drop]

  const tieIdMap = new Map<string, string | undefined>()
  for (const tie of store.list('tie')) {
    if (tie.a !== drop.id && tie.b !== drop.id) continue
    const other = tie.a === drop.id ? tie.b : tie.a
    if (other === keep.id) {
      remove.push(tie)
      tieIdMap.set(tie.id, undefined)
      continue
    }
    const rival = store.list('tie').find((t) => pairKey(t.a, t.b) === pairKey(keep.id, other))
    const [a, b] = canonicalPair(keep.id, other)
    const moved: Tie = { ...tie, a, b, updatedAt: now }
    if (!rival) {
      put.push(moved)
    } else if (rivalWins(rival, tie)) {
      remove.push(tie)
      tieIdMap.set(tie.id, rival.deletedAt ? undefined : rival.id)
      if (!rival.deletedAt && tie.since && (!rival.since || tie.since < rival.since)) {
        put.push({ ...rival, since: tie.since, updatedAt: now })
      }
    } else {
      remove.push(rival)
      tieIdMap.set(rival.id, tie.id)
      put.push(
        rival.since && (!tie.since || rival.since < tie.since)
          ? { ...moved, since: rival.since }
          : moved,
      )
    }
  }

  const swap = (id: PersonId): PersonId => (id === drop.id ? keep.id : id)
  for (const entry of store.list('entry')) {
    if (!entry.participants.includes(drop.id)) continue
    put.push({ ...entry, participants: [...new Set(entry.participants.map(swap))], updatedAt: now })
  }
  for (const intro of store.list('introduction')) {
    const touchesDrop = intro.a === drop.id || intro.b === drop.id || intro.introducer === drop.id
    const tieMoved = intro.tie !== undefined && tieIdMap.has(intro.tie)
    if (!touchesDrop && !tieMoved) continue
    const { tie: oldTie, ...rest } = intro
    const newTie =
      oldTie === undefined ? undefined : tieIdMap.has(oldTie) ? tieIdMap.get(oldTie) : oldTie
    const next = {
      ...rest,
      a: swap(intro.a),
      b: swap(intro.b),
      ...(intro.introducer ? { introducer: swap(intro.introducer) } : {}),
      ...(newTie ? { tie: newTie as Tie['id'] } : {}),
      updatedAt: now,
    }
    // An introduction between the two duplicates no longer makes sense; trash it (undo restores).
    put.push(next.a === next.b && !next.deletedAt ? { ...next, deletedAt: now } : next)
  }
  for (const other of store.list('person')) {
    if (other.metThrough === drop.id && other.id !== keep.id)
      put.push({ ...other, metThrough: keep.id, updatedAt: now })
  }
  for (const cluster of store.list('clusterName')) {
    if (!cluster.members.includes(drop.id)) continue
    put.push({ ...cluster, members: [...new Set(cluster.members.map(swap))], updatedAt: now })
  }

  const settings = store.get('settings', 'settings')
  if (
    settings &&
    Object.keys(settings.snoozedPairs).some((key) => key.split('|').includes(drop.id))
  ) {
    const snoozedPairs: Record<string, string> = {}
    for (const [key, until] of Object.entries(settings.snoozedPairs)) {
      const [x = '', y = ''] = key.split('|').map((id) => (id === drop.id ? keep.id : id))
      if (x === y) continue
      const rekeyed = pairKey(x, y)
      const prior = snoozedPairs[rekeyed]
      snoozedPairs[rekeyed] = prior && prior > until ? prior : until
    }
    put.push({ ...settings, snoozedPairs, updatedAt: now })
  }

  const undo = await commitWithUndo(store, `Merge ${drop.name} into ${keep.name}`, now, {
    put,
    remove,
  })
  return { person, undo }
}

/** The surviving tie of a pair: an active one over a trashed one, then the stronger, then the kept one. */
function rivalWins(rival: Tie, moved: Tie): boolean {
  if (Boolean(rival.deletedAt) !== Boolean(moved.deletedAt)) return !rival.deletedAt
  return rival.strength >= moved.strength
}

function mergeFields(keep: Person, drop: Person, now: string): Person {
  const earliest = (x?: string, y?: string): string | undefined =>
    x && y ? (x < y ? x : y) : (x ?? y)
  const latest = (x?: string, y?: string): string | undefined =>
    x && y ? (x > y ? x : y) : (x ?? y)
  const notes = [keep.notes.trim(), drop.notes.trim()].filter(Boolean)
  const metThrough = [keep.metThrough, drop.metThrough].find(
    (id) => id && id !== keep.id && id !== drop.id,
  )
  const cadence = [keep.cadenceDays, drop.cadenceDays].filter((d): d is number => d !== undefined)
  const merged: Record<string, unknown> = {
    ...drop,
    ...stripUndefined(keep),
    isMe: keep.isMe || drop.isMe,
    emails: unionValues(keep.emails, drop.emails, 50),
    phones: unionValues(keep.phones, drop.phones, 50),
    links: unionValues(keep.links, drop.links, 50),
    tags: uniqueFolded([...keep.tags, ...drop.tags]).slice(0, 100),
    offers: uniqueFolded([...keep.offers, ...drop.offers]).slice(0, 50),
    seeks: uniqueFolded([...keep.seeks, ...drop.seeks]).slice(0, 50),
    externalIds: [...new Set([...keep.externalIds, ...drop.externalIds])].slice(0, 20),
    notes: notes.length === 2 && notes[0] === notes[1] ? notes[0] : notes.join('\n\n'),
    howWeMet:
      [keep.howWeMet, drop.howWeMet]
        .filter(Boolean)
        .filter((v, i, all) => all.indexOf(v) === i)
        .join('\n') || undefined,
    metThrough,
    cadenceDays: cadence.length > 0 ? Math.min(...cadence) : undefined,
    lastContactAt: latest(keep.lastContactAt, drop.lastContactAt),
    createdAt: earliest(keep.createdAt, drop.createdAt),
    id: keep.id,
    updatedAt: now,
  }
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key]
  delete merged['deletedAt']
  return personSchema.parse(merged)
}

function unionValues(
  x: readonly LabelledValue[],
  y: readonly LabelledValue[],
  max: number,
): LabelledValue[] {
  const seen = new Set<string>()
  const out: LabelledValue[] = []
  for (const item of [...x, ...y]) {
    const key = fold(item.value)
    if (seen.has(key)) continue
    seen.add(key)
    out.push(item)
  }
  return out.slice(0, max)
}
