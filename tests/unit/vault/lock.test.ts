import { describe, expect, it } from 'vitest'
import { LockedError } from '../../../src/core/vault'
import { newVault, person, reopen, tempDir } from './helpers'

describe('lock', () => {
  it('after lock every API answers Locked, and the vault can be opened again', async () => {
    const { path, vault } = await newVault()
    await vault.commit({ put: [person('Before lock')] })
    await vault.lock()
    expect(vault.isLocked).toBe(true)
    const sync = [
      () => vault.get('person', 'x'),
      () => vault.list('person'),
      () => vault.status(),
      () => vault.readOnly,
      () => vault.onChange(() => undefined),
    ]
    for (const call of sync) expect(call).toThrow(LockedError)
    const asyncCalls = [
      () => vault.commit({ put: [person('After lock')] }),
      () => vault.verify(),
      () => vault.exportVerified(),
      () => vault.changePassphrase('another one'),
      () => vault.backup(`${tempDir()}/b.kithbak`, 'backup pass'),
    ]
    for (const call of asyncCalls) await expect(call()).rejects.toMatchObject({ code: 'Locked' })
    // Locking twice is harmless; the writer lock was released.
    await vault.lock()
    const again = await reopen(path)
    expect(again.list('person')).toHaveLength(2)
  })
})
