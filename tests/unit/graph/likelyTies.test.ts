import { describe, expect, it } from 'vitest'
import type { Person, Tie } from '../../../src/shared/domain'
import { analyzeNetwork, type AnalysisInput } from '../../../src/shared/graph'
import { generateNetwork } from '../../../bench/lib-graph/generateNetwork'
import { NOW, fakeId, person, tie } from './fixtures'

/** A contact import: the owner tied to everyone, no ties between contacts. */
function contacts(extra: Partial<Person>[]): AnalysisInput & { people: Person[]; ties: Tie[] } {
  const people = [person(0, 'Me', { isMe: true })]
  extra.forEach((e, k) => people.push(person(k + 1, e.name ?? `P${k + 1}`, e)))
  return { people, ties: people.slice(1).map((_, k) => tie(0, k + 1, 3)) }
}

const acme = (n: number, title?: string) => ({
  name: `Acme Person ${n}`,
  organization: n % 2 ? 'ACME Corp.' : 'Acme, Inc',
  ...(title ? { title } : {}),
})
const climbers = (n: number) => ({ name: `Climber ${n}`, tags: ['Climbing club'] })
const pairOf = (t: { a: string; b: string }) => [t.a, t.b].sort().join('|')

describe('likely ties from a contact import', () => {
  const input = contacts([
    acme(1, 'Platform engineer'),
    acme(2, 'Platform lead'),
    acme(3),
    acme(4),
    climbers(5),
    climbers(6),
    climbers(7),
    { name: 'Gail Webb', emails: [{ value: 'gail@gmail.com' }] },
    { name: 'Hal Ross', emails: [{ value: 'hal@gmail.com' }] },
    { name: 'Ines Costa', emails: [{ value: 'ines@verde.pt' }] },
    { name: 'Joao Costa', emails: [{ value: 'joao@verde.pt' }] },
  ])

  it('infers colleagues across spellings, labels and private domains, never webmail', () => {
    const result = analyzeNetwork(input, { now: NOW })
    const pairs = result.likelyTies.map(pairOf)
    expect(pairs).toContain(pairOf({ a: fakeId(1), b: fakeId(2) }))
    expect(pairs).toContain(pairOf({ a: fakeId(1), b: fakeId(4) }))
    expect(pairs).toContain(pairOf({ a: fakeId(5), b: fakeId(7) }))
    expect(pairs).toContain(pairOf({ a: fakeId(10), b: fakeId(11) }))
    expect(pairs).not.toContain(pairOf({ a: fakeId(8), b: fakeId(9) }))
    // No tie crosses groups: nothing connects Acme to the climbers.
    expect(pairs).not.toContain(pairOf({ a: fakeId(1), b: fakeId(5) }))
    for (const t of result.likelyTies) {
      expect(t.weight).toBeGreaterThan(0)
      expect(t.weight).toBeLessThan(1)
      expect(t.evidence.length).toBeGreaterThan(0)
    }
    // The same team weighs more than the same employer alone.
    const weight = (a: number, b: number) =>
      result.likelyTies.find((t) => pairOf(t) === pairOf({ a: fakeId(a), b: fakeId(b) }))!.weight
    expect(weight(1, 2)).toBeGreaterThan(weight(3, 4))
    const acmeGroup = result.evidenceGroups.find((g) => g.key === 'organization:acme')!
    expect(acmeGroup.members).toHaveLength(4)
    expect(acmeGroup.label).toBe('Acme, Inc · organisation')
    expect(acmeGroup.reviewable).toBe(true)
  })

  it('weighs colleagues who joined your network the same weeks more, and says so', () => {
    const linkedIn = contacts([acme(1), acme(2), acme(3)])
    const since = ['2024-03-01', '2024-03-12', '2019-06-30']
    linkedIn.ties = linkedIn.ties.map((t, k) => ({ ...t, since: since[k]! }))
    const result = analyzeNetwork(linkedIn, { now: NOW })
    const find = (a: number, b: number) =>
      result.likelyTies.find((t) => pairOf(t) === pairOf({ a: fakeId(a), b: fakeId(b) }))!
    expect(find(1, 2).weight).toBeGreaterThan(find(1, 3).weight)
    expect(find(1, 2).evidence.map((e) => e.value)).toContain(
      'connected with you within weeks of each other',
    )
    expect(find(1, 3).evidence.map((e) => e.value)).not.toContain(
      'connected with you within weeks of each other',
    )
  })

  it('names a group by its most common spelling, whatever order the records come in', () => {
    const spelled = (names: string[]) =>
      analyzeNetwork(contacts(names.map((organization, k) => ({ name: `P${k}`, organization }))), {
        now: NOW,
      }).evidenceGroups.find((g) => g.kind === 'organization')?.value
    expect(spelled(['ACME Corp.', 'Acme', 'Acme', 'Acme Inc.'])).toBe('Acme')
    expect(spelled(['Acme Inc.', 'ACME Corp.', 'Acme', 'Acme'])).toBe('Acme')
    expect(spelled(['Acme Inc.', 'ACME Corp.'])).toBe('Acme Inc.')
    expect(spelled(['ACME Corp.', 'Acme Inc.'])).toBe('Acme Inc.')
  })

  it('draws circles from the evidence alone, labelled by where they come from', () => {
    const result = analyzeNetwork(input, { now: NOW })
    const circleOf = (i: number) => result.clusterOf[fakeId(i)]
    expect(circleOf(1)).toBe(circleOf(4))
    expect(circleOf(5)).toBe(circleOf(7))
    expect(circleOf(1)).not.toBe(circleOf(5))
    const labels = result.clusters.map((c) => c.label)
    expect(labels).toContain('Acme, Inc · organisation')
    expect(labels).toContain('Climbing club · label')
    expect(result.clusters.find((c) => c.label === 'Climbing club · label')?.source).toEqual({
      kind: 'label',
      value: 'Climbing club',
    })
    // People with no evidence at all stay "only through you".
    expect(result.clusters.find((c) => c.isolated)?.members.sort()).toEqual(
      [fakeId(8), fakeId(9)].sort(),
    )
  })

  it('never infers a pair the person decided on: a confirmed, trashed or rejected tie', () => {
    const decided = contacts([acme(1), acme(2), acme(3)])
    const rejected = { ...tie(1, 2, 3), source: 'evidence' as const, deletedAt: NOW.toISOString() }
    decided.ties.push(rejected, tie(2, 3, 4))
    const result = analyzeNetwork(decided, { now: NOW })
    const pairs = result.likelyTies.map(pairOf)
    expect(pairs).toEqual([pairOf({ a: fakeId(1), b: fakeId(3) })])
  })

  it('gives the same circles and labels whatever ids the same records get', () => {
    const shuffled = contacts([])
    // The same people under other ids, in another order.
    const order = [7, 3, 11, 1, 9, 5, 2, 10, 4, 8, 6]
    for (const [k, old] of order.entries()) {
      const p = input.people[old]!
      shuffled.people.push({ ...p, id: fakeId(100 + k) })
      shuffled.ties.push(tie(0, 100 + k, 3))
    }
    const describe = (r: ReturnType<typeof analyzeNetwork>, people: Person[]) =>
      r.clusters
        .map(
          (c) =>
            `${c.label}: ${c.members
              .map((m) => people.find((p) => p.id === m)!.name)
              .sort()
              .join(',')}`,
        )
        .sort()
    expect(describe(analyzeNetwork(shuffled, { now: NOW }), shuffled.people)).toEqual(
      describe(analyzeNetwork(input, { now: NOW }), input.people),
    )
  })
})

