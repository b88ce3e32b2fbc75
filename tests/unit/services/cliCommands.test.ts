import { describe, expect, it } from 'vitest'
import { addPersonWith, listPeopleWith, tieWith } from '../../../src/cli/commands/people'
import { entriesWith, logWith } from '../../../src/cli/commands/journal'
import { introduceWith, introductionsWith } from '../../../src/cli/commands/introductions'
import { resolvePerson } from '../../../src/cli/resolvePerson'
import type { CliIo, ParsedArgs } from '../../../src/cli/command'
import { CliError, EXIT } from '../../../src/cli/exitCodes'
import { findTie } from '../../../src/core/services'
import { storeWithOwner } from './fixtures'

function fakeIo(now = '2026-06-01T10:00:00.000Z') {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: {},
    secret: () => Promise.reject(new Error('no prompt in tests')),
    clock: () => new Date(now),
  }
  return { io, out, err, text: () => out.join(''), json: () => JSON.parse(out.join('')) as unknown }
}

const args = (values: ParsedArgs['values'], ...positionals: string[]): ParsedArgs => ({
  values,
  positionals,
})

async function exitOf(work: Promise<unknown>): Promise<{ code: number; message: string }> {
  try {
    await work
    return { code: 0, message: '' }
  } catch (error) {
    if (error instanceof CliError) return { code: error.exitCode, message: error.message }
    throw error
  }
}

describe('people commands', () => {
  it('add-person prints the id and people --json lists the documented fields', async () => {
    const { store } = await storeWithOwner()
    const add = fakeIo()
    const code = await addPersonWith(
      store,
      args({
        name: 'Ana Silva',
        org: 'Fund',
        tag: ['climate', 'vc'],
        offers: ['seed'],
        seeks: ['founders'],
      }),
      add.io,
    )
    expect(code).toBe(EXIT.ok)
    const id = add.text().trim()
    expect(id).toMatch(/^[0-9a-f]{32}$/)
    const list = fakeIo()
    await listPeopleWith(store, args({ json: true }), list.io)
    expect(list.json()).toContainEqual({
      id,
      name: 'Ana Silva',
      organization: 'Fund',
      tags: ['climate', 'vc'],
      offers: ['seed'],
      seeks: ['founders'],
      lastContactAt: null,
    })
    expect((await exitOf(addPersonWith(store, args({ name: '  ' }), fakeIo().io))).code).toBe(
      EXIT.badInput,
    )
  })

  it('resolves people by id or exact unique name', async () => {
    const { store, add } = await storeWithOwner()
    const ana = await add({ name: 'Ana Silva' })
    const twin1 = await add({ name: 'Sam Lee' })
    const twin2 = await add({ name: 'Sam Lee', organization: 'Other' })
    expect(resolvePerson(store, ana.id).id).toBe(ana.id)
    expect(resolvePerson(store, 'ana silva').id).toBe(ana.id)
    const missing = await exitOf(Promise.resolve().then(() => resolvePerson(store, 'Nobody')))
    expect(missing.code).toBe(EXIT.notFound)
    const ambiguous = await exitOf(Promise.resolve().then(() => resolvePerson(store, 'Sam Lee')))
    expect(ambiguous.code).toBe(EXIT.usage)
    expect(ambiguous.message).toContain(twin1.id)
    expect(ambiguous.message).toContain(twin2.id)
  })

  it('tie creates then updates the pair and maps invariant failures to exit codes', async () => {
    const { store, add } = await storeWithOwner()
    const ana = await add({ name: 'Ana' })
    const ben = await add({ name: 'Ben' })
    const first = fakeIo()
    await tieWith(store, args({ type: 'friend', strength: '4' }, 'Ana', ben.id), first.io)
    const tieId = first.text().trim()
    expect(findTie(store, ana.id, ben.id)).toMatchObject({ id: tieId, type: 'friend', strength: 4 })
    await tieWith(store, args({ strength: '2' }, 'Ben', 'Ana'), fakeIo().io)
    expect(findTie(store, ana.id, ben.id)).toMatchObject({ id: tieId, strength: 2 })
    expect((await exitOf(tieWith(store, args({}, 'Ana', 'Ana'), fakeIo().io))).code).toBe(
      EXIT.badInput,
    )
    expect(
      (await exitOf(tieWith(store, args({ strength: '9' }, 'Ana', 'Ben'), fakeIo().io))).code,
    ).toBe(EXIT.badInput)
    expect(
      (await exitOf(tieWith(store, args({ type: 'enemy' }, 'Ana', 'Ben'), fakeIo().io))).code,
    ).toBe(EXIT.badInput)
    expect((await exitOf(tieWith(store, args({}, 'Ana'), fakeIo().io))).code).toBe(EXIT.usage)
  })
})

