import type { Migration } from './types'

/**
 * Format 1: the first vault format. Everything sensitive lives inside `ct` columns.
 * `record` is a rowid table on purpose: WITHOUT ROWID spills rows over ~1 KB (most padded
 * records) into overflow pages, which made unlock markedly slower.
 */
export const initialSchema: Migration = {
  version: 1,
  name: '0001-initial-schema',
  up(db) {
    db.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
      CREATE TABLE keyslot (
        kind TEXT PRIMARY KEY,
        kdf_ops INTEGER NOT NULL,
        kdf_mem INTEGER NOT NULL,
        salt BLOB NOT NULL,
        nonce BLOB NOT NULL,
        wrapped BLOB NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        nonce BLOB NOT NULL,
        ct BLOB NOT NULL
      );
      CREATE TABLE record (
        id TEXT PRIMARY KEY,
        ver INTEGER NOT NULL,
        key_gen INTEGER NOT NULL,
        fmt INTEGER NOT NULL,
        nonce BLOB NOT NULL,
        ct BLOB NOT NULL
      );
    `)
  },
}
