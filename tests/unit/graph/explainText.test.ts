import { describe, expect, it } from 'vitest'
import { reasonText } from '../../../src/shared/graph/explain'

type Facts = Parameters<typeof reasonText>[1]

function complementarity(seek: string, offer: string): string {
  const facts = {
    nameA: 'Ana',
    nameB: 'Ben',
    complementarity: { seeker: 'a', match: { seek, offer } },
  } as unknown as Facts
  return reasonText('complementarity', facts)
}

describe('complementarity in words', () => {
  it('reads on naturally whether the offer is a thing or something the person does', () => {
    expect(complementarity('A seed investor', 'Invests at seed')).toBe(
      'Ana is looking for a seed investor and Ben invests at seed',
    )
    expect(complementarity('help with tax returns', 'does tax returns for freelancers')).toBe(
      'Ana is looking for help with tax returns and Ben does tax returns for freelancers',
    )
    expect(complementarity('a growth marketer', 'growth marketing for B2B SaaS')).toBe(
      'Ana is looking for a growth marketer and Ben offers growth marketing for B2B SaaS',
    )
    expect(complementarity('looking for a mentor', 'happy to mentor founders')).toBe(
      'Ana is looking for a mentor and Ben is happy to mentor founders',
    )
    expect(complementarity('needs a lawyer', 'can review contracts')).toBe(
      'Ana needs a lawyer and Ben can review contracts',
    )
  })
})
