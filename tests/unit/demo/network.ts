import type { AnyRecord, Entry, Introduction, Person, Tie } from '../../../src/shared/domain'

export const NOW = new Date('2026-11-26T09:00:00.000Z')
export const DAY_MS = 86_400_000

export interface Split {
  people: Person[]
  ties: Tie[]
  entries: Entry[]
  introductions: Introduction[]
  owner: Person
}

export function split(records: readonly AnyRecord[]): Split {
  const people = records.filter((r) => r.kind === 'person')
  const owner = people.find((p) => p.isMe)
  if (!owner) throw new Error('no owner')
  return {
    people,
    ties: records.filter((r) => r.kind === 'tie'),
    entries: records.filter((r) => r.kind === 'entry'),
    introductions: records.filter((r) => r.kind === 'introduction'),
    owner,
  }
}

const STOP = new Set([
  'a',
  'an',
  'and',
  'at',
  'for',
  'in',
  'my',
  'of',
  'on',
  'the',
  'to',
  'with',
  'who',
  'is',
  'open',
  'new',
  'looking',
  'needs',
  'need',
  'help',
  'happy',
  'wants',
  'has',
  'from',
])

/** Content words of an offer or seek: the crude matching a reader would do by eye. */
export function tokens(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((t) => t.length > 2 && !STOP.has(t)),
  )
}

export function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0
  for (const t of a) if (b.has(t)) n++
  return n
}

/** Normalised mutual information between two labelings of the same items (arithmetic mean). */
export function nmi(x: readonly string[], y: readonly string[]): number {
  const n = x.length
  const count = (labels: readonly string[]) => {
    const m = new Map<string, number>()
    for (const l of labels) m.set(l, (m.get(l) ?? 0) + 1)
    return m
  }
  const cx = count(x)
  const cy = count(y)
  const joint = count(x.map((l, i) => `${l}\u0000${y[i]}`))
  const entropy = (m: Map<string, number>) => {
    let h = 0
    for (const c of m.values()) h -= (c / n) * Math.log(c / n)
    return h
  }
  let mi = 0
  for (const [key, c] of joint) {
    const [lx, ly] = key.split('\u0000') as [string, string]
    mi += (c / n) * Math.log((c * n) / (cx.get(lx)! * cy.get(ly)!))
  }
  const hx = entropy(cx)
  const hy = entropy(cy)
  return hx + hy === 0 ? 1 : (2 * mi) / (hx + hy)
}
