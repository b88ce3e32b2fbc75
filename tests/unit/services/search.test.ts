import { describe, expect, it } from 'vitest'
import {
  addEntry,
  createIntroduction,
  mergePeople,
  SearchIndex,
  trashPerson,
  updatePerson,
} from '../../../src/core/services'
import { storeWithOwner } from './fixtures'

describe('SearchIndex', () => {
  it('finds people, entries and introductions with typos and prefixes, and follows commits', async () => {
    const { store, deps, add } = await storeWithOwner()
    const ana = await add({
      name: 'Ana Silva',
      organization: 'Greenfield Capital',
      tags: ['climate'],
    })
    const ben = await add({ name: 'Benedikt Okafor', offers: ['solar engineering'] })
    const jose = await add({ name: 'José Ramírez', notes: 'plays the cello' })
    const entry = await addEntry(store, deps, {
      title: 'Climate fund dinner',
      body: 'talked about carbon markets with Okafor',
    })
    const index = new SearchIndex(store)

    expect(index.search('Slva')[0]?.id).toBe(ana.id)
    expect(index.search('benedict')[0]?.id).toBe(ben.id)
    expect(index.search('bene')[0]?.id).toBe(ben.id)
    expect(index.search('jose ramirez')[0]?.id).toBe(jose.id)
    expect(index.search('greenfeld')[0]?.id).toBe(ana.id)
    expect(index.search('carbon', { kinds: ['entry'] }).map((h) => h.id)).toEqual([entry.id])
    // A name match outranks a mention in a body.
    expect(index.search('okafor').map((h) => h.kind)).toEqual(['person', 'entry'])

    const intro = await createIntroduction(store, deps, {
      a: ana.id,
      b: ben.id,
      rationale: 'solar fund',
    })
    expect(index.search('solar', { kinds: ['introduction'] })[0]).toMatchObject({
      id: intro.introduction.id,
      label: 'Ana Silva ↔ Benedikt Okafor',
    })
    await updatePerson(store, deps, ben.id, { name: 'Bea Okafor' })
    expect(index.search('bea', { kinds: ['introduction'] })[0]?.id).toBe(intro.introduction.id)
    await trashPerson(store, deps, jose.id)
    expect(index.search('ramirez')).toEqual([])
    await mergePeople(store, deps, ana.id, ben.id)
    expect(index.search('okafor', { kinds: ['person'] })).toEqual([])
    expect(index.search('')).toEqual([])
    index.dispose()
    await add({ name: 'After Dispose' })
    expect(index.search('dispose')).toEqual([])
  })
})
