import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WorkerVault } from '../../../src/core/vault'
import { CHEAP, PASSPHRASE, clock, entry, person, tempDir } from './helpers'

describe('the engine in a worker thread', () => {
  it('creates, commits, reopens, and after lock answers Locked with the worker exited', async () => {
    const path = join(tempDir(), 'w.kith')
    const { vault, recoveryKey } = await WorkerVault.create(path, {
      ownerName: 'Worker Owner',
      passphrase: PASSPHRASE,
      clock,
      ...CHEAP,
    })
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/)
    expect(vault.list('person').map((p) => p.name)).toEqual(['Worker Owner'])
    const events: unknown[] = []
    vault.onChange((e) => events.push(e))
    const p = person('Via worker')
    const e = entry('journal')
    await vault.commit({ put: [p, e] })
    expect(vault.get('person', p.id)?.name).toBe('Via worker')
    expect(events).toEqual([{ kinds: ['person', 'entry'], ids: [p.id, e.id] }])
    await expect(vault.commit({ put: [{ ...p, name: '' }] })).rejects.toMatchObject({
      name: 'ZodError',
    })
    expect((await vault.verify()).ok).toBe(true)
    await vault.lock()
    await vault.exited
    expect(vault.isLocked).toBe(true)
    expect(() => vault.list('person')).toThrow(expect.objectContaining({ code: 'Locked' }) as Error)
    await expect(vault.commit({ put: [person('x')] })).rejects.toMatchObject({ code: 'Locked' })
    await expect(vault.verify()).rejects.toMatchObject({ code: 'Locked' })

    const again = await WorkerVault.open(path, { passphrase: PASSPHRASE }, CHEAP)
    expect(again.get('entry', e.id)?.body).toBe('journal')
    expect(again.status()).toMatchObject({ readOnly: false, recordCount: 4 })
    await again.lock()
    await expect(WorkerVault.open(path, { passphrase: 'wrong' }, CHEAP)).rejects.toMatchObject({
      code: 'WrongPassphraseOrCorrupt',
    })
  })
})
