import type { Entry, Person, PersonId } from '../domain'
import type { AnalysisInput } from './types'

const DAY_MS = 86_400_000
/** A journal entry shared by two people counts like a fraction of a tie, shared among participants. */
const ENTRY_PAIR_WEIGHT = 0.2
/** Events with more participants than this do not create pairwise weight (a conference is not a tie). */
const MAX_PAIRWISE_PARTICIPANTS = 30
/** A tie never fades below this share of its strength: a lapsed friend is still a friend. */
const MIN_FRESHNESS = 0.2

/**
 * The vault as a compact weighted undirected graph: node i is `ids[i]` (sorted, so the order is
 * deterministic), `neighbors[i]` and `weights[i]` are aligned. Index arrays instead of a graphology
 * instance because brokers, candidates and scoring run tight loops over 50k ties.
 */
export interface PeopleGraph {
  ids: PersonId[]
  people: Person[]
  index: Map<string, number>
  /** Index of the owner (isMe), or -1. */
  owner: number
  neighbors: number[][]
  weights: number[][]
  /** Tie strength 1-5 per edge, 0 where the edge comes only from shared journal entries. */
  strengths: number[][]
  /** The owner's trust in each person, in [0, 1] (0 when not tied to the owner). */
  trust: Float64Array
  /** Last known contact per person (ms), NaN when unknown. */
  lastContact: Float64Array
}

export function halfLifeDays(input: AnalysisInput): number {
  return input.settings?.interactionHalfLifeDays ?? 180
}

export function buildGraph(input: AnalysisInput, now: Date): PeopleGraph {
  const people = input.people.filter((p) => !p.deletedAt).sort((x, y) => cmp(x.id, y.id))
  const ids = people.map((p) => p.id)
  const index = new Map<string, number>()
  ids.forEach((id, i) => index.set(id, i))
  const n = ids.length
  const owner = people.findIndex((p) => p.isMe)
  const halfLife = halfLifeDays(input)
  const nowMs = now.getTime()

  const lastContact = new Float64Array(n).fill(Number.NaN)
  people.forEach((p, i) => {
    if (p.lastContactAt) lastContact[i] = Date.parse(p.lastContactAt)
  })

  // Rows per smaller endpoint: a flat i * n + j key passes 2^31 at 50k people and gets boxed.
  const weight: (Map<number, number> | undefined)[] = new Array<Map<number, number> | undefined>(n)
  const strength: (Map<number, number> | undefined)[] = new Array<Map<number, number> | undefined>(
    n,
  )
  const row = (rows: (Map<number, number> | undefined)[], i: number) => {
    let r = rows[i]
    if (!r) rows[i] = r = new Map<number, number>()
    return r
  }
  const add = (i: number, j: number, w: number) => {
    const r = row(weight, Math.min(i, j))
    const k = Math.max(i, j)
    r.set(k, (r.get(k) ?? 0) + w)
  }

  for (const entry of liveEntries(input.entries)) {
    const at = Date.parse(entry.at)
    const decay = Math.pow(0.5, Math.max(0, nowMs - at) / DAY_MS / halfLife)
    const members = uniqueIndices(entry.participants, index)
    for (const i of members) {
      // The journal is the owner's: every entry is an interaction with each participant.
      if (!(lastContact[i]! >= at)) lastContact[i] = at
    }
    if (members.length > MAX_PAIRWISE_PARTICIPANTS) continue
    const share = (ENTRY_PAIR_WEIGHT * decay) / Math.max(1, members.length - 1)
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) add(members[x]!, members[y]!, share)
    }
    if (owner >= 0)
      for (const i of members) if (i !== owner) add(owner, i, ENTRY_PAIR_WEIGHT * decay)
  }

  for (const tie of input.ties) {
    if (tie.deletedAt) continue
    const i = index.get(tie.a)
    const j = index.get(tie.b)
    if (i === undefined || j === undefined || i === j) continue
    const other = i === owner ? j : j === owner ? i : -1
    const fade = other >= 0 ? freshness(people[other]!, lastContact[other]!, nowMs, halfLife) : 1
    add(i, j, (tie.strength / 5) * fade)
    row(strength, Math.min(i, j)).set(Math.max(i, j), tie.strength)
  }

  const neighbors: number[][] = Array.from({ length: n }, () => [])
  const weights: number[][] = Array.from({ length: n }, () => [])
  const strengths: number[][] = Array.from({ length: n }, () => [])
  // Rows in order and each row sorted: every neighbour list comes out sorted ascending.
  for (let i = 0; i < n; i++) {
    const r = weight[i]
    if (!r) continue
    for (const j of Float64Array.from(r.keys()).sort()) {
      const w = r.get(j)!
      const s = strength[i]?.get(j) ?? 0
      neighbors[i]!.push(j)
      weights[i]!.push(w)
      strengths[i]!.push(s)
      neighbors[j]!.push(i)
      weights[j]!.push(w)
      strengths[j]!.push(s)
    }
  }

  const trust = new Float64Array(n)
  if (owner >= 0) {
    const ns = neighbors[owner]!
    const ws = weights[owner]!
    for (let x = 0; x < ns.length; x++) trust[ns[x]!] = Math.min(1, ws[x]!)
  }
  return { ids, people, index, owner, neighbors, weights, strengths, trust, lastContact }
}

/** How much of a tie to the owner is left when it has not been refreshed against its cadence. */
export function freshness(
  person: Person,
  lastContactMs: number,
  nowMs: number,
  halfLife: number,
): number {
  if (Number.isNaN(lastContactMs)) return 1
  const cadence = person.cadenceDays ?? halfLife
  const overdueDays = (nowMs - lastContactMs) / DAY_MS - cadence
  if (overdueDays <= 0) return 1
  return Math.max(MIN_FRESHNESS, Math.pow(0.5, overdueDays / halfLife))
}

export function edgeWeight(graph: PeopleGraph, i: number, j: number): number {
  const ns = graph.neighbors[i]!
  const at = ns.indexOf(j)
  return at < 0 ? 0 : graph.weights[i]![at]!
}

function* liveEntries(entries: readonly Entry[] | undefined): Generator<Entry> {
  for (const entry of entries ?? []) if (!entry.deletedAt) yield entry
}

function uniqueIndices(ids: readonly string[], index: Map<string, number>): number[] {
  const out = new Set<number>()
  for (const id of ids) {
    const i = index.get(id)
    if (i !== undefined) out.add(i)
  }
  return [...out].sort((x, y) => x - y)
}

export function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0
}
