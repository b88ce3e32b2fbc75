import { copyFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openVault, restoreBackup, verifyVaultFile } from '../../../src/core/vault'
import {
  CURRENT_FORMAT_VERSION,
  migrate,
  readFormatVersion,
  type Migration,
} from '../../../src/core/vault/migrations'
import { CHEAP, tempDir, track } from './helpers'

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/vault')

function copyFixture(name: string): string {
  const target = join(tempDir(), name)
  copyFileSync(join(FIXTURES, name), target)
  return target
}

describe('migrations', () => {
  it('migrates an empty file to the current version, one transaction per step', () => {
    const db = new Database(':memory:')
    expect(readFormatVersion(db)).toBe(0)
    expect(migrate(db)).toEqual({ from: 0, to: CURRENT_FORMAT_VERSION })
    expect(readFormatVersion(db)).toBe(CURRENT_FORMAT_VERSION)
    expect(migrate(db)).toEqual({ from: CURRENT_FORMAT_VERSION, to: CURRENT_FORMAT_VERSION })
    db.close()
  })

  it('a failing migration leaves the file at the previous version', () => {
    const db = new Database(':memory:')
    migrate(db)
    const broken: Migration = {
      version: CURRENT_FORMAT_VERSION + 1,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half_done (x)')
        throw new Error('boom')
      },
    }
    expect(() => migrate(db, [broken])).toThrow('boom')
    expect(readFormatVersion(db)).toBe(CURRENT_FORMAT_VERSION)
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get(),
    ).toBeUndefined()
    db.close()
  })
})

describe('golden v1 fixtures', () => {
  it('opens the golden v1 vault with its passphrase and its recovery key', async () => {
    const path = copyFixture('golden-v1.kith')
    const report = await verifyVaultFile(path, { passphrase: 'golden vault passphrase' }, CHEAP)
    expect(report).toMatchObject({ ok: true, badRecordIds: [] })
    const vault = track(
      await openVault(path, { recoveryKey: 'VSRB-G14E-YH1V-KDT3-2PGK-WW8G-DJ97-6NDJ' }, CHEAP),
    )
    expect(vault.get('person', 'a0000000000000000000000000000001')?.notes).toBe(
      'Ünïcødé ✓ and a\r\nCRLF',
    )
    expect(
      vault
        .list('person')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Alan Turing', 'Golden Owner', 'Grace Hopper'])
    expect(vault.get('tie', 'b0000000000000000000000000000001')?.strength).toBe(4)
    expect(vault.get('entry', 'c0000000000000000000000000000001')?.participants).toHaveLength(2)
    expect(vault.status().readOnly).toBe(false)
  })

  it('restores the golden v1 backup into a vault that verifies', async () => {
    const backup = copyFixture('golden-v1.kithbak')
    const target = join(tempDir(), 'restored.kith')
    await restoreBackup(backup, 'golden backup passphrase', target, CHEAP)
    const report = await verifyVaultFile(target, { passphrase: 'golden vault passphrase' }, CHEAP)
    expect(report).toMatchObject({ ok: true, recordCount: 6 })
  })
})
