import type { AnyRecord, IsoDateTime } from '../../shared/domain'
import type { Change, RecordStore } from '../store/recordStore'
import { conflict } from './errors'

/**
 * The inverse of one destructive action: putting `before` back and removing `created` restores
 * the exact prior records. `after` is what the action left, so an undo never silently overwrites
 * an edit made since.
 */
export interface UndoToken {
  label: string
  at: IsoDateTime
  before: AnyRecord[]
  created: string[]
  after: AnyRecord[]
  removed: string[]
}

/** A change expressed with whole records, so its inverse can be computed before committing. */
export interface PlannedChange {
  put: AnyRecord[]
  remove: AnyRecord[]
}

/** Commits `plan` in one transaction and returns the token that reverses it. */
export async function commitWithUndo(
  store: RecordStore,
  label: string,
  at: IsoDateTime,
  plan: PlannedChange,
): Promise<UndoToken> {
  const before: AnyRecord[] = []
  const created: string[] = []
  for (const record of plan.put) {
    const prior = store.get(record.kind, record.id)
    if (prior) before.push(prior)
    else created.push(record.id)
  }
  for (const record of plan.remove) before.push(record)
  const change: Change = { put: plan.put, remove: plan.remove.map((record) => record.id) }
  await store.commit(change)
  const after = plan.put.map((record) => store.get(record.kind, record.id) ?? record)
  return { label, at, before, created, after, removed: change.remove as string[] }
}

/** Reverses one action in one commit, refusing if its records were changed since. */
export async function applyUndo(store: RecordStore, token: UndoToken): Promise<void> {
  for (const record of token.after) {
    const current = store.get(record.kind, record.id)
    if (!current || stableJson(current) !== stableJson(record)) {
      throw conflict(
        `Cannot undo "${token.label}": a record it touched (${record.id}) changed since.`,
      )
    }
  }
  for (const record of token.before) {
    if (token.removed.includes(record.id) && store.get(record.kind, record.id)) {
      throw conflict(`Cannot undo "${token.label}": record ${record.id} exists again.`)
    }
  }
  const putIds = new Set<string>(token.before.map((record) => record.id))
  await store.commit({
    put: token.before,
    remove: token.created.filter((id) => !putIds.has(id)),
  })
}

/** The last few destructive actions, most recent first; the app keeps one per open vault. */
export class UndoStack {
  private readonly tokens: UndoToken[] = []

  constructor(private readonly limit = 20) {}

  push(token: UndoToken): UndoToken {
    this.tokens.unshift(token)
    this.tokens.length = Math.min(this.tokens.length, this.limit)
    return token
  }

  peek(): UndoToken | undefined {
    return this.tokens[0]
  }

  get size(): number {
    return this.tokens.length
  }

  /** Undoes the most recent action; the token stays on the stack if the undo fails. */
  async undo(store: RecordStore): Promise<UndoToken | undefined> {
    const token = this.tokens[0]
    if (!token) return undefined
    await applyUndo(store, token)
    this.tokens.shift()
    return token
  }

  clear(): void {
    this.tokens.length = 0
  }
}

/** JSON with sorted keys: two copies of a record compare equal whatever their key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      const sorted: Record<string, unknown> = {}
      for (const key of Object.keys(inner).sort())
        sorted[key] = (inner as Record<string, unknown>)[key]
      return sorted
    }
    return inner
  })
}
