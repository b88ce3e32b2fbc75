import { describe, expect, it } from 'vitest'
import {
  brokersWith,
  clustersWith,
  pathWith,
  suggestWith,
} from '../../../src/cli/commands/analysis'
import { CliError } from '../../../src/cli/exitCodes'
import { MemoryStore } from '../../../src/core/store/memoryStore'
import { fakeIo } from '../cli/fakeIo'
import { fakeId, person, tie, twoCliques } from './fixtures'

function store(): MemoryStore {
  const input = twoCliques({ 1: { name: 'Ana' }, 9: { name: 'Ben' } })
  input.people.push(person(11, 'Zed'))
  input.ties.push(tie(10, 11, 5))
  return new MemoryStore([...input.people, ...input.ties])
}
const args = (values: Record<string, string | boolean>, positionals: string[] = []) => ({
  values,
  positionals,
})

describe('kith suggest / clusters / path / brokers', () => {
  it('suggest --json lists pairs best first with reasons', async () => {
    const io = fakeIo()
    expect(await suggestWith(store(), args({ json: true, limit: '3' }), io)).toBe(0)
    const rows = JSON.parse(io.out.join('')) as {
      a: { id: string; name: string }
      score: number
      reasons: { code: string; text: string }[]
    }[]
    expect(rows).toHaveLength(3)
    expect(rows[0]!.score).toBeGreaterThanOrEqual(rows[2]!.score)
    for (const r of rows) expect(r.reasons.length).toBeGreaterThan(0)
    expect(Object.keys(rows[0]!.a).sort()).toEqual(['id', 'name'])
  })

  it('suggest without --json prints a table', async () => {
    const io = fakeIo()
    await suggestWith(store(), args({ limit: '2' }), io)
    const text = io.out.join('')
    expect(text.split('\n')[0]).toMatch(/^#\s+introduce\s+score\s+why$/)
    expect(text.trim().split('\n')).toHaveLength(4)
  })

  it('clusters --json gives ids, labels and named members', async () => {
    const io = fakeIo()
    await clustersWith(store(), args({ json: true }), io)
    const clusters = JSON.parse(io.out.join('')) as {
      id: string
      label: string
      members: { name: string }[]
    }[]
    expect(clusters).toHaveLength(2)
    expect(clusters.flatMap((c) => c.members.map((m) => m.name))).toContain('Ana')
    expect(clusters.flatMap((c) => c.members.map((m) => m.name))).not.toContain('Me')
  })

  it('path finds a chain by exact name, and fails clearly for unknown people', async () => {
    const io = fakeIo()
    await pathWith(store(), args({ json: true }, ['Zed']), io)
    const paths = JSON.parse(io.out.join('')) as {
      introducer: { id: string } | null
      people: { name: string }[]
    }[]
    expect(paths[0]!.introducer?.id).toBe(fakeId(10))
    expect(paths[0]!.people.map((p) => p.name)).toEqual(['Me', 'P10', 'Zed'])
    await expect(pathWith(store(), args({}, ['Nobody']), fakeIo())).rejects.toBeInstanceOf(CliError)
  })

  it('brokers lists the bridge first', async () => {
    const io = fakeIo()
    await brokersWith(store(), args({ json: true }), io)
    const rows = JSON.parse(io.out.join('')) as { person: { id: string } }[]
    expect([fakeId(5), fakeId(6), fakeId(10)]).toContain(rows[0]!.person.id)
    const table = fakeIo()
    await brokersWith(store(), args({}), table)
    expect(table.out.join('')).toMatch(/^connector\s+betweenness/)
  })
})
