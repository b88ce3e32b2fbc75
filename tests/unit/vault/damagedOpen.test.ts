import { readFileSync, truncateSync, statSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createVault, listAutoBackups, openVault } from '../../../src/core/vault'
import { migrateWithBackup } from '../../../src/core/vault/open'
import { MIGRATIONS, type Migration } from '../../../src/core/vault/migrations'
import { CHEAP, PASSPHRASE, clock, person, tempDir, track } from './helpers'

/** A vault with one key-change backup beside it (keep: 1, the tightest rotation). */
async function vaultWithKeyBackup() {
  const dir = tempDir()
  const path = join(dir, 'held.kith')
  const autoBackups = { keep: 1 }
  const { vault } = await createVault(path, {
    ownerName: 'Held',
    passphrase: 'first passphrase here',
    clock,
    autoBackups,
    ...CHEAP,
  })
  await vault.commit({ put: [person('Kept')] })
  await vault.changePassphrase(PASSPHRASE)
  await vault.lock()
  const backups = listAutoBackups(path)
  expect(backups).toHaveLength(1)
  expect(basename(backups[0]!)).toContain('.before-passphrase-change-')
  return { path, autoBackups, keyBackup: backups[0]!, keyBackupBytes: readFileSync(backups[0]!) }
}

function edit(path: string, sql: string): void {
  const db = new Database(path)
  db.exec(sql)
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
}

describe('opening is read-only until the file is verified', () => {
  for (const [what, sql] of [
    ['format_version deleted', "DELETE FROM meta WHERE key = 'format_version'"],
    ['format_version 0', "UPDATE meta SET value = 0 WHERE key = 'format_version'"],
    ['format_version not a number', "UPDATE meta SET value = 'x' WHERE key = 'format_version'"],
    ['magic deleted', "DELETE FROM meta WHERE key = 'magic'"],
    ['passphrase key slot deleted', "DELETE FROM keyslot WHERE kind = 'passphrase'"],
  ] as const) {
    it(`${what}: "damaged", no backup written, the key-change backup survives`, async () => {
      const { path, autoBackups, keyBackup, keyBackupBytes } = await vaultWithKeyBackup()
      edit(path, sql)
      const before = readFileSync(path)
      for (let attempt = 0; attempt < 3; attempt++) {
        await expect(
          openVault(path, { passphrase: PASSPHRASE }, { ...CHEAP, autoBackups }),
        ).rejects.toMatchObject({ code: 'VaultDamaged', message: /damaged/ })
      }
      expect(listAutoBackups(path, autoBackups)).toEqual([keyBackup])
      expect(readFileSync(keyBackup).equals(keyBackupBytes)).toBe(true)
      // Nothing was written to the file either.
      expect(readFileSync(path).equals(before)).toBe(true)
      // The surviving copy still opens with the passphrase it had.
      const old = track(await openVault(keyBackup, { passphrase: 'first passphrase here' }, CHEAP))
      expect(old.list('person').map((p) => p.name)).toContain('Kept')
    })
  }

  it('a truncated vault is "damaged" (not "not a vault") and nothing is written', async () => {
    const { path, autoBackups, keyBackup } = await vaultWithKeyBackup()
    const size = statSync(path).size
    truncateSync(path, Math.floor(size / 2))
    await expect(
      openVault(path, { passphrase: PASSPHRASE }, { ...CHEAP, autoBackups }),
    ).rejects.toMatchObject({ code: 'VaultDamaged', message: /damaged/ })
    expect(listAutoBackups(path, autoBackups)).toEqual([keyBackup])
  })

  it('a file that is no database at all is still "not a vault"', async () => {
    const path = join(tempDir(), 'notes.kith')
    writeFileSync(path, 'just some text, not SQLite')
    await expect(openVault(path, { passphrase: PASSPHRASE }, CHEAP)).rejects.toMatchObject({
      code: 'NotAVault',
    })
  })

  it('migration backups rotate apart from key-change backups, and only after success', async () => {
    const { path, autoBackups, keyBackup } = await vaultWithKeyBackup()
    const failing: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'test-only-failing',
      up: () => {
        throw new Error('migration failed')
      },
    }
    const db = new Database(path)
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        expect(() => migrateWithBackup(db, path, autoBackups, [...MIGRATIONS, failing])).toThrow(
          /migration failed/,
        )
      }
      const next: Migration = {
        version: MIGRATIONS.length + 1,
        name: 'test-only-next',
        up: (d) => d.exec('CREATE TABLE test_only_next (x)'),
      }
      migrateWithBackup(db, path, autoBackups, [...MIGRATIONS, next])
    } finally {
      db.close()
    }
    const all = listAutoBackups(path, autoBackups)
    // keep: 1 per kind: the key-change copy is still there next to the newest migration copy.
    expect(all).toContain(keyBackup)
    expect(all.filter((f) => basename(f).includes('.before-migration-'))).toHaveLength(1)
  })
})

describe('a file is verified before it is migrated', () => {
  const next: Migration = {
    version: MIGRATIONS.length + 1,
    name: 'test-only-next',
    up: (d) => d.exec('CREATE TABLE test_only_next (x)'),
  }
  const withNext = { ...CHEAP, migrations: [...MIGRATIONS, next] }

  function versionOf(path: string): number {
    const db = new Database(path, { readonly: true })
    try {
      return Number(
        (
          db.prepare("SELECT value FROM meta WHERE key = 'format_version'").get() as {
            value: number
          }
        ).value,
      )
    } finally {
      db.close()
    }
  }

  it('a file that verifies is backed up, migrated and writable', async () => {
    const { path, autoBackups, keyBackup } = await vaultWithKeyBackup()
    const vault = track(
      await openVault(path, { passphrase: PASSPHRASE }, { ...withNext, autoBackups }),
    )
    expect(vault.readOnly).toBe(false)
    await vault.commit({ put: [person('After the migration')] })
    await vault.lock()
    expect(versionOf(path)).toBe(next.version)
    const copies = listAutoBackups(path, autoBackups)
    expect(copies).toContain(keyBackup)
    expect(copies.some((f) => basename(f).includes('.before-migration-'))).toBe(true)
  })

  it('a tampered file opens in recovery mode and is neither migrated nor backed up', async () => {
    const { path, autoBackups, keyBackup } = await vaultWithKeyBackup()
    edit(
      path,
      'UPDATE record SET ct = zeroblob(length(ct)) WHERE rowid = (SELECT max(rowid) FROM record)',
    )
    const vault = track(
      await openVault(path, { passphrase: PASSPHRASE }, { ...withNext, autoBackups }),
    )
    expect(vault.status().recovery).toBeDefined()
    expect(vault.readOnly).toBe(true)
    await vault.lock()
    expect(versionOf(path)).toBe(MIGRATIONS.length)
    expect(listAutoBackups(path, autoBackups)).toEqual([keyBackup])
  })
})