describe('journal commands', () => {
  it('log resolves mentions and entries --person --json shows the timeline', async () => {
    const { store, add } = await storeWithOwner()
    const ana = await add({ name: 'Ana Silva' })
    const ben = await add({ name: 'Ben Okafor' })
    const log = fakeIo()
    await logWith(
      store,
      args({
        text: 'Coffee with @Ana Silva and @Ben Okafor',
        at: '2026-05-30T09:00:00Z',
        type: 'meeting',
      }),
      log.io,
    )
    const entryId = log.text().trim()
    const list = fakeIo()
    await entriesWith(store, args({ json: true, person: 'Ben Okafor' }), list.io)
    expect(list.json()).toEqual([
      expect.objectContaining({
        id: entryId,
        at: '2026-05-30T09:00:00.000Z',
        type: 'meeting',
        participants: [
          { id: ana.id, name: 'Ana Silva' },
          { id: ben.id, name: 'Ben Okafor' },
        ],
      }),
    ])
    expect(store.get('person', ana.id)?.lastContactAt).toBe('2026-05-30T09:00:00.000Z')
  })

  it('log fails on unknown or ambiguous mentions unless --create-missing', async () => {
    const { store, add } = await storeWithOwner()
    await add({ name: 'Sam One' })
    await add({ name: 'Sam Two' })
    const unknown = await exitOf(logWith(store, args({ text: 'with @Carla' }), fakeIo().io))
    expect(unknown.code).toBe(EXIT.notFound)
    const ambiguous = await exitOf(logWith(store, args({ text: 'with @Sam' }), fakeIo().io))
    expect(ambiguous.code).toBe(EXIT.usage)
    expect(ambiguous.message).toMatch(/Sam One[\s\S]*Sam Two|Sam Two[\s\S]*Sam One/)
    const created = fakeIo()
    await logWith(
      store,
      args({ text: 'with @Carla', 'create-missing': true, json: true }),
      created.io,
    )
    expect(created.json()).toMatchObject({ created: [{ name: 'Carla' }] })
    expect(
      (await exitOf(logWith(store, args({ text: 'x', at: 'yesterday' }), fakeIo().io))).code,
    ).toBe(EXIT.badInput)
  })
})

describe('introduction commands', () => {
  it('introduce creates, then moves to made and ties the pair; introductions --json lists it', async () => {
    const { store, add } = await storeWithOwner()
    const ana = await add({ name: 'Ana' })
    const ben = await add({ name: 'Ben' })
    const created = fakeIo()
    await introduceWith(
      store,
      args({ status: 'asked', rationale: 'fund x founder' }, 'Ana', 'Ben'),
      created.io,
    )
    const id = created.text().trim()
    const again = await exitOf(introduceWith(store, args({}, 'Ben', 'Ana'), fakeIo().io))
    expect(again.code).toBe(EXIT.conflict)
    const skip = await exitOf(
      introduceWith(store, args({ status: 'met' }, 'Ana', 'Ben'), fakeIo().io),
    )
    expect(skip.code).toBe(EXIT.badInput)
    await introduceWith(store, args({ status: 'accepted' }, 'Ana', 'Ben'), fakeIo().io)
    const made = fakeIo()
    await introduceWith(
      store,
      args({ status: 'made', note: 'sent the email', json: true }, 'Ana', 'Ben'),
      made.io,
    )
    expect(made.json()).toMatchObject({ id, status: 'made' })
    expect(findTie(store, ana.id, ben.id)?.source).toBe('introduction')

    const list = fakeIo()
    await introductionsWith(store, args({ json: true }), list.io)
    expect(list.json()).toEqual([
      expect.objectContaining({
        id,
        a: { id: ana.id, name: 'Ana' },
        b: { id: ben.id, name: 'Ben' },
        status: 'made',
        rationale: 'fund x founder',
        tie: findTie(store, ana.id, ben.id)?.id,
      }),
    ])
  })
})
