import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { WorkerVault } from '../../src/core/vault'
import { UNSAFE_TEST_KDF_POLICY } from '../../src/core/vault/kdfPolicy'

const bundledWorker = pathToFileURL(
  path.resolve(import.meta.dirname, '../../out/main/engineWorker.js'),
)

describe('the vault worker as the Electron build bundles it', () => {
  it('creates, writes, locks and reopens a vault through out/main/engineWorker.js', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kith-bundle-'))
    try {
      const file = path.join(dir, 'v.kith')
      const options = { kdfPolicy: UNSAFE_TEST_KDF_POLICY, workerUrl: bundledWorker }
      const { vault } = await WorkerVault.create(file, {
        ownerName: 'Alex',
        passphrase: 'bundle test passphrase',
        ...options,
      })
      expect(vault.list('person').map((p) => p.name)).toEqual(['Alex'])
      await vault.lock()
      await vault.exited
      const reopened = await WorkerVault.open(
        file,
        { passphrase: 'bundle test passphrase' },
        options,
      )
      expect(reopened.list('person')).toHaveLength(1)
      await reopened.lock()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
