import type { Entry, Person, Tie } from '../../src/shared/domain'
import type { AnalysisInput } from '../../src/shared/graph'
import { seededRandom } from '../../src/shared/graph'
import { fakeId, fakePerson, fakeTie } from './networks'

const FIELDS = [
  'climate',
  'fintech',
  'biotech',
  'design',
  'music',
  'education',
  'robotics',
  'health',
  'media',
  'law',
]
const OFFERS = [
  'invests at seed',
  'UX design reviews',
  'startup legal advice',
  'mentoring founders',
  'hiring engineers',
  'intros to press',
]
const SEEKS = [
  'a seed investor',
  'a designer',
  'a lawyer for our startup',
  'a mentor',
  'a software developer job',
  'press coverage',
]

/**
 * A seeded network with clustered structure, like a personal vault: communities of 10-200 people,
 * `tiesPerPerson` ties each (85% inside the community), an owner tied to a fifth of everyone,
 * tags per community, seeks/offers on a tenth of people and a few journal entries.
 */
export function generateNetwork(
  people: number,
  tiesPerPerson: number,
  seed: number,
): AnalysisInput {
  const rng = seededRandom(seed)
  const community = new Int32Array(people)
  const starts: number[] = []
  for (let i = 0, c = 0; i < people; c++) {
    const size = 10 + Math.floor(rng() * 190)
    starts.push(i)
    for (let k = 0; k < size && i < people; k++, i++) community[i] = c
  }
  starts.push(people)
  const owner = people
  const list: Person[] = []
  for (let i = 0; i < people; i++) {
    const c = community[i]!
    const extra: Partial<Person> = { tags: [FIELDS[c % FIELDS.length]!, `group ${c}`] }
    if (rng() < 0.1) extra.offers = [OFFERS[Math.floor(rng() * OFFERS.length)]!]
    if (rng() < 0.1) extra.seeks = [SEEKS[Math.floor(rng() * SEEKS.length)]!]
    if (rng() < 0.3) extra.organization = `Org ${c}-${Math.floor(rng() * 3)}`
    list.push(fakePerson(i, `Person ${i}`, extra))
  }
  list.push(fakePerson(owner, 'Me', { isMe: true }))
  const seen = new Set<number>()
  const ties: Tie[] = []
  const add = (a: number, b: number) => {
    if (a === b) return
    const key = a < b ? a * (people + 1) + b : b * (people + 1) + a
    if (seen.has(key)) return
    seen.add(key)
    ties.push(fakeTie(a, b, 1 + Math.floor(rng() * 5)))
  }
  const target = Math.round(people * tiesPerPerson)
  for (let i = 0; i < people; i += 5) add(owner, i)
  while (ties.length < target) {
    const a = Math.floor(rng() * people)
    const c = community[a]!
    const b =
      rng() < 0.85
        ? starts[c]! + Math.floor(rng() * (starts[c + 1]! - starts[c]!))
        : Math.floor(rng() * people)
    add(a, b)
  }
  const entries: Entry[] = []
  for (let k = 0; k < people / 10; k++) {
    const a = Math.floor(rng() * people)
    entries.push({
      kind: 'entry',
      id: `e${k.toString(16).padStart(31, '0')}` as Entry['id'],
      at: new Date(Date.UTC(2026, 0, 1) - Math.floor(rng() * 400) * 86_400_000).toISOString(),
      type: 'meeting',
      title: '',
      body: '',
      participants: [fakeId(a), fakeId(Math.min(people - 1, a + 1))],
      followUpDone: false,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    })
  }
  return { people: list, ties, entries }
}
