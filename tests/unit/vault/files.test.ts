import { copyFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openVault, VaultError } from '../../../src/core/vault'
import { CHEAP, PASSPHRASE, newVault, person, tempDir } from './helpers'

const open = (path: string) => openVault(path, { passphrase: PASSPHRASE }, CHEAP)

/** Deterministic pseudo-random bytes (xorshift), so failures reproduce. */
function pseudoRandom(n: number, seed = 0x9e3779b9): Buffer {
  const out = Buffer.alloc(n)
  let x = seed
  for (let i = 0; i < n; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 0xff
  }
  return out
}

describe('files that are not (intact) vaults', () => {
  it('a missing file, a zero-length file, random bytes and a foreign SQLite file fail typed', async () => {
    const dir = tempDir()
    await expect(open(join(dir, 'missing.kith'))).rejects.toMatchObject({ code: 'VaultNotFound' })
    writeFileSync(join(dir, 'empty.kith'), '')
    await expect(open(join(dir, 'empty.kith'))).rejects.toMatchObject({ code: 'NotAVault' })
    writeFileSync(join(dir, 'random.kith'), pseudoRandom(8192))
    await expect(open(join(dir, 'random.kith'))).rejects.toMatchObject({ code: 'NotAVault' })
    const foreign = new Database(join(dir, 'foreign.kith'))
    foreign.exec('CREATE TABLE notes (body TEXT)')
    foreign.close()
    await expect(open(join(dir, 'foreign.kith'))).rejects.toMatchObject({ code: 'NotAVault' })
    const header = Buffer.concat([Buffer.from('SQLite format 3\0'), pseudoRandom(4080)])
    writeFileSync(join(dir, 'fake.kith'), header)
    await expect(open(join(dir, 'fake.kith'))).rejects.toMatchObject({ code: 'NotAVault' })
  })

  it('truncation at pseudo-random offsets fails cleanly with a typed error or recovery mode', async () => {
    const { path, vault } = await newVault()
    await vault.commit({ put: Array.from({ length: 40 }, (_, i) => person(`Person ${i}`)) })
    await vault.lock()
    // Fold the WAL into the main file so truncating it cuts real data.
    const db = new Database(path)
    db.pragma('journal_mode = DELETE')
    db.close()
    const size = readFileSync(path).length
    const offsets = [1, 15, 100, 4096, Math.floor(size / 2), size - 1]
    const work = tempDir()
    for (const [i, offset] of offsets.entries()) {
      const copy = join(work, `t${i}.kith`)
      copyFileSync(path, copy)
      truncateSync(copy, offset)
      try {
        const opened = await open(copy)
        // Opening at all means SQLite saw a consistent file; then it must be flagged.
        expect(opened.status().recovery).toBeDefined()
        await opened.lock()
      } catch (error) {
        expect(error, `offset ${offset}`).toBeInstanceOf(VaultError)
      }
    }
  })

  it('refuses to create over an existing file', async () => {
    const { path } = await newVault()
    const { createVault } = await import('../../../src/core/vault')
    await expect(
      createVault(path, { ownerName: 'A', passphrase: PASSPHRASE, ...CHEAP }),
    ).rejects.toMatchObject({ code: 'VaultExists' })
  })
})
