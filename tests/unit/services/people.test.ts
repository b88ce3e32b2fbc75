import { describe, expect, it } from 'vitest'
import {
  addTie,
  createPerson,
  getOwner,
  listPeople,
  listTies,
  removeTie,
  restorePerson,
  trashPerson,
  UndoStack,
  updatePerson,
  updateTie,
} from '../../../src/core/services'
import { storeWithOwner } from './fixtures'

describe('people', () => {
  it('creates with defaults and timestamps from the injected clock', async () => {
    const { store, add } = await storeWithOwner('2026-05-05T10:00:00.000Z')
    const ana = await add({ name: '  Ana Silva ', tags: ['Climate', 'climate', 'Fintech'] })
    expect(ana).toMatchObject({
      name: 'Ana Silva',
      isMe: false,
      tags: ['Climate', 'Fintech'],
      offers: [],
      notes: '',
      createdAt: '2026-05-05T10:00:00.000Z',
      updatedAt: '2026-05-05T10:00:00.000Z',
    })
    expect(store.get('person', ana.id)).toEqual(ana)
  })

  it('rejects invalid input naming the field', async () => {
    const { add } = await storeWithOwner()
    await expect(add({ name: '   ' })).rejects.toMatchObject({ code: 'Invalid', message: /name/ })
    await expect(add({ name: 'X', cadenceDays: 0 })).rejects.toMatchObject({
      code: 'Invalid',
      message: /cadenceDays/,
    })
  })

  it('keeps exactly one owner', async () => {
    const { store, deps, owner, add } = await storeWithOwner()
    await expect(add({ name: 'Second Me', isMe: true })).rejects.toMatchObject({ code: 'Conflict' })
    await expect(trashPerson(store, deps, owner.id)).rejects.toMatchObject({ code: 'Conflict' })
    await expect(
      updatePerson(store, deps, owner.id, { isMe: false } as never),
    ).rejects.toMatchObject({ code: 'Invalid' })
    expect(getOwner(store)?.id).toBe(owner.id)
  })

  it('patches, clears optional fields and advances updatedAt', async () => {
    const { store, deps, add } = await storeWithOwner()
    const ana = await add({ name: 'Ana', organization: 'Acme', title: 'CTO' })
    deps.time.set('2026-03-02T00:00:00.000Z')
    const next = await updatePerson(store, deps, ana.id, {
      organization: 'Globex',
      title: undefined,
    })
    expect(next.organization).toBe('Globex')
    expect('title' in next).toBe(false)
    expect(next.updatedAt).toBe('2026-03-02T00:00:00.000Z')
    expect(next.createdAt).toBe(ana.createdAt)
  })

  it('trashes, lists without the trash, restores, and undoes a delete exactly', async () => {
    const { store, deps, add } = await storeWithOwner()
    const ana = await add({ name: 'Ana', tags: ['x'] })
    const ben = await add({ name: 'Ben' })
    const stack = new UndoStack()
    stack.push(await trashPerson(store, deps, ana.id))
    expect(listPeople(store).map((p) => p.name)).toEqual(['Ben', 'Me Myself'])
    expect(listPeople(store, { trash: 'only' }).map((p) => p.name)).toEqual(['Ana'])
    await stack.undo(store)
    expect(store.get('person', ana.id)).toEqual(ana)
    await trashPerson(store, deps, ben.id)
    const restored = await restorePerson(store, deps, ben.id)
    expect(restored.deletedAt).toBeUndefined()
  })

  it('filters by tag and organization and sorts by last contact', async () => {
    const { store, add } = await storeWithOwner()
    await add({
      name: 'A',
      organization: 'Acmé',
      tags: ['VC'],
      lastContactAt: '2026-02-01T00:00:00.000Z',
    })
    await add({
      name: 'B',
      organization: 'acme',
      tags: ['vc'],
      lastContactAt: '2026-01-01T00:00:00.000Z',
    })
    await add({ name: 'C', organization: 'Other', tags: ['ngo'] })
    expect(listPeople(store, { tag: 'Vc' }).map((p) => p.name)).toEqual(['A', 'B'])
    expect(listPeople(store, { organization: 'ACME' }).map((p) => p.name)).toEqual(['A', 'B'])
    expect(listPeople(store, { sort: 'lastContact', tag: 'vc' }).map((p) => p.name)).toEqual([
      'B',
      'A',
    ])
    expect(
      listPeople(store, { notContactedSince: '2026-01-15T00:00:00.000Z' }).map((p) => p.name),
    ).toEqual(['B', 'C', 'Me Myself'])
  })
})

describe('ties', () => {
  it('stores ties in canonical order, one per pair, never to oneself', async () => {
    const { store, deps, add } = await storeWithOwner()
    const ana = await add({ name: 'Ana' })
    const ben = await add({ name: 'Ben' })
    const [high, low] = ana.id > ben.id ? [ana, ben] : [ben, ana]
    const tie = await addTie(store, deps, high.id, low.id, { type: 'friend', strength: 4 })
    expect([tie.a, tie.b]).toEqual([low.id, high.id])
    await expect(addTie(store, deps, low.id, high.id)).rejects.toMatchObject({ code: 'Conflict' })
    await expect(addTie(store, deps, ana.id, ana.id)).rejects.toMatchObject({ code: 'Invalid' })
    await expect(addTie(store, deps, ana.id, 'f'.repeat(32))).rejects.toMatchObject({
      code: 'NotFound',
    })
    const updated = await updateTie(store, deps, tie.id, { strength: 2 })
    expect(updated.strength).toBe(2)
  })

  it('refuses ties to a trashed person and hides their ties', async () => {
    const { store, deps, add } = await storeWithOwner()
    const ana = await add({ name: 'Ana' })
    const ben = await add({ name: 'Ben' })
    const cy = await add({ name: 'Cy' })
    await addTie(store, deps, ana.id, cy.id)
    await trashPerson(store, deps, ben.id)
    await expect(addTie(store, deps, ana.id, ben.id)).rejects.toMatchObject({ code: 'NotFound' })
    await trashPerson(store, deps, cy.id)
    expect(listTies(store, ana.id)).toEqual([])
    await restorePerson(store, deps, cy.id)
    expect(listTies(store, ana.id)).toHaveLength(1)
  })

  it('removes a tie and undo puts it back exactly', async () => {
    const { store, deps, add } = await storeWithOwner()
    const ana = await add({ name: 'Ana' })
    const ben = await add({ name: 'Ben' })
    const tie = await addTie(store, deps, ana.id, ben.id, { strength: 5, note: 'rowing club' })
    const stack = new UndoStack()
    stack.push(await removeTie(store, deps, tie.id))
    expect(store.get('tie', tie.id)).toBeUndefined()
    await stack.undo(store)
    expect(store.get('tie', tie.id)).toEqual(tie)
  })

  it('refuses an undo whose records changed since', async () => {
    const { store, deps, add } = await storeWithOwner()
    const ana = await add({ name: 'Ana' })
    const token = await trashPerson(store, deps, ana.id)
    await restorePerson(store, deps, ana.id)
    const stack = new UndoStack()
    stack.push(token)
    await expect(stack.undo(store)).rejects.toMatchObject({ code: 'Conflict' })
    expect(stack.size).toBe(1)
    expect(await createPerson(store, deps, { name: 'Still works' })).toBeDefined()
  })
})
