import type { AnyRecord, RecordKind } from '../../shared/domain'

export type RecordOfKind<K extends RecordKind> = Extract<AnyRecord, { kind: K }>

/** One atomic change: every put and removal lands together or not at all. */
export interface Change {
  put?: readonly AnyRecord[]
  /** Ids of records to remove for good (soft deletion is a `put` with `deletedAt`). */
  remove?: readonly string[]
}

export interface ChangeEvent {
  kinds: RecordKind[]
  ids: string[]
}

/**
 * What services see of the vault: a decrypted in-memory projection plus one atomic commit.
 * The encrypted SQLite vault implements it; `MemoryStore` implements it for tests and demos.
 */
export interface RecordStore {
  readonly readOnly: boolean
  get<K extends RecordKind>(kind: K, id: string): RecordOfKind<K> | undefined
  list<K extends RecordKind>(kind: K): RecordOfKind<K>[]
  /** Validates, encrypts and commits in one transaction, then updates the projection. */
  commit(change: Change): Promise<void>
  /** Called after each successful commit; returns an unsubscribe. */
  onChange(listener: (event: ChangeEvent) => void): () => void
}

export class ReadOnlyVaultError extends Error {
  readonly code = 'ReadOnly'
  constructor() {
    super('The vault is open read-only (recovery mode or a vault from a newer version of Kith).')
  }
}
