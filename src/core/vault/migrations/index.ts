import type Database from 'better-sqlite3'
import { initialSchema } from './0001-initial-schema'
import type { Migration } from './types'

export type { Migration } from './types'

export const MIGRATIONS: readonly Migration[] = [initialSchema]
export const CURRENT_FORMAT_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version
export const VAULT_MAGIC = 'kith-vault'

function hasMetaTable(db: Database.Database): boolean {
  const row = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'")
    .get()
  return row !== undefined
}

/** 0 for a file without the meta table (a brand-new file). */
export function readFormatVersion(db: Database.Database): number {
  if (!hasMetaTable(db)) return 0
  const row = db.prepare("SELECT value FROM meta WHERE key = 'format_version'").get() as
    { value: unknown } | undefined
  const version = Number(row?.value)
  return Number.isSafeInteger(version) ? version : 0
}

/**
 * Applies every migration above the file's version, each in its own transaction together with the
 * version bump, so a crash leaves the file at a well-defined version.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): { from: number; to: number } {
  const from = readFormatVersion(db)
  let current = from
  for (const migration of migrations) {
    if (migration.version <= current) continue
    db.transaction(() => {
      migration.up(db)
      db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('format_version', ?)").run(
        migration.version,
      )
    })()
    current = migration.version
  }
  return { from, to: current }
}
