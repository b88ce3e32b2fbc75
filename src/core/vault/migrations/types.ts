import type Database from 'better-sqlite3'

/** One schema step. Append-only: never edit a migration that has shipped; add the next one. */
export interface Migration {
  version: number
  name: string
  /** Runs inside the runner's transaction; synchronous, no await. */
  up: (db: Database.Database) => void
}
