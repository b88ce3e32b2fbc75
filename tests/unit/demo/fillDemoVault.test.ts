import { describe, expect, it } from 'vitest'
import { fillDemoVault } from '../../../src/core/demo'
import { DemoVaultNotEmptyError } from '../../../src/core/demo/fillDemoVault'
import { MemoryStore } from '../../../src/core/store/memoryStore'
import type { Person, PersonId, Settings } from '../../../src/shared/domain'
import { NOW } from './network'

const stamp = '2026-11-01T00:00:00.000Z'
const ownerId = 'cd'.repeat(16) as PersonId

/** What createVault leaves behind: an owner and settings. */
function freshVault(): MemoryStore {
  const owner: Person = {
    kind: 'person',
    id: ownerId,
    name: 'Grace Hopper',
    isMe: true,
    emails: [],
    phones: [],
    links: [],
    tags: [],
    offers: [],
    seeks: [],
    notes: '',
    externalIds: [],
    createdAt: stamp,
    updatedAt: stamp,
  }
  const settings: Settings = {
    kind: 'settings',
    id: 'settings',
    autoLockMinutes: 3,
    theme: 'dark',
    nodeSize: 'degree',
    suggestionsOnMap: 15,
    showSuggestions: true,
    interactionHalfLifeDays: 180,
    snoozedPairs: {},
    createdAt: stamp,
    updatedAt: stamp,
  }
  return new MemoryStore([owner, settings])
}

describe('fillDemoVault', () => {
  it('fills a fresh vault around its owner, keeping its settings, in chunks', async () => {
    const store = freshVault()
    let commits = 0
    store.onChange(() => commits++)
    const progress: number[] = []
    const result = await fillDemoVault(store, {
      people: 60,
      seed: 3,
      now: NOW,
      chunkSize: 200,
      onProgress: (written) => progress.push(written),
    })
    const people = store.list('person')
    expect(people).toHaveLength(61)
    expect(people.filter((p) => p.isMe)).toEqual([
      expect.objectContaining({ id: ownerId, name: 'Grace Hopper' }),
    ])
    expect(store.get('settings', 'settings')).toMatchObject({ theme: 'dark', autoLockMinutes: 3 })
    expect(result.ownerId).toBe(ownerId)
    expect(result.counts.person).toBe(60)
    expect(result.counts.settings).toBeUndefined()
    expect(result.counts.tie).toBe(store.list('tie').length)
    const ownerTies = store.list('tie').filter((t) => t.a === ownerId || t.b === ownerId)
    expect(ownerTies.length).toBeGreaterThan(30)
    const total = Object.values(result.counts).reduce((a, b) => a + b, 0)
    expect(commits).toBe(Math.ceil(total / 200))
    expect(progress.at(-1)).toBe(total)
    expect(result.circles.length).toBeGreaterThanOrEqual(8)
  })

  it('refuses a vault that already has people', async () => {
    const store = freshVault()
    await fillDemoVault(store, { people: 30, seed: 1, now: NOW })
    const before = store.all().length
    await expect(fillDemoVault(store, { people: 30, seed: 2, now: NOW })).rejects.toBeInstanceOf(
      DemoVaultNotEmptyError,
    )
    expect(store.all()).toHaveLength(before)
  })

  it('creates owner and settings in an empty store', async () => {
    const store = new MemoryStore()
    await fillDemoVault(store, { people: 30, seed: 1, now: NOW, ownerName: 'Sam Lee' })
    expect(
      store
        .list('person')
        .filter((p) => p.isMe)
        .map((p) => p.name),
    ).toEqual(['Sam Lee'])
    expect(store.get('settings', 'settings')).toBeDefined()
  })
})
