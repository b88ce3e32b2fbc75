import type { RecordStore } from '../store/recordStore'
import type { AnyRecord, Clock, ImportBatch } from './domainTypes'
import { UNDO_TITLE_PREFIX } from './commit'

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
 * drawn to those people), restores people it merged into, and marks the batch undone.
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
  const prefix = `${UNDO_TITLE_PREFIX}${batch.id}:`
  for (const entry of store.list('entry')) {
    if (!entry.title.startsWith(prefix)) continue
    remove.add(entry.id)
    const data = JSON.parse(entry.body) as { before: AnyRecord[]; created: string[] }
    for (const id of data.created) remove.add(id)
    for (const before of data.before) {
      puts.push({ ...before, updatedAt: now })
      reverted++
    }
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
