import { describe, expect, it } from 'vitest'
import { analyzeNetwork, DEFAULT_WEIGHTS, pairKeyOf } from './suggestionHelpers'
import { NOW, fakeId, introduction, person, tie, twoCliques } from './fixtures'

describe('introduction suggestions', () => {
  it('suggests only untied pairs across clusters, best first, each with reasons and text', () => {
    const result = analyzeNetwork(twoCliques(), { now: NOW, seed: 1, limit: 100 })
    expect(result.suggestions.length).toBeGreaterThan(0)
    const cluster = result.clusterOf
    for (const s of result.suggestions) {
      expect(cluster[s.a]).not.toBe(cluster[s.b])
      expect(s.reasons.length).toBeGreaterThan(0)
      expect(s.text.length).toBeGreaterThan(0)
      for (const r of s.reasons) expect(r.weight).toBeGreaterThan(0)
    }
    const scores = result.suggestions.map((s) => s.score)
    expect(scores).toEqual([...scores].sort((x, y) => y - x))
    // Pairs sharing a bridge end as a contact come first: one of them is a bridge end.
    const top = result.suggestions[0]!
    expect([top.a, top.b].some((id) => id === fakeId(5) || id === fakeId(6))).toBe(true)
    expect(top.terms.structure).toBeGreaterThan(0)
    expect(top.text).toMatch(/[Tt]hey share 1 contact \(P[56]\)/)
  })

  it('never suggests declined pairs, pairs in an introduction, or snoozed pairs', () => {
    const input = twoCliques()
    const before = analyzeNetwork(input, { now: NOW, seed: 1, limit: 100 }).suggestions
    const [first, second, third] = before.map(pairKeyOf)
    input.introductions = [introduction(4, 6, 'declined'), introduction(5, 7, 'asked')]
    input.settings = {
      snoozedPairs: { [pairKeyOf({ a: fakeId(3), b: fakeId(6) })]: '2026-07-01T00:00:00.000Z' },
    }
    const after = analyzeNetwork(input, { now: NOW, seed: 1, limit: 100 }).suggestions.map(
      pairKeyOf,
    )
    expect(after).not.toContain(pairKeyOf({ a: fakeId(4), b: fakeId(6) }))
    expect(after).not.toContain(pairKeyOf({ a: fakeId(5), b: fakeId(7) }))
    expect(after).not.toContain(pairKeyOf({ a: fakeId(3), b: fakeId(6) }))
    expect([first, second, third].filter(Boolean).length).toBe(3)
    // Expired snoozes no longer hide the pair.
    input.settings = {
      snoozedPairs: { [pairKeyOf({ a: fakeId(3), b: fakeId(6) })]: '2026-01-01T00:00:00.000Z' },
    }
    const expired = analyzeNetwork(input, { now: NOW, seed: 1, limit: 100 }).suggestions.map(
      pairKeyOf,
    )
    expect(expired).toContain(pairKeyOf({ a: fakeId(3), b: fakeId(6) }))
  })

  it('explains a seeks/offers match like a person would', () => {
    const input = twoCliques({
      2: { name: 'Ana', seeks: ['a seed investor'], tags: ['climate fintech'] },
      9: { name: 'Ben', offers: ['invests at seed'], tags: ['climate fintech'] },
    })
    const result = analyzeNetwork(input, { now: NOW, seed: 1 })
    const top = result.suggestions[0]!
    expect(pairKeyOf(top)).toBe(pairKeyOf({ a: fakeId(2), b: fakeId(9) }))
    expect(top.reasons[0]!.code).toBe('complementarity')
    expect(top.text).toContain('Ana is looking for a seed investor and Ben invests at seed')
    expect(top.text).toContain('both are into climate fintech')
  })

  it('finds text matches between people with no structural path (inverted index)', () => {
    const people = [
      person(0, 'Me', { isMe: true }),
      person(1, 'Ana', { seeks: ['seed funding'] }),
      person(2, 'Ben', { offers: ['angel investing at seed stage'] }),
      person(3, 'Cy', { offers: ['gardening'] }),
      person(4, 'Di'),
    ]
    const ties = [tie(1, 4), tie(2, 3)]
    const result = analyzeNetwork(
      { people, ties },
      { now: NOW, seed: 1, weights: { ...DEFAULT_WEIGHTS } },
    )
    expect(pairKeyOf(result.suggestions[0]!)).toBe(pairKeyOf({ a: fakeId(1), b: fakeId(2) }))
  })

  it('owner trust raises a pair the owner knows well', () => {
    const input = twoCliques()
    input.ties = input.ties.map((t) =>
      t.a === fakeId(0) && (t.b === fakeId(3) || t.b === fakeId(8)) ? { ...t, strength: 5 } : t,
    )
    input.ties.push(tie(2, 8, 1))
    const base = analyzeNetwork(input, { now: NOW, seed: 1, limit: 100 }).suggestions
    const s = base.find((x) => pairKeyOf(x) === pairKeyOf({ a: fakeId(3), b: fakeId(9) }))
    const t = base.find((x) => pairKeyOf(x) === pairKeyOf({ a: fakeId(3), b: fakeId(8) }))
    if (s && t) expect(t.terms.trust).toBeGreaterThan(s.terms.trust)
    expect(base.length).toBeGreaterThan(0)
  })
})

