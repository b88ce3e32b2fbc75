import { describe, expect, it } from 'vitest'
import { analyzeNetwork, buildGraph } from '../../../src/shared/graph'
import { betweenness } from '../../../src/shared/graph/betweenness'
import { constraint } from '../../../src/shared/graph/constraint'
import { seededRandom } from '../../../src/shared/graph/rng'
import { NOW, fakeId, person, tie, twoCliques } from './fixtures'

describe('brokers', () => {
  it('ranks the bridge ends first, owner removed', () => {
    const result = analyzeNetwork(twoCliques(), { now: NOW, seed: 1 })
    expect(
      result.brokers
        .map((b) => b.person)
        .slice(0, 2)
        .sort(),
    ).toEqual([fakeId(5), fakeId(6)])
    expect(result.brokers[0]!.clustersReached).toBe(2)
    expect(result.brokers.some((b) => b.person === fakeId(0))).toBe(false)
  })

  it('matches the known betweenness of a path and of a star centre', () => {
    const people = [1, 2, 3, 4].map((i) => person(i, `P${i}`))
    const path = buildGraph({ people, ties: [tie(1, 2), tie(2, 3), tie(3, 4)] }, NOW)
    const bc = betweenness(path, { skip: -1, exactUpTo: 100, samples: 0, rng: seededRandom(1) })
    // NetworkX: betweenness_centrality(path_graph(4)) = [0, 2/3, 2/3, 0]
    expect([...bc].map((v) => +v.toFixed(4))).toEqual([0, 0.6667, 0.6667, 0])

    const star = buildGraph({ people, ties: [tie(1, 2), tie(1, 3), tie(1, 4)] }, NOW)
    expect(
      betweenness(star, { skip: -1, exactUpTo: 100, samples: 0, rng: seededRandom(1) })[0],
    ).toBe(1)
  })

  it('sampled betweenness stays close to exact', () => {
    const exact = buildGraph(twoCliques(), NOW)
    const full = betweenness(exact, {
      skip: exact.owner,
      exactUpTo: 100,
      samples: 0,
      rng: seededRandom(1),
    })
    const sampled = betweenness(exact, {
      skip: exact.owner,
      exactUpTo: 2,
      samples: 8,
      rng: seededRandom(7),
    })
    const i5 = exact.index.get(fakeId(5))!
    expect(sampled[i5]).toBeGreaterThan(0.5 * full[i5]!)
  })

  it("computes Burt's constraint: 1 for a single contact, lower for a star centre", () => {
    const people = [1, 2, 3, 4].map((i) => person(i, `P${i}`))
    const star = buildGraph({ people, ties: [tie(1, 2), tie(1, 3), tie(1, 4)] }, NOW)
    const c = constraint(star, -1)
    // NetworkX: constraint(star_graph(3)) = {0: 1/3, 1..3: 1}
    expect(c[0]).toBeCloseTo(1 / 3, 6)
    expect(c[1]).toBeCloseTo(1, 6)
  })
})

describe('cold ties', () => {
  it('lists strong ties overdue against their cadence, most overdue first', () => {
    const people = [
      person(0, 'Me', { isMe: true }),
      person(1, 'Fresh', { cadenceDays: 30, lastContactAt: '2026-05-20T00:00:00.000Z' }),
      person(2, 'Cold', { cadenceDays: 30, lastContactAt: '2026-02-01T00:00:00.000Z' }),
      person(3, 'Weak', { cadenceDays: 30, lastContactAt: '2025-01-01T00:00:00.000Z' }),
      person(4, 'Colder', { cadenceDays: 14, lastContactAt: '2026-02-01T00:00:00.000Z' }),
    ]
    const ties = [tie(0, 1, 5), tie(0, 2, 4), tie(0, 3, 2), tie(0, 4, 5)]
    const cold = analyzeNetwork({ people, ties }, { now: NOW }).coldTies
    expect(cold.map((c) => c.person)).toEqual([fakeId(4), fakeId(2)])
    expect(cold[1]).toMatchObject({ strength: 4, cadenceDays: 30, daysSince: 120 })
  })
})
