import { describe, expect, it } from 'vitest'
import { stem, tokens } from '../../../src/shared/graph'
import { bestPhrasePair, cosine } from '../../../src/shared/graph/complementarity'

const idf = new Map<string, number>()
const match = (seek: string, offer: string) =>
  bestPhrasePair(
    { idf } as never,
    [{ text: seek, tokens: tokens(seek) }],
    [{ text: offer, tokens: tokens(offer) }],
  )?.score ?? 0

describe('text matching', () => {
  it('stems the paraphrases of investing to one token', () => {
    expect(
      new Set(['investor', 'invests', 'investing', 'investment', 'funding', 'funders'].map(stem)),
    ).toEqual(new Set(['invest']))
    expect(tokens('Looking for a Seed investor!')).toEqual(['seed', 'invest'])
  })

  it.each([
    ['a seed investor', 'invests at seed'],
    ['seed funding', 'invests at seed'],
    ['seed investor', 'seed funding'],
    ['hiring a designer', 'UX design'],
    ['a developer for our app', 'software engineering'],
    ['legal advice', 'startup lawyer'],
    ['a mentor', 'mentoring founders'],
  ])('matches "%s" with "%s"', (seek, offer) => {
    expect(match(seek, offer)).toBeGreaterThan(0.3)
  })

  it.each([
    ['a seed investor', 'gardening tips'],
    ['legal advice', 'UX design'],
  ])('does not match "%s" with "%s"', (seek, offer) => {
    expect(match(seek, offer)).toBe(0)
  })

  it('weights rare tokens above common ones (TF-IDF)', () => {
    const weighted = new Map([
      ['climat', 5],
      ['fintech', 5],
      ['tech', 0.1],
    ])
    const rare = cosine(weighted, ['climat', 'tech'], ['climat'])
    const common = cosine(weighted, ['climat', 'tech'], ['tech'])
    expect(rare).toBeGreaterThan(common)
  })
})
