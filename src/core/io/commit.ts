import { cryptoRandomBytes, IMPORT_FILLED_FIELDS, newId, pairKey } from '../../shared/domain'
import type { ImportMerge } from '../../shared/domain'
import type { RecordStore } from '../store/recordStore'
import type {
  AnyRecord,
  Clock,
  ImportBatch,
  ImportBatchId,
  Person,
  PersonId,
  RandomBytes,
  Tie,
  TieId,
} from './domainTypes'
import { fingerprint } from './fingerprint'
import { ImportAbortedError, ImportFormatError, ImportProblemsError } from './limits'
import { normEmail, normPhone, normUrl } from './normalize'
import { EXISTING, OWNER } from './stage'
import type { StagedImport, StagedPerson } from './staging'

export interface ImportProgress {
  phase: 'prepare' | 'write'
  done: number
  total: number
}

export interface CommitOptions {
  clock: Clock
  random?: RandomBytes
  /** Skip rows with errors and import the rest (the user saw and accepted the problems). */
  acceptProblems?: boolean
  onProgress?: (progress: ImportProgress) => void
  signal?: AbortSignal
}

const YIELD_EVERY = 2000
const yieldToLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportAbortedError()
}

/** Adds what the file knows and the person lacks; never overwrites what the user wrote. */
export function mergeInto(person: Person, staged: StagedPerson): Person {
  const next: Person = {
    ...person,
    emails: [...person.emails],
    phones: [...person.phones],
    links: [...person.links],
    tags: [...person.tags],
    externalIds: [...person.externalIds],
  }
  const add = (
    list: { label?: string; value: string }[],
    values: { label?: string; value: string }[],
    norm: (v: string) => string,
  ) => {
    for (const v of values) {
      if (list.length >= 50) break
      if (!list.some((x) => norm(x.value) === norm(v.value))) list.push(v)
    }
  }
  add(next.emails, staged.emails, normEmail)
  add(next.phones, staged.phones, (v) => normPhone(v) || v)
  add(next.links, staged.links, normUrl)
  for (const t of staged.tags)
    if (next.tags.length < 100 && !next.tags.some((x) => x.toLowerCase() === t.toLowerCase()))
      next.tags.push(t)
  for (const e of staged.externalIds)
    if (next.externalIds.length < 20 && !next.externalIds.includes(e)) next.externalIds.push(e)
  if (!next.organization && staged.organization) next.organization = staged.organization
  if (!next.title && staged.title) next.title = staged.title
  if (!next.location && staged.location) next.location = staged.location
  if (!next.birthday && staged.birthday) next.birthday = staged.birthday
  if (!next.photo && staged.photo) next.photo = staged.photo
  if (!next.notes && staged.notes) next.notes = staged.notes
  return next
}

function newPerson(staged: StagedPerson, id: PersonId, batch: ImportBatchId, now: string): Person {
  return {
    kind: 'person',
    id,
    name: staged.name,
    isMe: false,
    ...(staged.organization ? { organization: staged.organization } : {}),
    ...(staged.title ? { title: staged.title } : {}),
    ...(staged.location ? { location: staged.location } : {}),
    emails: staged.emails,
    phones: staged.phones,
    links: staged.links,
    tags: staged.tags,
    offers: [],
    seeks: [],
    notes: staged.notes ?? '',
    ...(staged.birthday ? { birthday: staged.birthday } : {}),
    ...(staged.dates?.length ? { dates: staged.dates } : {}),
    ...(staged.photo ? { photo: staged.photo } : {}),
    importBatch: batch,
    externalIds: staged.externalIds,
    createdAt: now,
    updatedAt: now,
  }
}

