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

  // Every contribution to a pair's weight, in order, grouped per smaller endpoint below: summing
  // them in this order gives the same floats as accumulating as they come, without a map per row.
  const addLo: number[] = []
  const addHi: number[] = []
  const addW: number[] = []
  /** The tie strength a contribution sets, -1 when it comes from the journal. */
  const addS: number[] = []
  const add = (i: number, j: number, w: number, s: number) => {
    addLo.push(i < j ? i : j)
    addHi.push(i < j ? j : i)
    addW.push(w)
    addS.push(s)
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
      for (let y = x + 1; y < members.length; y++) add(members[x]!, members[y]!, share, -1)
    }
    if (owner >= 0)
      for (const i of members) if (i !== owner) add(owner, i, ENTRY_PAIR_WEIGHT * decay, -1)
  }

  for (const tie of input.ties) {
    if (tie.deletedAt) continue
    const i = index.get(tie.a)
    const j = index.get(tie.b)
    if (i === undefined || j === undefined || i === j) continue
    const other = i === owner ? j : j === owner ? i : -1
    const fade = other >= 0 ? freshness(people[other]!, lastContact[other]!, nowMs, halfLife) : 1
    add(i, j, (tie.strength / 5) * fade, tie.strength)
  }

  // Stable counting sort of the contributions by smaller endpoint.
  const rowStart = new Int32Array(n + 1)
  for (const lo of addLo) rowStart[lo + 1]!++
  for (let i = 0; i < n; i++) rowStart[i + 1] = rowStart[i + 1]! + rowStart[i]!
  const fill = rowStart.slice(0, n)
  const byRow = new Int32Array(addLo.length)
  for (let c = 0; c < addLo.length; c++) byRow[fill[addLo[c]!]!++] = c

  const neighbors: number[][] = Array.from({ length: n }, () => [])
  const weights: number[][] = Array.from({ length: n }, () => [])
  const strengths: number[][] = Array.from({ length: n }, () => [])
  const sum = new Float64Array(n)
  const strengthOf = new Float64Array(n)
  const seen = new Int32Array(n).fill(-1)
  const his: number[] = []
  // Rows in order and each row sorted: every neighbour list comes out sorted ascending.
  for (let i = 0; i < n; i++) {
    const end = rowStart[i + 1]!
    if (rowStart[i] === end) continue
    for (let r = rowStart[i]!; r < end; r++) {
      const c = byRow[r]!
      const j = addHi[c]!
      if (seen[j] !== i) {
        seen[j] = i
        sum[j] = 0
        strengthOf[j] = 0
        his.push(j)
      }
      sum[j] = sum[j]! + addW[c]!
      // The last tie between two people sets the strength, as a later write would.
      if (addS[c]! >= 0) strengthOf[j] = addS[c]!
    }
    if (his.length > 1) his.sort((x, y) => x - y)
    for (const j of his) {
      const w = sum[j]!
      const st = strengthOf[j]!
      neighbors[i]!.push(j)
      weights[i]!.push(w)
      strengths[i]!.push(st)
      neighbors[j]!.push(i)
      weights[j]!.push(w)
      strengths[j]!.push(st)
    }
    his.length = 0
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
