import type { Person, Tie } from '../../src/shared/domain'
import { seededRandom, type AnalysisInput } from '../../src/shared/graph'
import { fakePerson, fakeTie } from './networks'

const SPELLINGS = ['', ' Inc.', ' GmbH', ', Ltd', ' Corp.', ' AG']

/**
 * A contact import of `people` cards with no ties between them, as a phone or LinkedIn gives:
 * organisations of Zipf-like sizes (a few large employers, many small ones) spelled with legal
 * forms, work and webmail addresses, labels, schools, home towns and cities. Seeded.
 */
export function generateContacts(
  people: number,
  organizations: number,
  seed: number,
): AnalysisInput & { people: Person[]; ties: Tie[] } {
  const rng = seededRandom(seed)
  const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.pow(rng(), 2.2) * n))
  const list: Person[] = [fakePerson(people, 'Me', { isMe: true })]
  for (let i = 0; i < people; i++) {
    const org = zipf(organizations)
    const extra: Partial<Person> = {}
    if (rng() < 0.8) extra.organization = `Company ${org}${SPELLINGS[Math.floor(rng() * 6)]}`
    extra.emails = [
      rng() < 0.4 && extra.organization
        ? { value: `p${i}@company${org}.com` }
        : { value: `p${i}@gmail.com` },
    ]
    const tags: string[] = []
    if (rng() < 0.4) tags.push(`Label ${zipf(60)}`)
    if (rng() < 0.3) tags.push(`School: University ${zipf(300)}`)
    if (rng() < 0.2) tags.push(`Home town: Town ${zipf(400)}`)
    extra.tags = tags
    if (rng() < 0.6) extra.location = `City ${zipf(150)}, Country`
    list.push(fakePerson(i, `Person ${i} Surname${zipf(3000)}`, extra))
  }
  const ties = list.slice(1).map((_, i) => fakeTie(people, i, 3))
  return { people: list, ties }
}
