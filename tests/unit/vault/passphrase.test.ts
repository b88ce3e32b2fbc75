import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import {
  createVault,
  DEFAULT_KDF_POLICY,
  openVault,
  UNSAFE_TEST_KDF_POLICY,
} from '../../../src/core/vault'
import { deriveKeyFromSecret, encodePassphrase, initCrypto } from '../../../src/core/vault/crypto'
import { toHex } from '../../../src/core/vault/bytes'
import { CHEAP, PASSPHRASE, newVault, person, reopen, tempDir } from './helpers'

/** A policy whose KDF would throw if it ever ran: proves a check happened before derivation. */
const KDF_MUST_NOT_RUN = {
  floor: { opsLimit: 11, memLimitBytes: 1 },
  ceiling: { opsLimit: 10, memLimitBytes: 0 },
  defaults: { opsLimit: 11, memLimitBytes: 1 },
}

describe('passphrases and key slots', () => {
  it('a wrong passphrase fails typed and the right one still works', async () => {
    const { path, vault } = await newVault()
    await vault.lock()
    await expect(openVault(path, { passphrase: 'wrong horse' }, CHEAP)).rejects.toMatchObject({
      code: 'WrongPassphraseOrCorrupt',
    })
    const again = await reopen(path)
    expect(again.list('person')).toHaveLength(1)
  })

  it('rejects empty and oversized passphrases before the file or the KDF is touched', async () => {
    const missing = join(tempDir(), 'nope.kith')
    for (const passphrase of ['', 'x'.repeat(1025), 'é'.repeat(600)]) {
      await expect(
        openVault(missing, { passphrase }, { kdfPolicy: KDF_MUST_NOT_RUN }),
      ).rejects.toMatchObject({ code: 'PassphraseRejected' })
      await expect(
        createVault(missing, { ownerName: 'A', passphrase, ...CHEAP }),
      ).rejects.toMatchObject({ code: 'PassphraseRejected' })
    }
  })

  it('unlocks with the NFD spelling of an NFC passphrase', async () => {
    const nfc = 'Caf\u00e9 cr\u00e8me \u00fcber'
    const nfd = nfc.normalize('NFD')
    expect(nfd).not.toBe(nfc)
    const { path, vault } = await newVault('Owner', nfc)
    await vault.lock()
    const again = await reopen(path, nfd)
    expect(again.list('person')).toHaveLength(1)
  })

  it('derives a pinned Argon2id known-answer vector', async () => {
    await initCrypto()
    const key = deriveKeyFromSecret(
      encodePassphrase('kith known answer'),
      new Uint8Array(16).fill(7),
      { opsLimit: 1, memLimitBytes: 8 * 1024 * 1024 },
      UNSAFE_TEST_KDF_POLICY,
    )
    expect(toHex(key)).toBe(KNOWN_ANSWER)
  })

  it('rejects slot parameters below the floor or above the ceiling without deriving', async () => {
    const { path, vault } = await newVault()
    await vault.lock()
    const db = new Database(path)
    // 1 TiB would exhaust memory if it ever reached Argon2id.
    db.prepare("UPDATE keyslot SET kdf_mem = ? WHERE kind = 'passphrase'").run(2 ** 40)
    db.close()
    await expect(openVault(path, { passphrase: PASSPHRASE }, CHEAP)).rejects.toMatchObject({
      code: 'KdfParamsRejected',
    })
    await expect(
      createVault(join(tempDir(), 'y.kith'), {
        ownerName: 'A',
        passphrase: PASSPHRASE,
        kdf: { opsLimit: 1, memLimitBytes: 8 * 1024 * 1024 },
      }),
    ).rejects.toMatchObject({ code: 'KdfParamsRejected' })
    expect(DEFAULT_KDF_POLICY.floor.memLimitBytes).toBeGreaterThanOrEqual(64 * 1024 * 1024)
  })

  it('refuses a file whose slot is below the default floor', async () => {
    const { path, vault } = await newVault()
    await vault.lock()
    await expect(openVault(path, { passphrase: PASSPHRASE })).rejects.toMatchObject({
      code: 'KdfParamsRejected',
    })
  })

  it('changes the passphrase by rewrapping only; the old one stops working', async () => {
    const { path, vault } = await newVault()
    const p = person('Kept')
    await vault.commit({ put: [p] })
    await expect(vault.changePassphrase('')).rejects.toMatchObject({ code: 'PassphraseRejected' })
    await vault.changePassphrase('a brand new passphrase')
    await vault.lock()
    await expect(openVault(path, { passphrase: PASSPHRASE }, CHEAP)).rejects.toMatchObject({
      code: 'WrongPassphraseOrCorrupt',
    })
    const again = await reopen(path, 'a brand new passphrase')
    expect(again.get('person', p.id)?.name).toBe('Kept')
    expect((await again.verify()).ok).toBe(true)
  })

  it('the recovery key unlocks and can set a new passphrase', async () => {
    const { path, vault, recoveryKey } = await newVault()
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/)
    await vault.lock()
    const viaRecovery = await openVault(path, { recoveryKey: recoveryKey.toLowerCase() }, CHEAP)
    await viaRecovery.changePassphrase('after recovery')
    await viaRecovery.lock()
    await reopen(path, 'after recovery')
  })

  it('a wrong recovery key fails typed', async () => {
    const { path, vault, recoveryKey } = await newVault()
    await vault.lock()
    const wrong = (recoveryKey.startsWith('A') ? 'B' : 'A') + recoveryKey.slice(1)
    await expect(openVault(path, { recoveryKey: wrong }, CHEAP)).rejects.toMatchObject({
      code: 'WrongPassphraseOrCorrupt',
    })
    await expect(openVault(path, { recoveryKey: 'short' }, CHEAP)).rejects.toMatchObject({
      code: 'PassphraseRejected',
    })
  })

  it('flipping any byte of a key slot is detected', async () => {
    const { path, vault } = await newVault()
    await vault.lock()
    for (const column of ['salt', 'nonce', 'wrapped'] as const) {
      const db = new Database(path)
      const row = db.prepare("SELECT * FROM keyslot WHERE kind = 'passphrase'").get() as Record<
        string,
        Buffer
      >
      const original = Buffer.from(row[column]!)
      const flipped = Buffer.from(original)
      const at = original.length - 1
      flipped[at] = flipped[at]! ^ 0x01
      db.prepare(`UPDATE keyslot SET ${column} = ? WHERE kind = 'passphrase'`).run(flipped)
      db.close()
      await expect(openVault(path, { passphrase: PASSPHRASE }, CHEAP)).rejects.toMatchObject({
        code: 'WrongPassphraseOrCorrupt',
      })
      const restore = new Database(path)
      restore.prepare(`UPDATE keyslot SET ${column} = ? WHERE kind = 'passphrase'`).run(original)
      restore.close()
    }
    await reopen(path)
  })
})

// Cross-checked against an independent Argon2id implementation (@noble/hashes argon2id, t=1,
// m=8192 KiB, p=1, 32 bytes) when it was pinned.
const KNOWN_ANSWER = '6af10ec086d894a8a2336c123eb6c0cadac86c67fc760f9754392759d7fd3384'
