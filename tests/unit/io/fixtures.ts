import type { AnyRecord, Entry, Introduction, Person, Tie } from '../../../src/shared/domain'
import { MemoryStore } from '../../../src/core/store/memoryStore'
import { ME_ID, owner, T0 } from './helpers'

const at = T0.toISOString()
const hex = (n: number) => n.toString(16).padStart(32, '0')

export function person(n: number, fields: Partial<Person> = {}): Person {
  return {
    kind: 'person',
    id: hex(n) as Person['id'],
    name: `Person ${n}`,
    isMe: false,
    emails: [],
    phones: [],
    links: [],
    tags: [],
    offers: [],
    seeks: [],
    notes: '',
    externalIds: [],
    createdAt: at,
    updatedAt: at,
    ...fields,
  }
}

export function tie(n: number, a: string, b: string, fields: Partial<Tie> = {}): Tie {
  const [x, y] = a < b ? [a, b] : [b, a]
  return {
    kind: 'tie',
    id: hex(1000 + n) as Tie['id'],
    a: x as Tie['a'],
    b: y as Tie['b'],
    type: 'friend',
    strength: 4,
    note: 'private tie note',
    source: 'manual',
    createdAt: at,
    updatedAt: at,
    ...fields,
  }
}

/** A small vault: owner, three people (one with notes), ties, an entry and an introduction. */
export function sampleStore(): MemoryStore {
  const p1 = person(1, {
    name: 'Ada Lovelace',
    organization: 'Engines Ltd',
    emails: [{ label: 'work', value: 'ada@engines.example' }],
    tags: ['math', 'a, b; c'],
    notes: 'secret note about Ada',
    birthday: '1815-12-10',
  })
  const p2 = person(2, {
    name: 'Charles Babbage',
    phones: [{ value: '+44 20 7946 0000' }],
    links: [{ label: 'home', value: 'https://babbage.example' }],
  })
  const p3 = person(3, { name: 'Mary Somerville <&> "Q"', title: '=cmd|calc' })
  const entry: Entry = {
    kind: 'entry',
    id: hex(2001) as Entry['id'],
    at,
    type: 'meeting',
    title: 'Tea',
    body: 'private journal body',
    participants: [p1.id, p2.id],
    followUpDone: false,
    createdAt: at,
    updatedAt: at,
  }
  const intro: Introduction = {
    kind: 'introduction',
    id: hex(3001) as Introduction['id'],
    a: p2.id,
    b: p3.id,
    status: 'idea',
    rationale: 'both love numbers',
    history: [],
    outcome: '',
    createdAt: at,
    updatedAt: at,
  }
  const records: AnyRecord[] = [
    owner(),
    p1,
    p2,
    p3,
    tie(1, p1.id, p2.id),
    tie(2, ME_ID, p1.id, { strength: 5, type: 'colleague' }),
    tie(3, p2.id, p3.id, { strength: 1 }),
    entry,
    intro,
  ]
  return new MemoryStore(records)
}