describe('three-step suggestions', () => {
  it('names the two people in between when a pair shares no contact', () => {
    const result = analyzeNetwork(twoCliques(), {
      now: NOW,
      seed: 1,
      limit: Number.POSITIVE_INFINITY,
    })
    const far = result.suggestions.find(
      (s) => pairKeyOf(s) === pairKeyOf({ a: fakeId(2), b: fakeId(9) }),
    )
    expect(far).toBeDefined()
    const structure = far!.reasons.find((r) => r.code === 'structure')
    expect(structure?.text).toBe('they are three steps apart through P5 and P6')
    expect(far!.text).toContain('hey are three steps apart through P5 and P6')
  })

  it('proposes every cross-cluster pair within three steps in a small vault', () => {
    const result = analyzeNetwork(twoCliques(), {
      now: NOW,
      seed: 1,
      limit: Number.POSITIVE_INFINITY,
    })
    const proposed = new Set(result.suggestions.map(pairKeyOf))
    const cluster = result.clusterOf
    let expected = 0
    for (let i = 1; i <= 10; i++) {
      for (let j = i + 1; j <= 10; j++) {
        if (cluster[fakeId(i)] === cluster[fakeId(j)] || (i === 5 && j === 6)) continue
        expected++
        expect(proposed.has(pairKeyOf({ a: fakeId(i), b: fakeId(j) }))).toBe(true)
      }
    }
    // Two cliques of five joined by one tie: 25 cross pairs, one of them tied.
    expect(expected).toBe(24)
  })
})

describe('candidate generation', () => {
  it('keeps a cap per person instead of enumerating all pairs', () => {
    const people = [person(0, 'Me', { isMe: true })]
    const ties = []
    // Two groups of 100; everyone shares a tag, so the inverted index alone would pair everybody.
    for (let i = 1; i <= 200; i++) {
      people.push(
        person(i, `P${i}`, { tags: ['common ground'], offers: ['advice'], seeks: ['advice'] }),
      )
      const group = i <= 100 ? 1 : 101
      ties.push(tie(i, group + ((i - group + 1) % 100)))
      ties.push(tie(i, group + ((i - group + 7) % 100)))
    }
    const all = analyzeNetwork(
      { people, ties },
      { now: NOW, seed: 1, candidatesPerPerson: 5, limit: Number.POSITIVE_INFINITY },
    ).suggestions
    expect(all.length).toBeGreaterThan(0)
    // 200 people x 3 sources x 5 per source, far below the 10,000 cross-group pairs.
    expect(all.length).toBeLessThanOrEqual(200 * 3 * 5)
  })
})
