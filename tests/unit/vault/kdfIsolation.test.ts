import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  inProcessKdf,
  isolatedKdf,
  openVault,
  verifyVaultFile,
  UNSAFE_TEST_KDF_POLICY,
  WorkerVault,
  type KdfPolicy,
} from '../../../src/core/vault'
import { initCrypto, wasmHeapBytes } from '../../../src/core/vault/crypto'
import { toHex } from '../../../src/core/vault/bytes'
import { CHEAP, PASSPHRASE, clock, newVault, person, tempDir, track } from './helpers'

const MiB = 1024 * 1024

/**
 * One pass over 64 MiB: cheap enough for a test, and far above libsodium's starting heap, so a
 * derivation that ran in the engine thread would show in its WASM memory.
 */
const MEMORY_VISIBLE: KdfPolicy = {
  floor: { opsLimit: 1, memLimitBytes: 8 * MiB },
  ceiling: { opsLimit: 10, memLimitBytes: 1024 * MiB },
  defaults: { opsLimit: 1, memLimitBytes: 64 * MiB },
}

describe('Argon2id in a short-lived thread', () => {
  it('derives the same keys as in-process, returning only 32-byte keys', async () => {
    await initCrypto()
    const jobs = [
      { secret: new TextEncoder().encode('one'), salt: new Uint8Array(16).fill(1) },
      { secret: new TextEncoder().encode('two'), salt: new Uint8Array(16).fill(2) },
    ].map((job) => ({ ...job, params: UNSAFE_TEST_KDF_POLICY.defaults }))
    const here = await inProcessKdf(jobs, UNSAFE_TEST_KDF_POLICY)
    const there = await isolatedKdf()(jobs, UNSAFE_TEST_KDF_POLICY)
    expect(there.keys.map(toHex)).toEqual(here.keys.map(toHex))
    expect(there.keys.map((k) => k.length)).toEqual([32, 32])
    expect(there.ms).toHaveLength(2)
    // The caller's secrets are left intact (it wipes them itself).
    expect(new TextDecoder().decode(jobs[0]!.secret)).toBe('one')
  })

  it('rejects out-of-policy parameters before starting a thread', async () => {
    const job = {
      secret: new Uint8Array(4),
      salt: new Uint8Array(16),
      params: { opsLimit: 1, memLimitBytes: 2 ** 40 },
    }
    await expect(isolatedKdf()([job], UNSAFE_TEST_KDF_POLICY)).rejects.toMatchObject({
      code: 'KdfParamsRejected',
    })
  })

  it("the engine worker's WASM heap never grows by the KDF's memory", async () => {
    const path = join(tempDir(), 'heap.kith')
    const options = { kdfPolicy: MEMORY_VISIBLE }
    const { vault } = await WorkerVault.create(path, {
      ownerName: 'Heap',
      passphrase: PASSPHRASE,
      clock,
      ...options,
    })
    try {
      await vault.commit({ put: [person('Kept')] })
      await vault.changePassphrase('second passphrase')
      await vault.backup(join(tempDir(), 'out.kithbak'), 'backup passphrase')
      expect((await vault.engineMemory()).wasmHeapBytes).toBeLessThan(
        MEMORY_VISIBLE.defaults.memLimitBytes,
      )
    } finally {
      await vault.lock()
    }
    const again = await WorkerVault.open(path, { passphrase: 'second passphrase' }, options)
    try {
      expect(
        again
          .list('person')
          .map((p) => p.name)
          .sort(),
      ).toEqual(['Heap', 'Kept'])
      expect((await again.engineMemory()).wasmHeapBytes).toBeLessThan(
        MEMORY_VISIBLE.defaults.memLimitBytes,
      )
    } finally {
      await again.lock()
    }
    // Control: the same unlock in-process does grow this thread's heap, so the check above can fail.
    track(await openVault(path, { passphrase: 'second passphrase' }, options))
    expect(wasmHeapBytes()).toBeGreaterThanOrEqual(MEMORY_VISIBLE.defaults.memLimitBytes)
  })

  it('restores a backup in a throwaway engine worker', async () => {
    const { vault, dir } = await newVault()
    const p = person('Restored')
    await vault.commit({ put: [p] })
    const backupPath = join(dir, 'b.kithbak')
    await vault.backup(backupPath, 'backup passphrase')
    await vault.lock()
    const target = join(dir, 'restored.kith')
    await expect(
      WorkerVault.restoreBackup(backupPath, 'not it', target, CHEAP),
    ).rejects.toMatchObject({ code: 'BackupInvalid' })
    await WorkerVault.restoreBackup(backupPath, 'backup passphrase', target, CHEAP)
    expect((await verifyVaultFile(target, { passphrase: PASSPHRASE }, CHEAP)).ok).toBe(true)
    const restored = track(await openVault(target, { passphrase: PASSPHRASE }, CHEAP))
    expect(restored.get('person', p.id)).toEqual(p)
  })
})
