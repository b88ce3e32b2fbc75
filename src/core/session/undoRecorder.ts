import type { AnyRecord, IsoDateTime } from '../../shared/domain'
import type { UndoToken } from '../services'
import type { Change, RecordStore } from '../store/recordStore'

/**
 * Records what one user action changes, across however many commits it makes, so that any
 * action (not only deletions) can be undone as a whole: the first version seen of every record
 * it touched is what Undo puts back.
 */
export class UndoRecorder {
  private readonly priors = new Map<string, AnyRecord | null>()

  /** Call before each commit of the action, with the store as it is before the commit. */
  observe(store: RecordStore, change: Change): void {
    for (const record of change.put ?? []) {
      if (!this.priors.has(record.id))
        this.priors.set(record.id, store.get(record.kind, record.id) ?? null)
    }
    for (const id of change.remove ?? []) {
      if (this.priors.has(id)) continue
      this.priors.set(id, findAnyKind(store, id))
    }
  }

  get touched(): boolean {
    return this.priors.size > 0
  }

  /** The token that reverses everything observed, given the store after the action. */
  token(store: RecordStore, label: string, at: IsoDateTime): UndoToken {
    const before: AnyRecord[] = []
    const created: string[] = []
    const after: AnyRecord[] = []
    const removed: string[] = []
    for (const [id, prior] of this.priors) {
      if (prior) before.push(prior)
      else created.push(id)
      const current = prior ? store.get(prior.kind, id) : findAnyKind(store, id)
      if (current) after.push(current)
      else if (prior) removed.push(id)
    }
    return { label, at, before, created, after, removed }
  }
}

const KINDS = [
  'person',
  'tie',
  'entry',
  'introduction',
  'clusterName',
  'layout',
  'settings',
  'importBatch',
] as const

function findAnyKind(store: RecordStore, id: string): AnyRecord | null {
  for (const kind of KINDS) {
    const record = store.get(kind, id)
    if (record) return record
  }
  return null
}
