import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { RecordTooLargeError } from '../../../src/core/vault'
import { toHex } from '../../../src/core/vault/bytes'
import { initCrypto, randomBytes, seal } from '../../../src/core/vault/crypto'
import { allBuckets } from '../../../src/core/vault/padding'
import { entry, newVault, person, reopen, NOW } from './helpers'

describe('record encryption', () => {
  it('100k encryptions give 100k distinct nonces', async () => {
    await initCrypto()
    const key = randomBytes(32)
    const nonces = new Set<string>()
    const message = new Uint8Array(16)
    const ad = new Uint8Array(8)
    for (let i = 0; i < 100_000; i++) nonces.add(toHex(seal(message, ad, key).nonce))
    expect(nonces.size).toBe(100_000)
  })

  it('ciphertext lengths only take bucket values', async () => {
    const { path, vault } = await newVault()
    const sizes = [0, 1, 200, 255, 256, 1000, 5000, 70_000, 300_000]
    await vault.commit({ put: sizes.map((n) => entry('x'.repeat(n))) })
    await vault.lock()
    const db = new Database(path, { readonly: true })
    const lengths = (db.prepare('SELECT length(ct) AS n FROM record').all() as { n: number }[]).map(
      (r) => r.n,
    )
    const nonceLengths = db.prepare('SELECT DISTINCT length(nonce) AS n FROM record').all()
    db.close()
    const allowed = new Set(allBuckets().map((b) => b + 16))
    for (const n of lengths) expect(allowed.has(n), `ciphertext of ${n} bytes`).toBe(true)
    expect(new Set(lengths).size).toBeGreaterThan(4)
    expect(nonceLengths).toEqual([{ n: 24 }])
  })

  it('unicode, NUL and CRLF round-trip exactly', async () => {
    const { path, vault } = await newVault()
    const text = 'Zoë 李小龍 👩🏽‍💻 \u0000 nul\r\nCRLF\ttab \u202e rtl \ud83d\ude00 é'
    const p = person('Ünïcødé 名前 👋', { notes: text, tags: ['日本', 'ça va'] })
    const e = entry(text, { title: 'T\u0000itle\r\n' })
    await vault.commit({ put: [p, e] })
    await vault.lock()
    const again = await reopen(path)
    expect(again.get('person', p.id)).toEqual(p)
    expect(again.get('entry', e.id)?.body).toBe(text)
    expect(again.get('entry', e.id)?.title).toBe('T\u0000itle')
  })

  it('a 1 MiB entry round-trips', async () => {
    const { path, vault } = await newVault()
    const big = entry('€'.repeat(1_000_000))
    await vault.commit({ put: [big] })
    await vault.lock()
    const again = await reopen(path)
    expect(again.get('entry', big.id)?.body.length).toBe(1_000_000)
    expect((await again.verify()).ok).toBe(true)
  })

  it('an oversize record is rejected before encryption and nothing is written', async () => {
    const { path, vault } = await newVault()
    const positions: Record<string, { x: number; y: number }> = {}
    for (let i = 0; i < 9_000; i++) positions[`${i}:${'k'.repeat(1000)}`] = { x: i, y: -i }
    const layout = {
      kind: 'layout' as const,
      id: 'layout' as const,
      positions,
      createdAt: NOW,
      updatedAt: NOW,
    }
    const ok = person('Should not land')
    await expect(vault.commit({ put: [ok, layout] })).rejects.toBeInstanceOf(RecordTooLargeError)
    expect(vault.get('person', ok.id)).toBeUndefined()
    await vault.lock()
    const again = await reopen(path)
    expect(again.get('person', ok.id)).toBeUndefined()
    expect((await again.verify()).ok).toBe(true)
  })

  it('an injected write failure rolls back and the vault still opens', async () => {
    const { path, vault } = await newVault()
    const good = person('Written with the failure')
    const failing = person('Trigger target')
    // A second raw connection installs a trigger that aborts mid-transaction.
    const raw = new Database(path)
    raw.exec(
      `CREATE TRIGGER inject BEFORE INSERT ON record WHEN NEW.id = '${failing.id}' BEGIN SELECT RAISE(ABORT, 'injected'); END`,
    )
    raw.close()
    await expect(vault.commit({ put: [good, failing] })).rejects.toThrow(/injected/)
    expect(vault.get('person', good.id)).toBeUndefined()
    const after = person('After the failure')
    await vault.commit({ put: [after] })
    await vault.lock()
    const cleanup = new Database(path)
    cleanup.exec('DROP TRIGGER inject')
    cleanup.close()
    const again = await reopen(path)
    expect(again.status().recovery).toBeUndefined()
    expect(again.get('person', good.id)).toBeUndefined()
    expect(again.get('person', after.id)?.name).toBe('After the failure')
  })
})