/** What `mergeInto` added to `before` (to record in the batch so undo can take it back). */
export function mergeAdditions(before: Person, after: Person): ImportMerge {
  const added = <T>(was: readonly T[], now: readonly T[]) => now.slice(was.length)
  return {
    person: before.id,
    emails: added(before.emails, after.emails),
    phones: added(before.phones, after.phones),
    links: added(before.links, after.links),
    tags: added(before.tags, after.tags),
    externalIds: added(before.externalIds, after.externalIds),
    filled: IMPORT_FILLED_FIELDS.filter((field) => !before[field] && after[field]),
    values: {
      ...(!before.organization && after.organization ? { organization: after.organization } : {}),
      ...(!before.title && after.title ? { title: after.title } : {}),
      ...(!before.location && after.location ? { location: after.location } : {}),
      ...(!before.birthday && after.birthday ? { birthday: after.birthday } : {}),
      ...(!before.notes && after.notes ? { notes: fingerprint(after.notes) } : {}),
      ...(!before.photo && after.photo ? { photo: fingerprint(after.photo.base64) } : {}),
    },
  }
}

/** Writes a staged import in ONE store.commit, as one undoable ImportBatch. */
export async function commitImport(
  staged: StagedImport,
  store: RecordStore,
  options: CommitOptions,
): Promise<ImportBatch> {
  const random = options.random ?? cryptoRandomBytes
  const errors = staged.problems.filter((p) => p.severity === 'error')
  if (errors.length > 0 && !options.acceptProblems) throw new ImportProblemsError(errors.length)
  if (staged.people.length === 0 && staged.ties.length === 0 && !staged.records?.length) {
    // An empty batch would still be written, listed and "undoable": refuse it instead.
    throw new ImportFormatError('nothing to import: the file gives no people and no ties')
  }
  checkAbort(options.signal)
  const now = options.clock().toISOString()
  const batchId = newId<ImportBatchId>(random)
  const me = store.list('person').find((p) => p.isMe && !p.deletedAt)
  const puts = new Map<string, AnyRecord>()
  const merged = new Map<PersonId, ImportMerge>()
  const created: string[] = []
  const counts: Record<string, number> = {
    peopleCreated: 0,
    peopleUpdated: 0,
    peopleUnchanged: 0,
    tiesCreated: 0,
    otherCreated: 0,
    problems: staged.problems.length,
  }
  const total = staged.people.length + staged.ties.length + (staged.records?.length ?? 0)
  let done = 0
  const step = async () => {
    done++
    if (done % YIELD_EVERY === 0) {
      options.onProgress?.({ phase: 'prepare', done, total })
      await yieldToLoop()
      checkAbort(options.signal)
    }
  }

  const keyToId = new Map<string, PersonId>()
  if (staged.records) {
    await applyKithRecords(staged.records, store, { me, batchId, puts, created, counts, step })
  }
  for (const person of staged.people) {
    const match = staged.matches.get(person.key)
    const existing = match
      ? ((puts.get(match.personId) as Person | undefined) ?? store.get('person', match.personId))
      : undefined
    if (existing && !existing.deletedAt) {
      const next = mergeInto(existing, person)
      if (JSON.stringify(next) !== JSON.stringify(existing)) {
        // Two rows of the file may merge into one person: the additions are counted from the
        // person as the vault had it, before this batch.
        const original = store.get('person', existing.id) ?? existing
        merged.set(existing.id, mergeAdditions(original, next))
        puts.set(existing.id, { ...next, updatedAt: now })
        counts.peopleUpdated = (counts.peopleUpdated ?? 0) + 1
      } else counts.peopleUnchanged = (counts.peopleUnchanged ?? 0) + 1
      keyToId.set(person.key, existing.id)
    } else {
      const id =
        person.knownId && !store.get('person', person.knownId) && !puts.has(person.knownId)
          ? (person.knownId as PersonId)
          : newId<PersonId>(random)
      puts.set(id, newPerson(person, id, batchId, now))
      keyToId.set(person.key, id)
      counts.peopleCreated = (counts.peopleCreated ?? 0) + 1
    }
    await step()
  }

  const existingPairs = new Set(
    store
      .list('tie')
      .filter((t) => !t.deletedAt)
      .map((t) => pairKey(t.a, t.b)),
  )
  const addTie = (x: PersonId, y: PersonId, fields: Partial<Tie>) => {
    if (x === y) return
    const key = pairKey(x, y)
    if (existingPairs.has(key)) return
    existingPairs.add(key)
    const [a, b] = x < y ? [x, y] : [y, x]
    const tie: Tie = {
      kind: 'tie',
      id: newId<TieId>(random),
      a,
      b,
      type: 'acquaintance',
      strength: 3,
      note: '',
      source: 'import',
      importBatch: batchId,
      createdAt: now,
      updatedAt: now,
      ...fields,
    }
    puts.set(tie.id, tie)
    counts.tiesCreated = (counts.tiesCreated ?? 0) + 1
  }
  const endpoint = (key: string): PersonId | undefined =>
    key === OWNER
      ? me?.id
      : key.startsWith(EXISTING)
        ? (key.slice(EXISTING.length) as PersonId)
        : keyToId.get(key)
  for (const tie of staged.ties) {
    const a = endpoint(tie.a)
    const b = tie.b === undefined ? undefined : endpoint(tie.b)
    if (a && b) {
      addTie(a, b, {
        strength: tie.strength,
        ...(tie.type ? { type: tie.type } : {}),
        ...(tie.customType ? { customType: tie.customType } : {}),
        ...(tie.since ? { since: tie.since } : {}),
        ...(tie.note ? { note: tie.note.slice(0, 5000) } : {}),
      })
    }
    await step()
  }
  if (me && (staged.owner.mode === 'contacts' || staged.owner.mode === 'linkAll')) {
    for (const person of staged.people) {
      const id = keyToId.get(person.key)
      if (id)
        addTie(me.id, id, {
          strength: 2,
          ...(person.connectedOn ? { since: person.connectedOn } : {}),
        })
    }
  }
  checkAbort(options.signal)

  const batch: ImportBatch = {
    kind: 'importBatch',
    id: batchId,
    format: staged.format,
    fileName: staged.fileName,
    counts,
    created,
    merged: [...merged.values()],
    createdAt: now,
    updatedAt: now,
  }
  const records = [batch, ...puts.values()]
  options.onProgress?.({ phase: 'write', done: total, total })
  await store.commit({ put: records })
  return batch
}

