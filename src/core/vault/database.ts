import { chmodSync, closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { NotAVaultError, VaultDamagedError, VaultExistsError, VaultNotFoundError } from './errors'
import { acquireLock } from './lockFile'

const SQLITE_HEADER = 'SQLite format 3\0'

export interface OpenedDatabase {
  db: Database.Database
  /** Closes the connection and releases the writer lock. */
  close: () => void
}

/** Sets the pragmas every vault connection needs; called for each connection, never once per file. */
export function applyPragmas(db: Database.Database): void {
  const mode = db.pragma('journal_mode = WAL', { simple: true })
  if (String(mode).toLowerCase() !== 'wal') throw new Error('could not enable WAL')
  db.pragma('synchronous = FULL')
  // Without it SQLite may write plaintext temp files, even for in-memory work.
  db.pragma('temp_store = MEMORY')
  db.pragma('secure_delete = ON')
  db.pragma('trusted_schema = OFF')
  db.pragma('cell_size_check = ON')
}

function restrictModes(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file)) chmodSync(file, 0o600)
  }
}

function checkHeader(path: string): void {
  if (!existsSync(path)) throw new VaultNotFoundError()
  const size = statSync(path).size
  if (size === 0) throw new NotAVaultError('the file is empty')
  const header = Buffer.alloc(16)
  const fd = openSync(path, 'r')
  try {
    readSync(fd, header, 0, 16, 0)
  } finally {
    closeSync(fd)
  }
  if (header.toString('latin1') !== SQLITE_HEADER) throw new NotAVaultError('not a database')
}

/**
 * A file cut short (a failed copy, a full disk) still starts with a valid header; SQLite only
 * notices when it reads a missing page. Once the write-ahead log is folded in, the file must hold
 * every page the database counts.
 */
function checkNotTruncated(db: Database.Database, path: string): void {
  const pageSize = Number(db.pragma('page_size', { simple: true }))
  const pages = Number(db.pragma('page_count', { simple: true }))
  const walBytes = existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0
  // With a non-empty WAL the newest pages may live there only; the scan then finds what is lost.
  if (walBytes === 0 && statSync(path).size < pageSize * pages) {
    throw new VaultDamagedError('the file is truncated')
  }
}

/** Opens (or creates, mode 0600) a vault file for this process alone. */
export function openDatabase(path: string, options: { create: boolean }): OpenedDatabase {
  if (options.create) {
    if (existsSync(path)) throw new VaultExistsError()
  } else {
    checkHeader(path)
  }
  const release = acquireLock(`${path}.lock`)
  let db: Database.Database | undefined
  try {
    if (options.create) closeSync(openSync(path, 'wx', 0o600))
    db = new Database(path, { fileMustExist: true })
    applyPragmas(db)
    // A read forces SQLite to parse the schema: a damaged file fails here, typed.
    db.prepare('SELECT count(*) FROM sqlite_master').get()
    if (!options.create) checkNotTruncated(db, path)
    restrictModes(path)
  } catch (error) {
    db?.close()
    release()
    if (
      error instanceof NotAVaultError ||
      error instanceof VaultExistsError ||
      error instanceof VaultDamagedError
    ) {
      throw error
    }
    const code = (error as { code?: string }).code
    // NOTADB: the header is not SQLite's at all; CORRUPT: a database whose pages are broken.
    if (code === 'SQLITE_NOTADB') throw new NotAVaultError('not a database')
    if (code === 'SQLITE_CORRUPT') {
      throw new VaultDamagedError('the database structure is broken or the file is truncated')
    }
    throw error
  }
  const opened = db
  return {
    db: opened,
    close: () => {
      try {
        if (opened.open) opened.close()
      } finally {
        release()
      }
    },
  }
}

export { restrictModes }
