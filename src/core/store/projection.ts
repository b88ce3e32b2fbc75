import type { AnyRecord, RecordKind } from '../../shared/domain'
import type { RecordOfKind } from './recordStore'

/**
 * The decrypted records in memory, indexed by id and by kind. Services call `list('person')`
 * and `list('tie')` on every request; with 100k journal entries in the vault, a scan of all
 * records per call would dominate, so each kind keeps its own map.
 */
export class Projection {
  private readonly byId = new Map<string, AnyRecord>()
  private readonly byKind = new Map<RecordKind, Map<string, AnyRecord>>()

  static from(records: Iterable<AnyRecord>): Projection {
    const projection = new Projection()
    for (const record of records) projection.set(record)
    return projection
  }

  get size(): number {
    return this.byId.size
  }

  has(id: string): boolean {
    return this.byId.has(id)
  }

  /** Any record by id, whatever its kind. */
  find(id: string): AnyRecord | undefined {
    return this.byId.get(id)
  }

  get<K extends RecordKind>(kind: K, id: string): RecordOfKind<K> | undefined {
    return this.byKind.get(kind)?.get(id) as RecordOfKind<K> | undefined
  }

  list<K extends RecordKind>(kind: K): RecordOfKind<K>[] {
    const records = this.byKind.get(kind)
    return records ? ([...records.values()] as RecordOfKind<K>[]) : []
  }

  set(record: AnyRecord): void {
    const previous = this.byId.get(record.id)
    if (previous && previous.kind !== record.kind) this.byKind.get(previous.kind)?.delete(record.id)
    this.byId.set(record.id, record)
    let records = this.byKind.get(record.kind)
    if (!records) {
      records = new Map()
      this.byKind.set(record.kind, records)
    }
    records.set(record.id, record)
  }

  delete(id: string): AnyRecord | undefined {
    const previous = this.byId.get(id)
    if (!previous) return undefined
    this.byId.delete(id)
    this.byKind.get(previous.kind)?.delete(id)
    return previous
  }

  clear(): void {
    this.byId.clear()
    this.byKind.clear()
  }

  values(): IterableIterator<AnyRecord> {
    return this.byId.values()
  }
}
