import type { Introduction, Person, PersonId, Tie } from '../../../src/shared/domain'
import type { NetworkSnapshot } from '../../../src/shared/ipc'

export const T0 = '2026-01-01T00:00:00.000Z'
export const NOW = new Date('2026-06-01T00:00:00.000Z')

export const pid = (n: number) => n.toString(16).padStart(32, '0') as PersonId

export function person(n: number, name: string, extra: Partial<Person> = {}): Person {
  return {
    kind: 'person',
    id: pid(n),
    name,
    isMe: false,
    emails: [],
    phones: [],
    links: [],
    tags: [],
    offers: [],
    seeks: [],
    notes: '',
    externalIds: [],
    createdAt: T0,
    updatedAt: T0,
    ...extra,
  }
}

let tieCounter = 0x7000
export function tie(a: number, b: number, strength = 3, extra: Partial<Tie> = {}): Tie {
  const [x, y] = pid(a) < pid(b) ? [pid(a), pid(b)] : [pid(b), pid(a)]
  return {
    kind: 'tie',
    id: (tieCounter++).toString(16).padStart(32, '0') as Tie['id'],
    a: x,
    b: y,
    type: 'friend',
    strength,
    note: '',
    source: 'manual',
    createdAt: T0,
    updatedAt: T0,
    ...extra,
  }
}

export function introduction(a: number, b: number, status: Introduction['status']): Introduction {
  return {
    kind: 'introduction',
    id: (0x9000 + a * 100 + b).toString(16).padStart(32, '0') as Introduction['id'],
    a: pid(a),
    b: pid(b),
    status,
    rationale: '',
    history: [],
    outcome: '',
    createdAt: T0,
    updatedAt: T0,
  }
}

/**
 * Owner 0; cluster A = 1..5 and cluster B = 11..15, each a ring with chords, one bridge 5-11,
 * and the owner tied to 1 and 11.
 */
export function twoClusterSnapshot(extra: Partial<NetworkSnapshot> = {}): NetworkSnapshot {
  const people = [person(0, 'Me', { isMe: true })]
  const ties: Tie[] = []
  for (const base of [0, 10]) {
    for (let i = 1; i <= 5; i++) {
      people.push(
        person(base + i, `${base ? 'Bea' : 'Al'} ${i}`, { tags: [base ? 'music' : 'climate'] }),
      )
    }
    for (let i = 1; i <= 5; i++) {
      ties.push(tie(base + i, base + (i % 5) + 1, 4))
      if (i <= 3) ties.push(tie(base + i, base + i + 2, 3))
    }
  }
  ties.push(tie(5, 11, 2))
  ties.push(tie(0, 1, 5))
  ties.push(tie(0, 11, 2))
  return {
    ownerId: pid(0),
    people,
    ties,
    introductions: [],
    clusterNames: [],
    layout: null,
    settings: null,
    interactions: [],
    ...extra,
  }
}
