import { copyFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { newVault, person, reopen } from './helpers'

describe('whole-file rollback', () => {
  it('warns when the file is older than the epoch high-water mark', async () => {
    const { dir, path, vault } = await newVault()
    await vault.lock()
    const fold = new Database(path)
    fold.pragma('wal_checkpoint(TRUNCATE)')
    fold.close()
    const old = join(dir, 'old-copy.kith')
    copyFileSync(path, old)
    const again = await reopen(path)
    expect(again.status().epochWarning).toBeUndefined()
    await again.commit({ put: [person('Newer')] })
    await again.lock()
    rmSync(`${path}-wal`, { force: true })
    rmSync(`${path}-shm`, { force: true })
    copyFileSync(old, path)
    const rolledBack = await reopen(path)
    expect(rolledBack.status().epochWarning).toMatch(/older than the last state/)
    expect(rolledBack.status().recovery).toBeUndefined()
  })
})