describe('circles do not depend on ids', () => {
  it('gives a 600-person network the same circles when every id changes', () => {
    const input = generateNetwork(600, 6, 3)
    // Reverse the id order: Louvain used to visit people in id order.
    const n = input.people.length
    const rename = new Map(input.people.map((p, k) => [p.id as string, fakeId(5000 + n - k)]))
    const renamed: AnalysisInput = {
      people: input.people.map((p) => ({ ...p, id: rename.get(p.id)! })),
      ties: input.ties.map((t) => {
        const [a, b] = [rename.get(t.a)!, rename.get(t.b)!].sort()
        return { ...t, a: a as Tie['a'], b: b as Tie['b'] }
      }),
      entries: (input.entries ?? []).map((e) => ({
        ...e,
        participants: e.participants.map((p) => rename.get(p)!),
      })),
    }
    const circles = (r: ReturnType<typeof analyzeNetwork>, people: readonly Person[]) => {
      const name = new Map(people.map((p) => [p.id as string, p.name]))
      return r.clusters
        .map((c) =>
          c.members
            .map((m) => name.get(m)!)
            .sort()
            .join(','),
        )
        .sort()
    }
    expect(circles(analyzeNetwork(renamed, { now: NOW }), renamed.people)).toEqual(
      circles(analyzeNetwork(input, { now: NOW }), input.people),
    )
  })
})

describe('suggestions at cold start', () => {
  it('makes no suggestion from "you know both of them" alone', () => {
    const result = analyzeNetwork(
      contacts([{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }]),
      { now: NOW },
    )
    expect(result.suggestions).toEqual([])
  })

  it('never introduces colleagues or classmates, and leans on needs and offers', () => {
    const result = analyzeNetwork(
      contacts([
        { name: 'Ana', organization: 'Acme', seeks: ['a seed investor'] },
        { name: 'Ben', organization: 'ACME Inc.', offers: ['invests at seed'] },
        { name: 'Cy', organization: 'Verde', offers: ['seed investment'] },
        { name: 'Di', tags: ['School: MIT'], seeks: ['a designer'] },
        { name: 'Ed', tags: ['School: MIT'], offers: ['product design'] },
      ]),
      { now: NOW },
    )
    const pairs = result.suggestions.map(pairOf)
    expect(pairs).not.toContain(pairOf({ a: fakeId(1), b: fakeId(2) }))
    expect(pairs).not.toContain(pairOf({ a: fakeId(4), b: fakeId(5) }))
    expect(pairs[0]).toBe(pairOf({ a: fakeId(1), b: fakeId(3) }))
    expect(result.suggestions[0]!.reasons[0]!.code).toBe('complementarity')
    for (const s of result.suggestions)
      expect(s.reasons.some((r) => r.code !== 'trust' && r.code !== 'bridge')).toBe(true)
  })

  it('does not read an organisation as an interest', () => {
    const result = analyzeNetwork(
      contacts([
        { name: 'Ana', organization: 'Climate Ventures' },
        { name: 'Ben', tags: ['climate'] },
      ]),
      { now: NOW },
    )
    expect(result.suggestions).toEqual([])
  })
})
