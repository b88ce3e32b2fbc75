import { describe, expect, it } from 'vitest'
import { warmPaths } from '../../../src/shared/graph'
import { NOW, fakeId, person, tie } from './fixtures'

describe('warm paths', () => {
  const people = ['Me', 'Ana', 'Ben', 'Cy', 'Di', 'Target'].map((name, i) =>
    person(i, name, { isMe: i === 0 }),
  )
  // Me-Ana(5)-Target(5) is the strongest; Me-Ben(3)-Cy(5)-Target(5) second; Me-Di(1)-Target(2) third.
  const ties = [
    tie(0, 1, 5),
    tie(1, 5, 5),
    tie(0, 2, 3),
    tie(2, 3, 5),
    tie(3, 5, 5),
    tie(0, 4, 1),
    tie(4, 5, 2),
  ]

  it('returns the strongest distinct chains with the introducer named', () => {
    const paths = warmPaths({ people, ties }, fakeId(5), { now: NOW })
    expect(paths.map((p) => p.introducer)).toEqual([fakeId(1), fakeId(2), fakeId(4)])
    expect(paths[1]!.people).toEqual([fakeId(0), fakeId(2), fakeId(3), fakeId(5)])
    expect(paths[0]!.strength).toBeCloseTo(1, 6)
    expect(paths[1]!.strength).toBeCloseTo(0.6, 6)
    expect(paths[1]!.text).toBe('Ask Ben: Ben knows Cy, who knows Target')
    expect(warmPaths({ people, ties }, fakeId(5), { now: NOW, k: 1 })).toHaveLength(1)
  })

  it('lists a direct tie first and nothing for unknown or unreachable people', () => {
    const direct = warmPaths({ people, ties: [...ties, tie(0, 5, 4)] }, fakeId(5), { now: NOW })
    expect(direct[0]).toMatchObject({ introducer: null, people: [fakeId(0), fakeId(5)] })
    expect(direct).toHaveLength(3)
    expect(warmPaths({ people, ties }, fakeId(77), { now: NOW })).toEqual([])
    expect(warmPaths({ people, ties: [tie(0, 1)] }, fakeId(5), { now: NOW })).toEqual([])
    expect(warmPaths({ people: people.slice(1), ties }, fakeId(5), { now: NOW })).toEqual([])
  })
})
