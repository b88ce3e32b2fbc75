import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { AnyRecord } from '../../../src/shared/domain'
import { openVault, WorkerVault } from '../../../src/core/vault'
import { SINK_BATCH } from '../../../src/core/vault/scan'
import { CHEAP, PASSPHRASE, entry, newVault, person, reopen, track } from './helpers'

/** A vault with more records than one projection batch (owner and settings included). */
async function bigVault(extra: number) {
  const made = await newVault()
  const entries = Array.from({ length: extra }, (_, i) => entry(`note ${i}`))
  await made.vault.commit({ put: entries })
  await made.vault.lock()
  return { ...made, entries, total: extra + 2 }
}

describe('unlock', () => {
  it('streams every verified record to a sink in batches and keeps none itself', async () => {
    const { path, entries, total } = await bigVault(SINK_BATCH + 1)
    const batches: AnyRecord[][] = []
    const vault = track(
      await openVault(path, { passphrase: PASSPHRASE }, CHEAP, (batch) => batches.push(batch)),
    )
    expect(batches.map((b) => b.length)).toEqual([SINK_BATCH, total - SINK_BATCH])
    const seen = new Map(batches.flat().map((r) => [r.id, r]))
    expect(seen.size).toBe(total)
    expect(seen.get(entries[5]!.id)).toEqual(entries[5])
    expect(vault.get('entry', entries[5]!.id)).toBeUndefined()
    expect(vault.status()).toMatchObject({ readOnly: false })
    // Writes after a streamed unlock keep the set digest right.
    await vault.commit({ put: [{ ...entries[0]!, body: 'changed' }], remove: [entries[1]!.id] })
    await vault.lock()
    const again = await reopen(path)
    expect(again.status().recovery).toBeUndefined()
    expect(again.get('entry', entries[0]!.id)?.body).toBe('changed')
    expect(again.get('entry', entries[1]!.id)).toBeUndefined()
    expect((await again.verify()).ok).toBe(true)
  })

  it('the worker vault receives the whole projection across several chunks', async () => {
    const { path, entries, total } = await bigVault(2 * SINK_BATCH + 10)
    const vault = await WorkerVault.open(path, { passphrase: PASSPHRASE }, CHEAP)
    try {
      expect(vault.status()).toMatchObject({ readOnly: false, recordCount: total })
      expect(vault.list('entry')).toHaveLength(entries.length)
      expect(vault.get('entry', entries.at(-1)!.id)).toEqual(entries.at(-1))
      const p = person('After stream')
      await vault.commit({ put: [p] })
      expect(vault.get('person', p.id)?.name).toBe('After stream')
      expect((await vault.verify()).ok).toBe(true)
    } finally {
      await vault.lock()
    }
  })

  it('a row deleted behind an open vault stays detected after that vault overwrites it', async () => {
    const { path, vault } = await newVault()
    const a = person('Alice')
    await vault.commit({ put: [a] })
    const db = new Database(path)
    try {
      db.prepare('DELETE FROM record WHERE id = ?').run(a.id)
    } finally {
      db.close()
    }
    await vault.commit({ put: [{ ...a, name: 'Alice Again' }] })
    await vault.lock()
    const again = await reopen(path)
    expect(again.status().recovery?.reason).toMatch(/digest mismatch/)
  })

  it('rows whose nonce is not a 24-byte blob are named bad, the others still open', async () => {
    const { path, vault } = await newVault()
    const [a, b, c] = [person('Short nonce'), person('Text nonce'), person('Fine')]
    await vault.commit({ put: [a, b, c] })
    await vault.lock()
    const db = new Database(path)
    try {
      const setNonce = db.prepare('UPDATE record SET nonce = ? WHERE id = ?')
      const nonce = (
        db.prepare('SELECT nonce FROM record WHERE id = ?').get(a.id) as {
          nonce: Buffer
        }
      ).nonce
      setNonce.run(nonce.subarray(0, 23), a.id)
      setNonce.run('not a blob', b.id)
    } finally {
      db.close()
    }
    const again = await reopen(path)
    expect(again.status().recovery?.badRecordIds.sort()).toEqual([a.id, b.id].sort())
    expect(again.get('person', c.id)?.name).toBe('Fine')
  })

  it('a write over a row whose version was changed behind the vault is refused as tampered', async () => {
    const { path, vault } = await newVault()
    const a = person('Alice')
    await vault.commit({ put: [a] })
    const db = new Database(path)
    try {
      db.prepare("UPDATE record SET ver = 'x' WHERE id = ?").run(a.id)
    } finally {
      db.close()
    }
    await expect(vault.commit({ put: [{ ...a, name: 'Alice Again' }] })).rejects.toMatchObject({
      code: 'RecordTampered',
    })
    await expect(vault.commit({ remove: [a.id] })).rejects.toMatchObject({ code: 'RecordTampered' })
  })

  it('the worker vault opens a damaged file in recovery mode with what still verifies', async () => {
    const { path, vault } = await newVault()
    const [a, b] = [person('Damaged'), person('Intact')]
    await vault.commit({ put: [a, b] })
    await vault.lock()
    const db = new Database(path)
    try {
      db.prepare('UPDATE record SET ct = zeroblob(length(ct)) WHERE id = ?').run(a.id)
    } finally {
      db.close()
    }
    const worker = await WorkerVault.open(path, { passphrase: PASSPHRASE }, CHEAP)
    try {
      expect(worker.status().recovery?.badRecordIds).toEqual([a.id])
      expect(worker.get('person', a.id)).toBeUndefined()
      expect(worker.get('person', b.id)?.name).toBe('Intact')
    } finally {
      await worker.lock()
    }
  })
})