interface KithContext {
  me: Person | undefined
  batchId: ImportBatchId
  puts: Map<string, AnyRecord>
  created: string[]
  counts: Record<string, number>
  step: () => Promise<void>
}

/**
 * Kith JSON: records keep their ids (so a second import matches everything and adds nothing);
 * the file's owner becomes this vault's owner; settings and import history stay this vault's.
 */
async function applyKithRecords(
  records: readonly AnyRecord[],
  store: RecordStore,
  ctx: KithContext,
): Promise<void> {
  const fileMe = records.find((r): r is Person => r.kind === 'person' && r.isMe)
  const remap =
    fileMe && ctx.me && fileMe.id !== ctx.me.id ? { from: fileMe.id, to: ctx.me.id } : undefined
  for (const original of records) {
    await ctx.step()
    if (original.kind === 'settings' || original.kind === 'importBatch') continue
    if (original.kind === 'person' && original.isMe && ctx.me) continue
    let record = remap
      ? (JSON.parse(JSON.stringify(original).replaceAll(remap.from, remap.to)) as AnyRecord)
      : original
    if (record.kind === 'tie' && record.a > record.b)
      record = { ...record, a: record.b, b: record.a }
    if (record.kind === 'tie' && record.a === record.b) continue
    if (store.get(record.kind, record.id) || ctx.puts.has(record.id)) continue
    if (record.kind === 'person' || record.kind === 'tie') {
      record = { ...record, importBatch: ctx.batchId }
      ctx.counts[record.kind === 'person' ? 'peopleCreated' : 'tiesCreated'] =
        (ctx.counts[record.kind === 'person' ? 'peopleCreated' : 'tiesCreated'] ?? 0) + 1
    } else {
      ctx.created.push(record.id)
      ctx.counts.otherCreated = (ctx.counts.otherCreated ?? 0) + 1
    }
    ctx.puts.set(record.id, record)
  }
}
