import type { RecordStore } from '../store/recordStore'
import { fingerprint } from './fingerprint'
import type { ImportMerge } from '../../shared/domain'
import type { AnyRecord, Clock, ImportBatch, LabelledValue, Person } from './domainTypes'

/** Kinds a batch can create: removals are limited to records that still exist. */
const UNDOABLE_KINDS = ['person', 'tie', 'entry', 'introduction', 'clusterName', 'layout'] as const

export class ImportUndoError extends Error {
  readonly code = 'ImportUndo'
}

export interface UndoResult {
  batch: ImportBatch
  removed: number
  reverted: number
}

/**
 * Undoes a batch as a whole in one commit: removes the people and ties it created (and ties later
 * drawn to those people) and the other records it lists as `created`, takes back what it added to
 * people it merged into (`merged`), and marks the batch undone.
 */
export async function undoImport(
  batchId: string,
  store: RecordStore,
  clock: Clock,
): Promise<UndoResult> {
  const batch = store.get('importBatch', batchId)
  if (!batch) throw new ImportUndoError(`no import batch ${batchId}`)
  if (batch.undoneAt)
    throw new ImportUndoError(`import batch ${batchId} was already undone on ${batch.undoneAt}`)
  const now = clock().toISOString()
  const remove = new Set<string>()
  for (const p of store.list('person')) if (p.importBatch === batch.id && !p.isMe) remove.add(p.id)
  for (const t of store.list('tie')) {
    if (t.importBatch === batch.id || remove.has(t.a) || remove.has(t.b)) remove.add(t.id)
  }
  const puts: AnyRecord[] = []
  let reverted = 0
  for (const id of batch.created) remove.add(id)
  for (const merge of batch.merged) {
    const person = store.get('person', merge.person)
    if (!person || remove.has(person.id)) continue
    puts.push({ ...withoutAdditions(person, merge), updatedAt: now })
    reverted++
  }
  // Journal entries and introductions that mention removed people keep working without them.
  for (const entry of store.list('entry')) {
    if (remove.has(entry.id)) continue
    const participants = entry.participants.filter((p) => !remove.has(p))
    if (participants.length !== entry.participants.length)
      puts.push({ ...entry, participants, updatedAt: now })
  }
  for (const intro of store.list('introduction')) {
    if (remove.has(intro.id)) continue
    if (
      remove.has(intro.a) ||
      remove.has(intro.b) ||
      (intro.introducer && remove.has(intro.introducer))
    )
      remove.add(intro.id)
  }
  const undone: ImportBatch = { ...batch, undoneAt: now, updatedAt: now }
  const existing = [...remove].filter((id) => UNDOABLE_KINDS.some((kind) => store.get(kind, id)))
  await store.commit({ put: [...puts.filter((r) => !remove.has(r.id)), undone], remove: existing })
  return { batch: undone, removed: existing.length, reverted }
}

/** Takes back what a merge added; edits made to the person since the import stay. */
function withoutAdditions(person: Person, merge: ImportMerge): Person {
  const drop = (list: LabelledValue[], added: LabelledValue[]) =>
    list.filter((v) => !added.some((a) => a.value === v.value && a.label === v.label))
  const next: Person = {
    ...person,
    emails: drop(person.emails, merge.emails),
    phones: drop(person.phones, merge.phones),
    links: drop(person.links, merge.links),
    tags: person.tags.filter((t) => !merge.tags.includes(t)),
    externalIds: person.externalIds.filter((e) => !merge.externalIds.includes(e)),
  }
  // A field the user has changed since the import is theirs now: it stays.
  for (const field of merge.filled) {
    if (field === 'notes') {
      if (fingerprint(next.notes) === merge.values.notes) next.notes = ''
    } else if (field === 'photo') {
      if (next.photo && fingerprint(next.photo.base64) === merge.values.photo) delete next.photo
    } else if (next[field] === merge.values[field]) delete next[field]
  }
  return next
}
