import { describe, expect, it } from 'vitest'
import {
  addEntry,
  addTie,
  createIntroduction,
  findTie,
  mergePeople,
  stableJson,
  transitionIntroduction,
  UndoStack,
} from '../../../src/core/services'
import type { MemoryStore } from '../../../src/core/store/memoryStore'
import { pairKey, settingsSchema } from '../../../src/shared/domain'
import { storeWithOwner } from './fixtures'

function snapshot(store: MemoryStore): string {
  return stableJson([...store.all()].sort((x, y) => x.id.localeCompare(y.id)))
}

describe('mergePeople', () => {
  it('carries over fields, ties, entries and introductions in one commit, and undo restores exactly', async () => {
    const { store, deps, owner, add } = await storeWithOwner()
    const keep = await add({
      name: 'Ana Silva',
      organization: 'Acme',
      tags: ['climate'],
      emails: [{ value: 'ana@acme.test' }],
      notes: 'Met at the summit.',
      lastContactAt: '2026-01-01T00:00:00.000Z',
      cadenceDays: 60,
    })
    const drop = await add({
      name: 'Ana S.',
      title: 'CTO',
      tags: ['Climate', 'fintech'],
      offers: ['intros to funds'],
      emails: [{ value: 'ANA@acme.test' }, { value: 'ana@home.test' }],
      notes: 'Loves rowing.',
      lastContactAt: '2026-02-01T00:00:00.000Z',
      cadenceDays: 30,
    })
    const ben = await add({ name: 'Ben', metThrough: drop.id })
    const cy = await add({ name: 'Cy' })
    const dee = await add({ name: 'Dee' })
    await addTie(store, deps, keep.id, ben.id, { strength: 2 })
    const strongDup = await addTie(store, deps, drop.id, ben.id, {
      strength: 4,
      since: '2020-01-01',
    })
    const movedTie = await addTie(store, deps, drop.id, cy.id, { strength: 3 })
    await addTie(store, deps, keep.id, drop.id)
    await addTie(store, deps, owner.id, drop.id, { strength: 5 })
    const entry = await addEntry(store, deps, {
      participants: [keep.id, drop.id, dee.id],
      body: 'x',
      at: '2026-01-15T00:00:00.000Z',
    })
    const intro = await createIntroduction(store, deps, { a: drop.id, b: dee.id, rationale: 'r' })
    const between = await createIntroduction(store, deps, { a: keep.id, b: drop.id })

    await store.commit({
      put: [
        settingsSchema.parse({
          kind: 'settings',
          id: 'settings',
          snoozedPairs: { [pairKey(drop.id, cy.id)]: '2027-01-01T00:00:00.000Z' },
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        }),
      ],
    })
    const before = snapshot(store)
    let commits = 0
    store.onChange(() => (commits += 1))
    const stack = new UndoStack()
    const { person, undo } = await mergePeople(store, deps, keep.id, drop.id)
    stack.push(undo)
    expect(commits).toBe(1)

    expect(person).toMatchObject({
      id: keep.id,
      name: 'Ana Silva',
      organization: 'Acme',
      title: 'CTO',
      tags: ['climate', 'fintech'],
      offers: ['intros to funds'],
      notes: 'Met at the summit.\n\nLoves rowing.',
      lastContactAt: '2026-02-01T00:00:00.000Z',
      cadenceDays: 30,
    })
    expect(person.emails.map((e) => e.value)).toEqual(['ana@acme.test', 'ana@home.test'])
    expect(store.get('person', drop.id)).toBeUndefined()

    const benTie = findTie(store, keep.id, ben.id)
    expect(benTie).toMatchObject({ id: strongDup.id, strength: 4, since: '2020-01-01' })
    expect(store.list('tie').filter((t) => [t.a, t.b].includes(ben.id))).toHaveLength(1)
    expect(findTie(store, keep.id, cy.id)?.id).toBe(movedTie.id)
    expect(findTie(store, owner.id, keep.id)?.strength).toBe(5)
    expect(store.list('tie').some((t) => t.a === drop.id || t.b === drop.id)).toBe(false)
    expect(store.list('tie').some((t) => t.a === t.b)).toBe(false)

    expect(store.get('entry', entry.id)?.participants).toEqual([keep.id, dee.id])
    expect(store.get('introduction', intro.introduction.id)).toMatchObject({
      a: keep.id,
      b: dee.id,
    })
    expect(store.get('introduction', between.introduction.id)?.deletedAt).toBeDefined()
    expect(store.get('person', ben.id)?.metThrough).toBe(keep.id)
    expect(store.get('settings', 'settings')?.snoozedPairs).toEqual({
      [pairKey(keep.id, cy.id)]: '2027-01-01T00:00:00.000Z',
    })

    await stack.undo(store)
    expect(snapshot(store)).toBe(before)
  })

  it('keeps the owner flag when the duplicate is the owner and re-points intro ties', async () => {
    const { store, deps, owner, add } = await storeWithOwner()
    const alias = await add({ name: 'Me (work)' })
    const x = await add({ name: 'X' })
    const y = await add({ name: 'Y' })
    const made = await createIntroduction(store, deps, { a: x.id, b: y.id })
    const { tie } = await transitionIntroduction(store, deps, made.introduction.id, 'made')
    expect(tie).toBeDefined()
    const { person } = await mergePeople(store, deps, alias.id, owner.id)
    expect(person.isMe).toBe(true)
    expect(store.list('person').filter((p) => p.isMe)).toHaveLength(1)
    expect(store.get('introduction', made.introduction.id)?.tie).toBe(tie?.id)
  })

  it('refuses to merge a person with themselves or with a missing person', async () => {
    const { store, deps, add } = await storeWithOwner()
    const ana = await add({ name: 'Ana' })
    await expect(mergePeople(store, deps, ana.id, ana.id)).rejects.toMatchObject({
      code: 'Invalid',
    })
    await expect(mergePeople(store, deps, ana.id, 'a'.repeat(32))).rejects.toMatchObject({
      code: 'NotFound',
    })
  })
})
