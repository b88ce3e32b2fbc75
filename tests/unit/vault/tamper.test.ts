import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openVault, ReadOnlyVaultError } from '../../../src/core/vault'
import { CHEAP, PASSPHRASE, entry, newVault, person, reopen } from './helpers'

interface Row {
  id: string
  ver: number
  key_gen: number
  fmt: number
  nonce: Buffer
  ct: Buffer
}

function withDb<T>(path: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path)
  try {
    return fn(db)
  } finally {
    db.close()
  }
}

const getRow = (db: Database.Database, id: string) =>
  db.prepare('SELECT * FROM record WHERE id = ?').get(id) as Row

const putRow = (db: Database.Database, row: Row) =>
  db
    .prepare(
      'INSERT OR REPLACE INTO record (id, ver, key_gen, fmt, nonce, ct) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(row.id, row.ver, row.key_gen, row.fmt, row.nonce, row.ct)

async function seeded() {
  const made = await newVault()
  const a = person('Alice Tamper')
  const b = person('Bob Tamper')
  const note = entry('private words')
  await made.vault.commit({ put: [a, b, note] })
  await made.vault.lock()
  return { ...made, a, b, note }
}

async function expectRecovery(path: string, badIds: string[], reason?: RegExp) {
  const vault = await reopen(path)
  const status = vault.status()
  expect(status.readOnly).toBe(true)
  expect(status.recovery?.badRecordIds.sort()).toEqual([...badIds].sort())
  if (reason) expect(status.recovery?.reason).toMatch(reason)
  await expect(vault.commit({ put: [person('x')] })).rejects.toBeInstanceOf(ReadOnlyVaultError)
  const report = await vault.verify()
  expect(report.ok).toBe(false)
  expect(report.badRecordIds.sort()).toEqual([...badIds].sort())
  return vault
}

describe('tamper detection', () => {
  it('flipping any single byte of a record nonce or ciphertext names that record', async () => {
    const { path, a } = await seeded()
    const original = withDb(path, (db) => getRow(db, a.id))
    const positions = [
      ['nonce', 0],
      ['nonce', 23],
      ['ct', 0],
      ['ct', 100],
      ['ct', original.ct.length - 1],
    ] as const
    for (const [column, at] of positions) {
      withDb(path, (db) => {
        const row = {
          ...original,
          nonce: Buffer.from(original.nonce),
          ct: Buffer.from(original.ct),
        }
        row[column][at] = row[column][at]! ^ 0x80
        putRow(db, row)
      })
      const vault = await expectRecovery(path, [a.id])
      // What still verifies is exportable.
      const exported = await vault.exportVerified()
      expect(exported.some((r) => r.id === a.id)).toBe(false)
      expect(exported.length).toBe(4)
      await vault.lock()
    }
    withDb(path, (db) => putRow(db, original))
    expect((await reopen(path)).status().recovery).toBeUndefined()
  })

  it('swapping two records’ ciphertexts fails for both', async () => {
    const { path, a, b } = await seeded()
    withDb(path, (db) => {
      const ra = getRow(db, a.id)
      const rb = getRow(db, b.id)
      putRow(db, { ...ra, nonce: rb.nonce, ct: rb.ct })
      putRow(db, { ...rb, nonce: ra.nonce, ct: ra.ct })
    })
    await expectRecovery(path, [a.id, b.id])
  })

  it('a relabelled version or key generation fails', async () => {
    const { path, a, b } = await seeded()
    withDb(path, (db) => {
      putRow(db, { ...getRow(db, a.id), ver: 2 })
      putRow(db, { ...getRow(db, b.id), key_gen: 2 })
    })
    await expectRecovery(path, [a.id, b.id])
  })

  it('a record copied from another vault fails', async () => {
    const one = await seeded()
    const two = await seeded()
    const foreign = withDb(two.path, (db) => getRow(db, two.a.id))
    withDb(one.path, (db) => putRow(db, foreign))
    await expectRecovery(one.path, [two.a.id], /digest/)
  })

  it('a duplicated row under another id fails', async () => {
    const { path, a } = await seeded()
    const copyId = 'f'.repeat(32)
    withDb(path, (db) => putRow(db, { ...getRow(db, a.id), id: copyId }))
    await expectRecovery(path, [copyId], /expected/)
  })

  it('deleting a row is caught by the count and digest', async () => {
    const { path, note } = await seeded()
    withDb(path, (db) => db.prepare('DELETE FROM record WHERE id = ?').run(note.id))
    const vault = await expectRecovery(path, [], /4 records on disk but 5 expected/)
    expect(vault.status().recovery?.reason).toMatch(/digest/)
  })

  it('rolling back a single record to an older version is caught by the digest', async () => {
    const { path, a } = await seeded()
    const old = withDb(path, (db) => getRow(db, a.id))
    const vault = await reopen(path)
    await vault.commit({ put: [{ ...a, name: 'Alice Renamed' }] })
    await vault.lock()
    withDb(path, (db) => putRow(db, old))
    const rolled = await expectRecovery(path, [], /digest/)
    expect(rolled.get('person', a.id)?.name).toBe('Alice Tamper')
  })

  it('an older state row is caught', async () => {
    const { path, note } = await seeded()
    const oldState = withDb(path, (db) => db.prepare('SELECT nonce, ct FROM state').get()) as {
      nonce: Buffer
      ct: Buffer
    }
    const vault = await reopen(path)
    await vault.commit({ remove: [note.id] })
    await vault.lock()
    withDb(path, (db) =>
      db
        .prepare('UPDATE state SET nonce = ?, ct = ? WHERE id = 1')
        .run(oldState.nonce, oldState.ct),
    )
    await expectRecovery(path, [], /expected/)
  })

  it('a damaged state row opens in recovery mode', async () => {
    const { path } = await seeded()
    withDb(path, (db) => db.prepare('UPDATE state SET ct = zeroblob(64)').run())
    await expectRecovery(path, [], /state record/)
  })

  it('messages never contain plaintext', async () => {
    const { path, a } = await seeded()
    withDb(path, (db) => {
      const row = getRow(db, a.id)
      row.ct[5] = row.ct[5]! ^ 1
      putRow(db, row)
    })
    const vault = await openVault(path, { passphrase: PASSPHRASE }, CHEAP)
    const text = JSON.stringify(vault.status()) + JSON.stringify(await vault.verify())
    await vault.lock()
    expect(text).toContain(a.id)
    expect(text).not.toMatch(/Alice|Bob|private words/)
  })
})
