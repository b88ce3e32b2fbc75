import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  unlinkSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type Database from 'better-sqlite3'
import { fsyncDirectory, fsyncFile, tempPathFor } from './atomicFile'

/** Plain data (it crosses to the engine worker). `false` turns automatic backups off. */
export interface AutoBackupOptions {
  /** Where the copies go; `backups` beside the vault by default. */
  dir?: string
  /** How many copies to keep per vault, newest first (default 3, at least 1). */
  keep?: number
}

export const DEFAULT_AUTO_BACKUPS_KEPT = 3

export function autoBackupDir(vaultPath: string, options: AutoBackupOptions = {}): string {
  return options.dir ?? join(dirname(vaultPath), 'backups')
}

/** `20261126T093000123Z`: sorts as text in time order. */
function stamp(now: Date): string {
  return now.toISOString().replace(/[-:.]/g, '')
}

const NAME = /\.before-[a-z0-9-]+-(\d{8}T\d{9}Z)(?:-(\d+))?\.kith$/

/** This vault's automatic backups in `dir`, oldest first. */
export function listAutoBackups(vaultPath: string, options: AutoBackupOptions = {}): string[] {
  const dir = autoBackupDir(vaultPath, options)
  const prefix = `${basename(vaultPath)}.before-`
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const found: { name: string; stamp: string; seq: number }[] = []
  for (const name of names) {
    if (!name.startsWith(prefix)) continue
    const match = NAME.exec(name.slice(basename(vaultPath).length))
    if (!match) continue
    found.push({ name, stamp: match[1]!, seq: Number(match[2] ?? 0) })
  }
  found.sort((a, b) => (a.stamp === b.stamp ? a.seq - b.seq : a.stamp < b.stamp ? -1 : 1))
  return found.map((f) => join(dir, f.name))
}

/**
 * Copies made before a migration and before a key change are rotated apart: a run of migrations
 * (or of failed ones) never pushes out the copy that still opens with the old passphrase.
 */
export type BackupCategory = 'key' | 'migration'

export function categoryOf(what: string): BackupCategory {
  return what.startsWith('migration') ? 'migration' : 'key'
}

/**
 * Writes a consistent copy of the vault (still encrypted, keyslots as they are now) before a key
 * change or a migration. The copy is created 0600 before SQLite writes a byte into it, then
 * fsynced and renamed into place. Returns the new copy's path. Nothing is deleted here: call
 * `rotateAutoBackups` once the change it guards has succeeded.
 */
export function writeAutoBackup(
  db: Database.Database,
  vaultPath: string,
  what: string,
  options: AutoBackupOptions = {},
  now: Date = new Date(),
): string {
  if (!/^[a-z0-9-]+$/.test(what)) throw new Error('backup label must be lowercase words')
  const dir = autoBackupDir(vaultPath, options)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const base = `${basename(vaultPath)}.before-${what}-${stamp(now)}`
  let target = join(dir, `${base}.kith`)
  for (let seq = 1; existsSync(target); seq++) target = join(dir, `${base}-${seq}.kith`)
  const temp = tempPathFor(target)
  // VACUUM INTO needs an absent or empty target: an empty one fixes the mode first.
  closeSync(openSync(temp, 'wx', 0o600))
  try {
    db.prepare('VACUUM INTO ?').run(temp)
    fsyncFile(temp)
    renameSync(temp, target)
  } catch (error) {
    try {
      unlinkSync(temp)
    } catch {
      // Never written.
    }
    throw error
  }
  fsyncDirectory(target)
  return target
}

/** Temp files this vault's earlier copies left behind when the process died mid-copy. */
function staleTemps(vaultPath: string, options: AutoBackupOptions): string[] {
  const dir = autoBackupDir(vaultPath, options)
  const prefix = `${basename(vaultPath)}.before-`
  try {
    return readdirSync(dir)
      .filter((name) => name.startsWith(prefix) && /\.kith\.tmp-[0-9a-f]+$/.test(name))
      .map((name) => join(dir, name))
  } catch {
    return []
  }
}

/**
 * Deletes all but the newest `keep` copies of this vault in the category of `what`. Called only
 * after the guarded change succeeded, so a failed open or change never rotates a copy out.
 */
export function rotateAutoBackups(
  vaultPath: string,
  what: string,
  options: AutoBackupOptions = {},
): void {
  const category = categoryOf(what)
  // Only one process holds the vault open for writing, so no other copy is in progress.
  for (const temp of staleTemps(vaultPath, options)) {
    try {
      unlinkSync(temp)
    } catch {
      // Already gone.
    }
  }
  const keep = Math.max(1, Math.floor(options.keep ?? DEFAULT_AUTO_BACKUPS_KEPT))
  const prefix = `${basename(vaultPath)}.before-`
  const all = listAutoBackups(vaultPath, options).filter(
    (file) => categoryOf(basename(file).slice(prefix.length)) === category,
  )
  for (const old of all.slice(0, Math.max(0, all.length - keep))) {
    for (const file of [old, `${old}-wal`, `${old}-shm`, `${old}.epoch`, `${old}.lock`]) {
      try {
        unlinkSync(file)
      } catch {
        // Not there.
      }
    }
  }
}
