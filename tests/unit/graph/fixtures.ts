import type { Introduction, Person, Tie } from '../../../src/shared/domain'
import type { AnalysisInput } from '../../../src/shared/graph'
import { fakeId, fakePerson, fakeTie } from '../../../bench/lib-graph/networks'

export const NOW = new Date('2026-06-01T12:00:00.000Z')
export { fakeId, fakePerson as person, fakeTie as tie }

/** Owner 0 tied to everyone; people 1-5 and 6-10 are two cliques joined by the bridge 5-6. */
export interface EditableInput extends AnalysisInput {
  people: Person[]
  ties: Tie[]
}

export function twoCliques(extra: Record<number, Partial<Person>> = {}): EditableInput {
  const people = [fakePerson(0, 'Me', { isMe: true })]
  for (let i = 1; i <= 10; i++) people.push(fakePerson(i, `P${i}`, extra[i] ?? {}))
  const ties = []
  for (let i = 1; i <= 10; i++) ties.push(fakeTie(0, i, 3))
  for (const [lo, hi] of [
    [1, 5],
    [6, 10],
  ] as const) {
    for (let i = lo; i <= hi; i++) for (let j = i + 1; j <= hi; j++) ties.push(fakeTie(i, j, 4))
  }
  ties.push(fakeTie(5, 6, 2))
  return { people, ties }
}

export function introduction(a: number, b: number, status: Introduction['status']): Introduction {
  const [x, y] = a < b ? [a, b] : [b, a]
  return {
    kind: 'introduction',
    id: `e${(a * 1000 + b).toString(16).padStart(31, '0')}` as Introduction['id'],
    a: fakeId(x),
    b: fakeId(y),
    status,
    rationale: '',
    history: [],
    outcome: '',
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  }
}
