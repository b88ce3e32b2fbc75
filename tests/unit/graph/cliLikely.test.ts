import { describe, expect, it } from 'vitest'
import { likelyWith, reviewLikelyWith } from '../../../src/cli/commands/likely'
import type { CliError } from '../../../src/cli/exitCodes'
import { EXIT } from '../../../src/cli/exitCodes'
import { MemoryStore } from '../../../src/core/store/memoryStore'
import { fakeIo } from '../cli/fakeIo'
import { person, tie } from './fixtures'

function contacts(): MemoryStore {
  const people = [
    person(0, 'Me', { isMe: true }),
    person(1, 'Ana Silva', { organization: 'Acme Inc.' }),
    person(2, 'Ben Okafor', { organization: 'ACME Corp.' }),
    person(3, 'Cy Park', { organization: 'acme' }),
    person(4, 'Di Lopez', { tags: ['Climbing'] }),
    person(5, 'Ed Ruiz', { tags: ['Climbing'] }),
  ]
  return new MemoryStore([...people, ...people.slice(1).map((_, k) => tie(0, k + 1, 3))])
}
const args = (values: Record<string, string | boolean>) => ({ values, positionals: [] })

describe('kith likely / review-likely', () => {
  it('lists groups and likely ties with their evidence, for everyone or one person', async () => {
    const io = fakeIo()
    expect(await likelyWith(contacts(), args({ json: true }), io)).toBe(0)
    const out = JSON.parse(io.out.join('')) as {
      groups: { key: string; label: string; size: number }[]
      likelyTies: { a: { name: string }; b: { name: string }; evidence: { kind: string }[] }[]
    }
    expect(out.groups.map((g) => [g.key, g.size])).toEqual([
      ['organization:acme', 3],
      ['label:climbing', 2],
    ])
    expect(out.likelyTies).toHaveLength(4)
    const text = fakeIo()
    await likelyWith(contacts(), args({ person: 'Di Lopez' }), text)
    expect(text.out.join('')).toContain('Di Lopez + Ed Ruiz')
    expect(text.out.join('')).not.toContain('Ana Silva')
  })

  it('confirms a whole group and rejects one pair; decisions stick', async () => {
    const store = contacts()
    const io = fakeIo()
    expect(
      await reviewLikelyWith(
        store,
        args({ group: 'organization:acme', yes: true, json: true }),
        io,
      ),
    ).toBe(0)
    expect(JSON.parse(io.out.join(''))).toEqual({ decided: 3, alreadyDecided: 0 })
    await reviewLikelyWith(store, args({ person: 'Di Lopez', with: 'Ed Ruiz', no: true }), fakeIo())
    const after = fakeIo()
    await likelyWith(store, args({ json: true }), after)
    expect((JSON.parse(after.out.join('')) as { likelyTies: unknown[] }).likelyTies).toEqual([])
    expect(store.list('tie').filter((t) => t.source === 'evidence')).toHaveLength(4)
  })

  it('says what is wrong with a bad review', async () => {
    const fail = async (values: Record<string, string | boolean>) => {
      try {
        await reviewLikelyWith(contacts(), args(values), fakeIo())
      } catch (error) {
        return (error as CliError).exitCode
      }
      throw new Error('expected a failure')
    }
    expect(await fail({ group: 'organization:acme' })).toBe(EXIT.usage)
    expect(await fail({ group: 'organization:nowhere', yes: true })).toBe(EXIT.notFound)
    expect(await fail({ yes: true })).toBe(EXIT.usage)
  })
})
