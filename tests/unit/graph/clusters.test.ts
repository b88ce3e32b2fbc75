import { describe, expect, it } from 'vitest'
import { analyzeNetwork, ISOLATED_CLUSTER_ID } from '../../../src/shared/graph'
import { NOW, fakeId, person, tie, twoCliques } from './fixtures'

const members = (ids: number[]) => ids.map(fakeId).sort()

describe('clusters', () => {
  it('finds two cliques joined by a bridge, with the owner removed', () => {
    const result = analyzeNetwork(twoCliques(), { now: NOW, seed: 1 })
    const sets = result.clusters.map((c) => [...c.members].sort())
    expect(sets).toHaveLength(2)
    expect(sets).toContainEqual(members([1, 2, 3, 4, 5]))
    expect(sets).toContainEqual(members([6, 7, 8, 9, 10]))
    expect(result.clusterOf[fakeId(0)]).toBeUndefined()
  })

  it('puts people tied only to the owner in their own group', () => {
    const input = twoCliques()
    input.people.push(person(11, 'Loner'))
    input.ties.push(tie(0, 11, 5))
    const result = analyzeNetwork(input, { now: NOW, seed: 1 })
    const isolated = result.clusters.find((c) => c.id === ISOLATED_CLUSTER_ID)
    expect(isolated?.members).toEqual([fakeId(11)])
    expect(isolated?.isolated).toBe(true)
  })

  it('handles a star around the owner: everyone isolated, nothing suggested structurally', () => {
    const people = [person(0, 'Me', { isMe: true }), person(1, 'A'), person(2, 'B'), person(3, 'C')]
    const ties = [tie(0, 1), tie(0, 2), tie(0, 3)]
    const result = analyzeNetwork({ people, ties }, { now: NOW, seed: 1 })
    expect(result.clusters).toHaveLength(1)
    expect(result.clusters[0]!.isolated).toBe(true)
    expect(result.brokers).toEqual([])
  })

  it('handles disconnected parts, one person and an empty vault', () => {
    const people = [person(1, 'A'), person(2, 'B'), person(3, 'C'), person(4, 'D')]
    const parts = analyzeNetwork({ people, ties: [tie(1, 2), tie(3, 4)] }, { now: NOW, seed: 1 })
    expect(parts.clusters.map((c) => [...c.members].sort())).toEqual([
      members([1, 2]),
      members([3, 4]),
    ])
    expect(parts.owner).toBeNull()

    const one = analyzeNetwork(
      { people: [person(0, 'Me', { isMe: true })], ties: [] },
      { now: NOW },
    )
    expect(one.clusters).toEqual([])
    expect(one.suggestions).toEqual([])

    const empty = analyzeNetwork({ people: [], ties: [] }, { now: NOW })
    expect(empty).toMatchObject({
      owner: null,
      clusters: [],
      brokers: [],
      suggestions: [],
      coldTies: [],
    })
  })

  it('is deterministic under a seed', () => {
    const a = analyzeNetwork(twoCliques(), { now: NOW, seed: 42 })
    const b = analyzeNetwork(twoCliques(), { now: NOW, seed: 42 })
    expect(b).toEqual(a)
  })

  it('keeps cluster ids stable after adding a tie', () => {
    const input = twoCliques()
    const first = analyzeNetwork(input, { now: NOW, seed: 3 })
    input.ties.push(tie(1, 7, 1))
    const second = analyzeNetwork(input, { now: NOW, seed: 99, previous: first.clusterOf })
    expect(second.clusterOf).toEqual(first.clusterOf)
  })

  it('labels clusters by a user name, else the most distinctive tag or organization', () => {
    const extra: Record<number, { tags?: string[]; organization?: string }> = {}
    for (let i = 1; i <= 5; i++) extra[i] = { tags: ['Climate', 'friends'] }
    for (let i = 6; i <= 10; i++) extra[i] = { organization: 'Acme', tags: ['friends'] }
    const input = twoCliques(extra)
    const labels = analyzeNetwork(input, { now: NOW, seed: 1 })
      .clusters.map((c) => c.label)
      .sort()
    expect(labels).toEqual(['Acme · organisation', 'Climate · label'])

    input.clusterNames = [
      {
        kind: 'clusterName',
        id: fakeId(500) as never,
        name: 'Old team',
        members: [fakeId(6), fakeId(7), fakeId(8), fakeId(9)],
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      },
    ]
    const named = analyzeNetwork(input, { now: NOW, seed: 1 }).clusters
    const team = named.find((c) => c.members.includes(fakeId(6)))
    expect(team).toMatchObject({ label: 'Old team', named: true, nameId: fakeId(500) })
    expect(named.find((c) => c.members.includes(fakeId(1)))?.label).toBe('Climate · label')
  })

  it('falls back to "Cluster N" without tags', () => {
    const labels = analyzeNetwork(twoCliques(), { now: NOW, seed: 1 }).clusters.map((c) => c.label)
    expect(labels.sort()).toEqual(['Cluster 1', 'Cluster 2'])
  })
})
