import { describe, expect, it } from 'vitest'
import {
  addEntry,
  addTie,
  confirmSuggestedTie,
  deleteEntry,
  findTie,
  isRejectedSuggestion,
  listEntries,
  logEntry,
  rejectSuggestedTie,
  suggestedTies,
  UndoStack,
  updateEntry,
} from '../../../src/core/services'
import { storeWithOwner } from './fixtures'

describe('journal', () => {
  it('logs text with mentions, links participants and updates last contact in one commit', async () => {
    const { store, deps, add } = await storeWithOwner('2026-04-10T09:00:00.000Z')
    const ana = await add({ name: 'Ana Silva', lastContactAt: '2026-01-01T00:00:00.000Z' })
    const ben = await add({ name: 'Ben Okafor', lastContactAt: '2026-05-01T00:00:00.000Z' })
    let commits = 0
    store.onChange(() => (commits += 1))
    const { entry, created } = await logEntry(store, deps, {
      text: 'Coffee with @Ana Silva and @Ben about the climate fund',
      at: '2026-04-09T15:00:00.000Z',
      type: 'meeting',
    })
    expect(commits).toBe(1)
    expect(created).toEqual([])
    expect(entry).toMatchObject({
      type: 'meeting',
      participants: [ana.id, ben.id],
      at: '2026-04-09T15:00:00.000Z',
    })
    expect(store.get('person', ana.id)?.lastContactAt).toBe('2026-04-09T15:00:00.000Z')
    // Never moved backwards.
    expect(store.get('person', ben.id)?.lastContactAt).toBe('2026-05-01T00:00:00.000Z')
  })

  it('creates missing people only when asked', async () => {
    const { store, deps } = await storeWithOwner()
    await expect(logEntry(store, deps, { text: 'Met @Carla Mendes' })).rejects.toMatchObject({
      code: 'NotFound',
    })
    expect(store.list('entry')).toHaveLength(0)
    const { entry, created } = await logEntry(store, deps, {
      text: 'Met @Carla Mendes',
      createMissing: true,
    })
    expect(created.map((p) => p.name)).toEqual(['Carla Mendes'])
    expect(entry.participants).toEqual([created[0]?.id])
    expect(store.get('person', created[0]!.id)?.lastContactAt).toBe(entry.at)
  })

  it('does not set last contact from a future (planned) entry', async () => {
    const { store, deps, add } = await storeWithOwner('2026-04-10T09:00:00.000Z')
    const ana = await add({ name: 'Ana' })
    await addEntry(store, deps, { participants: [ana.id], at: '2026-04-20T09:00:00.000Z' })
    expect(store.get('person', ana.id)?.lastContactAt).toBeUndefined()
  })

  it('updates, lists per person and deletes with an exact undo', async () => {
    const { store, deps, add } = await storeWithOwner()
    const ana = await add({ name: 'Ana' })
    const ben = await add({ name: 'Ben' })
    const first = await addEntry(store, deps, {
      participants: [ana.id],
      at: '2026-02-01T00:00:00.000Z',
      title: 'a',
    })
    const second = await addEntry(store, deps, {
      participants: [ben.id],
      at: '2026-02-02T00:00:00.000Z',
    })
    const updated = await updateEntry(store, deps, first.id, {
      participants: [ana.id, ben.id],
      title: 'b',
    })
    expect(updated.title).toBe('b')
    expect(listEntries(store, { person: ben.id }).map((e) => e.id)).toEqual([second.id, first.id])
    await expect(
      updateEntry(store, deps, first.id, { participants: ['e'.repeat(32)] }),
    ).rejects.toMatchObject({
      code: 'NotFound',
    })
    const stack = new UndoStack()
    stack.push(await deleteEntry(store, deps, second.id))
    expect(listEntries(store).map((e) => e.id)).toEqual([first.id])
    await stack.undo(store)
    expect(store.get('entry', second.id)).toEqual(second)
  })
})

describe('suggested ties', () => {
  it('counts co-appearances of untied people, and remembers confirm and reject', async () => {
    const { store, deps, add } = await storeWithOwner()
    const ana = await add({ name: 'Ana' })
    const ben = await add({ name: 'Ben' })
    const cy = await add({ name: 'Cy' })
    const dee = await add({ name: 'Dee' })
    await addTie(store, deps, cy.id, dee.id)
    await addEntry(store, deps, {
      participants: [ana.id, ben.id, cy.id],
      at: '2026-01-01T00:00:00.000Z',
    })
    await addEntry(store, deps, {
      participants: [ana.id, ben.id, dee.id, cy.id],
      at: '2026-01-05T00:00:00.000Z',
    })
    const trashed = await addEntry(store, deps, { participants: [ana.id, dee.id] })
    await deleteEntry(store, deps, trashed.id)

    const suggestions = suggestedTies(store)
    const key = (s: { a: string; b: string }) => [s.a, s.b].sort().join('|')
    const pair = (x: string, y: string) => [x, y].sort().join('|')
    expect(suggestions.map((s) => [key(s), s.count])).toEqual([
      [pair(ana.id, ben.id), 2],
      [pair(ana.id, cy.id), 2],
      [pair(ben.id, cy.id), 2],
      [pair(ana.id, dee.id), 1],
      [pair(ben.id, dee.id), 1],
    ])
    expect(suggestions[0]?.lastAt).toBe('2026-01-05T00:00:00.000Z')

    const tie = await confirmSuggestedTie(store, deps, ana.id, ben.id, { strength: 4 })
    expect(tie).toMatchObject({ source: 'journal', strength: 4 })
    await rejectSuggestedTie(store, deps, ana.id, cy.id)
    expect(isRejectedSuggestion(store, cy.id, ana.id)).toBe(true)
    expect(findTie(store, ana.id, cy.id)).toBeUndefined()
    expect(suggestedTies(store, { minCount: 2 }).map(key)).toEqual([pair(ben.id, cy.id)])

    // A rejected pair can still be tied by hand later: the same record comes back to life.
    const manual = await addTie(store, deps, ana.id, cy.id, { type: 'friend' })
    expect(manual.deletedAt).toBeUndefined()
    expect(store.list('tie').filter((t) => key(t) === pair(ana.id, cy.id))).toHaveLength(1)
  })
})
