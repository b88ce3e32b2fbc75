import { copyFileSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openVault, ReadOnlyVaultError, type Vault } from '../../../src/core/vault'
import { fileMarkStore } from '../../../src/core/vault/epochMark'
import { CHEAP, MARKS, PASSPHRASE, newVault, person, reopen, tempDir, track } from './helpers'

/** A consistent copy of the vault file as it is now (the WAL folded in first). */
function snapshot(path: string, to: string): void {
  const db = new Database(path)
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  copyFileSync(path, to)
}

/** Puts an older copy in place of the vault, as a sync conflict or an attacker would. */
function putBack(copy: string, path: string): void {
  rmSync(`${path}-wal`, { force: true })
  rmSync(`${path}-shm`, { force: true })
  copyFileSync(copy, path)
}

async function vaultWithHistory() {
  const { dir, path, vault } = await newVault()
  const ana = person('Ana')
  await vault.commit({ put: [ana] })
  await vault.lock()
  const old = join(dir, 'old-copy.kith')
  snapshot(path, old)
  const again = await reopen(path)
  expect(again.status().rollback).toBeUndefined()
  await again.commit({ put: [{ ...ana, name: 'Ana Silva' }, person('Newer')] })
  const newEpoch = again.status().epoch
  await again.lock()
  return { dir, path, old, ana, newEpoch }
}

async function refusesWrites(vault: Vault): Promise<void> {
  expect(vault.readOnly).toBe(true)
  await expect(vault.commit({ put: [person('Sneaked in')] })).rejects.toBeInstanceOf(
    ReadOnlyVaultError,
  )
}

describe('rollback of a whole vault file', () => {
  it('stays detected: every open is read-only and verify fails, again and again', async () => {
    const { path, old, newEpoch } = await vaultWithHistory()
    putBack(old, path)
    for (let open = 0; open < 2; open++) {
      const rolledBack = await reopen(path)
      const status = rolledBack.status()
      expect(status.rollback?.message).toMatch(/older than the newest state this device has seen/)
      expect(status.rollback?.markEpoch).toBe(newEpoch)
      const report = await rolledBack.verify()
      expect(report.ok).toBe(false)
      expect(report.problems.join(' ')).toMatch(/older/)
      await refusesWrites(rolledBack)
      await rolledBack.lock()
    }
    // The open never lowered the device's mark.
    const marks = fileMarkStore(MARKS)
    const id = (await reopen(path)).status().mark.vaultId
    expect(marks.read(id)?.epoch).toBe(newEpoch)
  })

  it('detects a consistent partial rollback (the state row and one record put back together)', async () => {
    const { path, old, ana } = await vaultWithHistory()
    // The record and the state row from the old copy, copied into the current file: the
    // set digest and count then match, so only the epoch can tell.
    const current = new Database(path)
    current.prepare('ATTACH DATABASE ? AS old').run(old)
    current.transaction(() => {
      current.prepare('DELETE FROM record WHERE id NOT IN (SELECT id FROM old.record)').run()
      current
        .prepare('INSERT OR REPLACE INTO record SELECT * FROM old.record WHERE id = ?')
        .run(ana.id)
      current.prepare('INSERT OR REPLACE INTO state SELECT * FROM old.state').run()
    })()
    current.prepare('DETACH DATABASE old').run()
    current.close()
    const vault = await reopen(path)
    expect(vault.status().recovery).toBeUndefined()
    expect(vault.status().rollback).toBeDefined()
    expect(vault.get('person', ana.id)?.name).toBe('Ana')
    await refusesWrites(vault)
  })

  it('detects a rollback that brings back the old folder, old `.epoch` file and all', async () => {
    const { dir, path, old } = await vaultWithHistory()
    // What an old copy of the vault's folder holds beside the file: the legacy mark too.
    writeFileSync(`${path}.epoch`, JSON.stringify({ vaultId: 'x', epoch: 1 }))
    putBack(old, path)
    expect(readdirSync(MARKS).length).toBeGreaterThan(0)
    expect(readdirSync(dir).some((name) => name.endsWith('.json'))).toBe(false)
    const vault = await reopen(path)
    expect(vault.status().rollback).toBeDefined()
    await refusesWrites(vault)
  })

  it('catches a reused epoch: another copy advanced to the same change number', async () => {
    const { dir, path, old, newEpoch } = await vaultWithHistory()
    // The old copy edited elsewhere (another device, its own marks) up to the same epoch.
    const elsewhere = join(dir, 'elsewhere.kith')
    copyFileSync(old, elsewhere)
    const fork = track(
      await openVault(
        elsewhere,
        { passphrase: PASSPHRASE },
        { ...CHEAP, markDirectory: tempDir() },
      ),
    )
    while (fork.status().epoch < newEpoch) await fork.commit({ put: [person('Fork')] })
    expect(fork.status().epoch).toBe(newEpoch)
    await fork.lock()
    snapshot(elsewhere, join(dir, 'fork-copy.kith'))
    putBack(join(dir, 'fork-copy.kith'), path)
    const vault = await reopen(path)
    expect(vault.status().rollback?.message).toMatch(/same change number/)
    await refusesWrites(vault)
  })

  it('"this older copy is the one I want" re-bases above every epoch seen and logs it in the vault', async () => {
    const { path, old, newEpoch } = await vaultWithHistory()
    putBack(old, path)
    const vault = await reopen(path)
    const status = await vault.acceptOlderCopy('2026-12-01T10:00:00.000Z')
    expect(status.readOnly).toBe(false)
    expect(status.rollback).toBeUndefined()
    // Never reuses an epoch the device saw: the next state is above the old mark.
    expect(status.epoch).toBe(newEpoch + 1)
    expect(vault.integrityLog()).toEqual([
      {
        event: 'accepted-older-copy',
        at: '2026-12-01T10:00:00.000Z',
        fileEpoch: newEpoch - 1,
        markEpoch: newEpoch,
      },
    ])
    await vault.commit({ put: [person('After accepting')] })
    await vault.lock()
    const again = await reopen(path)
    expect(again.status().rollback).toBeUndefined()
    expect(again.integrityLog()).toHaveLength(1)
    expect((await again.verify()).ok).toBe(true)
  })

  it('refuses to "accept" a vault that is not an older copy', async () => {
    const { vault } = await newVault()
    await expect(vault.acceptOlderCopy('2026-12-01T10:00:00.000Z')).rejects.toThrow(
      /not an older copy/,
    )
  })
})

