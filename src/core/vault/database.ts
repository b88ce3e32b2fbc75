import { chmodSync, closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { NotAVaultError, VaultExistsError, VaultNotFoundError } from './errors'
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
    restrictModes(path)
  } catch (error) {
    db?.close()
    release()
    if (error instanceof NotAVaultError || error instanceof VaultExistsError) throw error
    const code = (error as { code?: string }).code
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new NotAVaultError('the database is damaged')
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
