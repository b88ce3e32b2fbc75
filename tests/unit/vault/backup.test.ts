import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { restoreBackup, verifyVaultFile } from '../../../src/core/vault'
import { CHEAP, PASSPHRASE, entry, newVault, person, reopen, tempDir } from './helpers'

const BACKUP_PASS = 'a separate backup passphrase'

async function backedUp() {
  const made = await newVault()
  const p = person('Backed Up')
  // Big enough for several 64 KiB stream chunks.
  const big = entry('z'.repeat(300_000))
  await made.vault.commit({ put: [p, big] })
  const backup = join(made.dir, 'vault.kithbak')
  await made.vault.backup(backup, BACKUP_PASS)
  return { ...made, backup, p }
}

/** Splits a backup into its prefix and length-prefixed chunks. */
function chunksOf(file: Buffer): { prefix: Buffer; chunks: Buffer[] } {
  const headerLength = file.readUInt32BE(8)
  let offset = 12 + headerLength
  const prefix = file.subarray(0, offset)
  const chunks: Buffer[] = []
  while (offset < file.length) {
    const length = file.readUInt32BE(offset)
    chunks.push(file.subarray(offset, offset + 4 + length))
    offset += 4 + length
  }
  return { prefix, chunks }
}

describe('backups', () => {
  it('restores into a new file that verifies and keeps the vault passphrase', async () => {
    const { backup, p, vault } = await backedUp()
    await vault.commit({ put: [person('After the backup')] })
    expect((statSync(backup).mode & 0o777).toString(8)).toBe('600')
    const target = join(tempDir(), 'restored.kith')
    await restoreBackup(backup, BACKUP_PASS, target, CHEAP)
    expect((statSync(target).mode & 0o777).toString(8)).toBe('600')
    // The restored copy is older than what this device saw of the same vault: it opens
    // read-only until the user says this older copy is the one they want.
    const report = await verifyVaultFile(target, { passphrase: PASSPHRASE }, CHEAP)
    expect(report).toMatchObject({ ok: false, badRecordIds: [] })
    const restored = await reopen(target)
    expect(restored.status().rollback).toBeDefined()
    await restored.acceptOlderCopy('2026-12-01T10:00:00.000Z')
    expect((await restored.verify()).ok).toBe(true)
    expect(restored.get('person', p.id)?.name).toBe('Backed Up')
    expect(restored.list('person').map((x) => x.name)).not.toContain('After the backup')
  })

  it('refuses to overwrite an existing file, for backups and restores', async () => {
    const { backup, vault, path } = await backedUp()
    await expect(vault.backup(backup, BACKUP_PASS)).rejects.toMatchObject({ code: 'VaultExists' })
    await expect(restoreBackup(backup, BACKUP_PASS, path, CHEAP)).rejects.toMatchObject({
      code: 'VaultExists',
    })
  })

  it('rejects a wrong passphrase, truncation, tampering, reordering and missing final chunk', async () => {
    const { backup } = await backedUp()
    const file = readFileSync(backup)
    const { prefix, chunks } = chunksOf(file)
    expect(chunks.length).toBeGreaterThan(2)
    const dir = tempDir()
    const cases: [string, Buffer][] = [
      ['truncated mid-chunk', file.subarray(0, file.length - 100)],
      ['final chunk dropped', Buffer.concat([prefix, ...chunks.slice(0, -1)])],
      ['reordered', Buffer.concat([prefix, chunks[1]!, chunks[0]!, ...chunks.slice(2)])],
      ['chunk repeated', Buffer.concat([prefix, chunks[0]!, ...chunks])],
      ['trailing data', Buffer.concat([file, chunks[0]!])],
      ['header only', prefix],
      ['empty', Buffer.alloc(0)],
    ]
    const flipped = Buffer.from(file)
    flipped[prefix.length + 200] = flipped[prefix.length + 200]! ^ 1
    cases.push(['byte flipped in a chunk', flipped])
    const headerFlip = Buffer.from(file)
    // Inside the JSON header's hex salt: still parses, must fail authentication.
    const saltAt = file.indexOf('"salt":"') + 9
    headerFlip[saltAt] = headerFlip[saltAt] === 0x30 ? 0x31 : 0x30
    cases.push(['salt changed', headerFlip])
    for (const [name, bytes] of cases) {
      const path = join(dir, `${name}.kithbak`)
      writeFileSync(path, bytes)
      await expect(
        restoreBackup(path, BACKUP_PASS, join(dir, `${name}.kith`), CHEAP),
        name,
      ).rejects.toMatchObject({ code: 'BackupInvalid' })
    }
    await expect(
      restoreBackup(backup, 'not the backup passphrase', join(dir, 'wrong.kith'), CHEAP),
    ).rejects.toMatchObject({ code: 'BackupInvalid' })
  })

  it('rejects backup KDF parameters outside the policy before deriving', async () => {
    const { backup } = await backedUp()
    // Cheap test parameters are below the real floor: the default policy refuses them.
    await expect(
      restoreBackup(backup, BACKUP_PASS, join(tempDir(), 'x.kith')),
    ).rejects.toMatchObject({
      code: 'KdfParamsRejected',
    })
  })
})
