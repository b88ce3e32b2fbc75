import { anyRecordSchema, type AnyRecord, type RecordKind } from '../../shared/domain'
import {
  ReadOnlyVaultError,
  type Change,
  type ChangeEvent,
  type RecordOfKind,
  type RecordStore,
} from './recordStore'
import { Projection } from './projection'

/** An unencrypted, in-memory RecordStore: for tests, the demo generator and analysis tools. */
export class MemoryStore implements RecordStore {
  private readonly records = new Projection()
  private readonly listeners = new Set<(event: ChangeEvent) => void>()

  constructor(
    initial: readonly AnyRecord[] = [],
    readonly readOnly = false,
  ) {
    for (const record of initial) this.records.set(anyRecordSchema.parse(record))
  }

  get<K extends RecordKind>(kind: K, id: string): RecordOfKind<K> | undefined {
    return this.records.get(kind, id)
  }

  list<K extends RecordKind>(kind: K): RecordOfKind<K>[] {
    return this.records.list(kind)
  }

  commit(change: Change): Promise<void> {
    if (this.readOnly) return Promise.reject(new ReadOnlyVaultError())
    // Validate everything before touching the map, so a bad record changes nothing.
    const puts = (change.put ?? []).map((record) => anyRecordSchema.parse(record))
    const kinds = new Set<RecordKind>()
    const ids: string[] = []
    for (const id of change.remove ?? []) {
      const existing = this.records.delete(id)
      if (existing) kinds.add(existing.kind)
      ids.push(id)
    }
    for (const record of puts) {
      this.records.set(record)
      kinds.add(record.kind)
      ids.push(record.id)
    }
    const event = { kinds: [...kinds], ids }
    for (const listener of this.listeners) listener(event)
    return Promise.resolve()
  }

  onChange(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Everything, for export and tests. */
  all(): AnyRecord[] {
    return [...this.records.values()]
  }
}
