import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Person, PersonId, Tie } from '../../src/shared/domain'

/** A network from the shared collection: `NAME.nodes.csv` (id,label,group) and `NAME.edges.csv`. */
export interface Network {
  labels: string[]
  groups: (string | null)[]
  edges: [number, number, number][]
}

export function loadNetwork(dir: string, name: string): Network {
  const nodes = parseCsv(readFileSync(join(dir, `${name}.nodes.csv`), 'utf8'))
  const labels: string[] = []
  const groups: (string | null)[] = []
  for (const [id, label, group] of nodes) {
    const i = Number(id)
    labels[i] = label ?? ''
    groups[i] = group ? group : null
  }
  const edges: [number, number, number][] = parseCsv(
    readFileSync(join(dir, `${name}.edges.csv`), 'utf8'),
  ).map(([s, t, w]) => [Number(s), Number(t), w ? Number(w) : 1])
  return { labels, groups, edges }
}

/** Rows after the header; handles double-quoted fields with commas ("KIM, KS"). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  const lines = text.split(/\r?\n/)
  for (const line of lines.slice(1)) {
    if (line.length === 0) continue
    const row: string[] = []
    let field = ''
    let quoted = false
    for (let k = 0; k < line.length; k++) {
      const ch = line[k]!
      if (quoted) {
        if (ch === '"' && line[k + 1] === '"') {
          field += '"'
          k++
        } else if (ch === '"') quoted = false
        else field += ch
      } else if (ch === '"') quoted = true
      else if (ch === ',') {
        row.push(field)
        field = ''
      } else field += ch
    }
    row.push(field)
    rows.push(row)
  }
  return rows
}

const STAMP = '2020-01-01T00:00:00.000Z'

/** Deterministic 32-hex ids: `n` zero-padded, so their order is the numeric order. */
export function fakeId(n: number): PersonId {
  return n.toString(16).padStart(32, '0') as PersonId
}

export function fakePerson(i: number, name: string, extra: Partial<Person> = {}): Person {
  return {
    kind: 'person',
    id: fakeId(i),
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
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  }
}

let tieCounter = 0
export function fakeTie(a: number, b: number, strength = 3): Tie {
  const [x, y] = a < b ? [a, b] : [b, a]
  tieCounter++
  return {
    kind: 'tie',
    id: `f${tieCounter.toString(16).padStart(31, '0')}` as Tie['id'],
    a: fakeId(x),
    b: fakeId(y),
    type: 'acquaintance',
    strength,
    note: '',
    source: 'import',
    createdAt: STAMP,
    updatedAt: STAMP,
  }
}

/** Maps positive weights to strengths 1-5 by quintile, so weighted networks keep their contrast. */
export function strengthsByQuintile(weights: readonly number[]): (w: number) => number {
  const sorted = [...weights].sort((a, b) => a - b)
  if (sorted.length === 0 || sorted[0] === sorted[sorted.length - 1]) return () => 3
  const cut = [0.2, 0.4, 0.6, 0.8].map((q) => sorted[Math.floor(q * (sorted.length - 1))]!)
  return (w) => 1 + cut.filter((c) => w > c).length
}
