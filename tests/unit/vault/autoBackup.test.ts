import { existsSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import {
  createVault,
  listAutoBackups,
  openVault,
  verifyVaultFile,
  WorkerVault,
} from '../../../src/core/vault'
import { migrateWithBackup } from '../../../src/core/vault/open'
import { MIGRATIONS, readFormatVersion, type Migration } from '../../../src/core/vault/migrations'
import { CHEAP, PASSPHRASE, clock, newVault, person, reopen, tempDir, track } from './helpers'

describe('automatic backups before key changes and migrations', () => {
  it('a passphrase change first saves a copy that opens with the OLD passphrase', async () => {
    const { path, vault } = await newVault()
    const p = person('Before the change')
    await vault.commit({ put: [p] })
    await vault.changePassphrase('the new passphrase')
    await vault.lock()

    const backups = listAutoBackups(path)
    expect(backups).toHaveLength(1)
    const copy = backups[0]!
    expect(dirname(copy)).toBe(join(dirname(path), 'backups'))
    expect(basename(copy)).toMatch(/^test\.kith\.before-passphrase-change-\d{8}T\d{9}Z\.kith$/)
    expect(statSync(copy).mode & 0o777).toBe(0o600)

    const old = track(await openVault(copy, { passphrase: PASSPHRASE }, CHEAP))
    expect(old.get('person', p.id)?.name).toBe('Before the change')
    expect(old.list('person')).toHaveLength(2)
    expect(old.status().recovery).toBeUndefined()
    await old.lock()
    await expect(
      openVault(copy, { passphrase: 'the new passphrase' }, CHEAP),
    ).rejects.toMatchObject({ code: 'WrongPassphraseOrCorrupt' })
    expect((await verifyVaultFile(copy, { passphrase: PASSPHRASE }, CHEAP)).ok).toBe(true)
    expect((await reopen(path, 'the new passphrase')).get('person', p.id)).toEqual(p)
  })

  it('keeps only the newest N copies of each vault', async () => {
    const dir = tempDir()
    const path = join(dir, 'rot.kith')
    const backupDir = join(dir, 'elsewhere')
    const autoBackups = { dir: backupDir, keep: 3 }
    const { vault } = await createVault(path, {
      ownerName: 'Rotating',
      passphrase: 'pass-0',
      clock,
      autoBackups,
      ...CHEAP,
    })
    track(vault)
    for (let i = 1; i <= 4; i++) await vault.changePassphrase(`pass-${i}`)
    // What a crash in the middle of a copy leaves behind is cleared by the next copy.
    const stale = join(
      backupDir,
      'rot.kith.before-passphrase-change-20260101T000000000Z.kith.tmp-0a1b2c',
    )
    writeFileSync(stale, 'half a copy', { mode: 0o600 })
    await vault.changePassphrase('pass-5')
    expect(existsSync(stale)).toBe(false)
    await vault.lock()
    // Another vault's copies in the same folder are not this vault's to rotate.
    const other = await createVault(join(dir, 'other.kith'), {
      ownerName: 'Other',
      passphrase: 'other-0',
      autoBackups,
      ...CHEAP,
    })
    await other.vault.changePassphrase('other-1')
    await other.vault.lock()

    const kept = listAutoBackups(path, autoBackups)
    expect(kept).toHaveLength(3)
    expect(listAutoBackups(join(dir, 'other.kith'), autoBackups)).toHaveLength(1)
    // Oldest first: the copies made before changes 3, 4 and 5 hold passphrases 2, 3 and 4.
    for (const [i, copy] of kept.entries()) {
      const opened = await openVault(copy, { passphrase: `pass-${i + 2}` }, CHEAP)
      await opened.lock()
    }
  })

  it('can be turned off', async () => {
    const dir = tempDir()
    const path = join(dir, 'off.kith')
    const { vault } = await createVault(path, {
      ownerName: 'No copies',
      passphrase: PASSPHRASE,
      autoBackups: false,
      ...CHEAP,
    })
    await vault.changePassphrase('another one')
    await vault.lock()
    expect(listAutoBackups(path)).toEqual([])
  })

  it('the engine worker backs up before a passphrase change too', async () => {
    const path = join(tempDir(), 'w.kith')
    const { vault } = await WorkerVault.create(path, {
      ownerName: 'Worker',
      passphrase: PASSPHRASE,
      clock,
      ...CHEAP,
    })
    try {
      await vault.changePassphrase('worker new')
    } finally {
      await vault.lock()
    }
    const [copy] = listAutoBackups(path)
    expect(copy).toBeDefined()
    const old = track(await openVault(copy!, { passphrase: PASSPHRASE }, CHEAP))
    expect(old.list('person').map((p) => p.name)).toEqual(['Worker'])
  })

  it('a migration of an existing file first saves a copy at the old version', async () => {
    const { path, vault } = await newVault()
    const p = person('Migrated')
    await vault.commit({ put: [p] })
    await vault.lock()
    const next: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'test-only-next',
      up: (db) => db.exec('CREATE TABLE test_only_next (x)'),
    }
    const db = new Database(path)
    try {
      const from = readFormatVersion(db)
      expect(migrateWithBackup(db, path, {}, [...MIGRATIONS, next])).toEqual({
        from,
        to: next.version,
      })
      expect(readFormatVersion(db)).toBe(next.version)
      // Already current: no second copy.
      migrateWithBackup(db, path, {}, [...MIGRATIONS, next])
    } finally {
      db.close()
    }
    const backups = listAutoBackups(path)
    expect(backups).toHaveLength(1)
    const copyPath = backups[0]!
    expect(basename(copyPath)).toContain(
      `.before-migration-v${MIGRATIONS.length}-to-v${next.version}-`,
    )
    const copy = new Database(copyPath, { readonly: true })
    expect(readFormatVersion(copy)).toBe(MIGRATIONS.length)
    copy.close()
    const old = track(await openVault(copyPath, { passphrase: PASSPHRASE }, CHEAP))
    expect(old.get('person', p.id)?.name).toBe('Migrated')
  })
})
