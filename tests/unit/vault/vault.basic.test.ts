import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openVault, ReadOnlyVaultError } from '../../../src/core/vault'
import { CHEAP, MARKS, entry, newVault, person, reopen, track } from './helpers'

describe('vault basics', () => {
  it('creates a vault with its owner and settings, and reopens it', async () => {
    const { path, vault } = await newVault('Ada Lovelace')
    const owners = vault.list('person').filter((p) => p.isMe)
    expect(owners.map((p) => p.name)).toEqual(['Ada Lovelace'])
    expect(vault.get('settings', 'settings')?.autoLockMinutes).toBe(10)
    const grace = person('Grace Hopper', { tags: ['navy'] })
    await vault.commit({ put: [grace] })
    await vault.lock()
    const again = await reopen(path)
    expect(again.get('person', grace.id)?.tags).toEqual(['navy'])
    expect(again.status()).toMatchObject({ readOnly: false, recordCount: 3 })
    expect(again.status().recovery).toBeUndefined()
  })

  it('emits change events and removes records', async () => {
    const { path, vault } = await newVault()
    const events: unknown[] = []
    vault.onChange((e) => events.push(e))
    const note = entry('hello')
    await vault.commit({ put: [note] })
    await vault.commit({ remove: [note.id] })
    expect(events).toEqual([
      { kinds: ['entry'], ids: [note.id] },
      { kinds: ['entry'], ids: [note.id] },
    ])
    expect(vault.get('entry', note.id)).toBeUndefined()
    await vault.lock()
    const again = await reopen(path)
    expect(again.get('entry', note.id)).toBeUndefined()
    expect((await again.verify()).ok).toBe(true)
  })

  it('rejects an invalid record and changes nothing', async () => {
    const { vault } = await newVault()
    const before = vault.list('person').length
    const bad = { ...person('x'), name: '' }
    await expect(vault.commit({ put: [person('ok'), bad] })).rejects.toThrow()
    expect(vault.list('person').length).toBe(before)
    expect((await vault.verify()).ok).toBe(true)
  })

  it('creates files with mode 0600', async () => {
    const { path, vault } = await newVault()
    await vault.commit({ put: [person('Someone')] })
    const mark = join(MARKS, `${vault.status().mark.vaultId}.json`)
    for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}.lock`, mark]) {
      expect((statSync(file).mode & 0o777).toString(8), file).toBe('600')
    }
    // The high-water mark is not kept beside the vault.
    expect(existsSync(`${path}.epoch`)).toBe(false)
  })

  it('refuses a second writer', async () => {
    const { path } = await newVault()
    await expect(
      openVault(path, { passphrase: 'correct horse battery staple' }, CHEAP),
    ).rejects.toMatchObject({
      code: 'AlreadyOpen',
    })
  })

  it('a vault in read-only mode rejects commits with ReadOnlyVaultError', async () => {
    const { path, vault } = await newVault()
    await vault.lock()
    // Simulate a vault written by a newer app.
    const Database = (await import('better-sqlite3')).default
    const db = new Database(path)
    db.prepare("UPDATE meta SET value = 99 WHERE key = 'format_version'").run()
    db.close()
    const again = track(
      await openVault(path, { passphrase: 'correct horse battery staple' }, CHEAP),
    )
    expect(again.readOnly).toBe(true)
    expect(again.status().newerVersion?.message).toMatch(/newer version of Kith/)
    await expect(again.commit({ put: [person('x')] })).rejects.toBeInstanceOf(ReadOnlyVaultError)
  })
})