describe('a missing high-water mark', () => {
  it('for a known vault id is a warning that stays until acknowledged', async () => {
    const { path, vault } = await newVault()
    const id = vault.status().mark.vaultId
    await vault.lock()
    rmSync(join(MARKS, `${id}.json`))
    for (let open = 0; open < 2; open++) {
      const again = await reopen(path)
      expect(again.status().markMissing?.message).toMatch(/record of the newest state/)
      await again.lock()
    }
    const again = await reopen(path)
    const status = await again.acknowledgeMissingMark('2026-12-01T10:00:00.000Z')
    expect(status.markMissing).toBeUndefined()
    expect(again.integrityLog().map((e) => e.event)).toEqual(['acknowledged-missing-mark'])
    await again.lock()
    expect((await reopen(path)).status().markMissing).toBeUndefined()
  })

  it('with the mark deleted, a second copy of the marks (safeStorage) still catches a rollback', async () => {
    const { path, old, newEpoch } = await vaultWithHistory()
    const probe = await reopen(path)
    const { vaultId, commitId } = probe.status().mark
    await probe.lock()
    rmSync(join(MARKS, `${vaultId}.json`))
    putBack(old, path)
    const vault = track(
      await openVault(
        path,
        { passphrase: PASSPHRASE },
        { ...CHEAP, seedMarks: { [vaultId]: { epoch: newEpoch, commitId } } },
      ),
    )
    expect(vault.status().rollback).toBeDefined()
    await refusesWrites(vault)
  })

  it('for a vault never seen on this device is no warning', async () => {
    const { path, vault } = await newVault()
    await vault.lock()
    const fresh = track(
      await openVault(path, { passphrase: PASSPHRASE }, { ...CHEAP, markDirectory: tempDir() }),
    )
    expect(fresh.status().markMissing).toBeUndefined()
    expect(fresh.readOnly).toBe(false)
    expect(existsSync(path)).toBe(true)
  })
})
