import type { PeopleGraph } from './buildGraph'
import type { TextIndex } from './textIndex'
import { adjacencyWithout } from './adjacency'

export interface CandidateOptions {
  /** Kept per person and per source (two-hop, three-hop, text index). */
  perPerson: number
  /** Whether two people are in different groups (clusters; isolated people are each their own). */
  groupKey: Int32Array
  /** Pair codes (i * n + j, i < j) that must never be suggested. */
  excluded: Set<number>
  /** Neighbour-list entries read per person for three-hop paths; bounds the cost around hubs. */
  threeHopBudget: number
}

/**
 * Candidate pairs with the structure measured while finding them: `resourceAllocation` (sum of
 * 1/deg over shared contacts) and `l3` (paths of length three weighted 1/sqrt(deg x * deg y),
 * Kovacs et al. 2019), both with the owner removed. Degrees exclude the owner.
 */
export interface Candidates {
  codes: number[]
  resourceAllocation: number[]
  l3: number[]
}

/** Tokens shared by more people than this carry no signal and would make the index quadratic. */
const MAX_POSTING = 500
/** The owner's most trusted contacts are all paired with each other: they are who the owner can vouch for. */
const TRUSTED_CIRCLE = 40

/**
 * Candidate pairs (codes i * n + j, i < j) without enumerating all pairs: per person the best
 * two-hop neighbours (owner removed, ranked by resource allocation), the best three-hop ones
 * (ranked by L3: many ties across clusters close a path of length three rather than a triangle),
 * the best matches in the inverted index over seeks/offers/tags/organization (ranked by summed
 * idf), and pairs within the owner's most trusted circle. Pairs in the same cluster, already
 * tied, or excluded are dropped.
 */
export function generateCandidates(
  graph: PeopleGraph,
  text: TextIndex,
  options: CandidateOptions,
): Candidates {
  const n = graph.ids.length
  const { groupKey, excluded, perPerson, threeHopBudget } = options
  const owner = graph.owner
  // Rows without the owner, so the hot loops need not test for it.
  const { start, targets } = adjacencyWithout(graph, owner)
  const degree = new Int32Array(n)
  for (let i = 0; i < n; i++) degree[i] = start[i + 1]! - start[i]!
  const out: Candidates = { codes: [], resourceAllocation: [], l3: [] }
  // Duplicate pairs without a map keyed by pair: a pair (lo, hi) is recorded in the pass of lo or
  // of hi. Pairs kept in lo's pass are chained to hi (pendingHead/pendingNext) and marked when hi's
  // pass starts; pairs of the current pass are marked as they are kept.
  const pendingHead = new Int32Array(n).fill(-1)
  const pendingNext: number[] = []
  const seenBy = new Int32Array(n).fill(-1)
  const seenAt = new Int32Array(n)
  const isNeighbor = new Int32Array(n).fill(-1)
  const ra = new Float64Array(n)
  const l3 = new Float64Array(n)
  const textScore = new Float64Array(n)
  // Who each source reached, so selection reads only the people that source scored.
  const byRa: number[] = []
  const byL3: number[] = []
  const byText: number[] = []
  const scratch = new Float64Array(n)

  const consider = (u: number, v: number) =>
    v !== u && v !== owner && isNeighbor[v] !== u && groupKey[v] !== groupKey[u]
  const push = (code: number, r: number, l: number): number => {
    const at = out.codes.length
    out.codes.push(code)
    out.resourceAllocation.push(r)
    out.l3.push(l)
    pendingNext.push(-1)
    return at
  }
  const record = (u: number, v: number, r: number, l: number) => {
    const lo = u < v ? u : v
    const hi = u < v ? v : u
    const code = lo * n + hi
    // Checked here, on the few kept pairs, rather than on every step of the traversal.
    if (excluded.size > 0 && excluded.has(code)) return
    if (seenBy[v] === u) {
      // Seen from the other side: three-hop sums differ when a budget cut one side short.
      const at = seenAt[v]!
      out.l3[at] = Math.max(out.l3[at]!, l)
      return
    }
    const at = push(code, r, l)
    seenBy[v] = u
    seenAt[v] = at
    if (v > u) {
      pendingNext[at] = pendingHead[v]!
      pendingHead[v] = at
    }
  }
  const keepBest = (u: number, score: Float64Array, touched: readonly number[]) => {
    let count = 0
    for (const v of touched) scratch[count++] = score[v]!
    if (count === 0) return
    // Threshold by selection, not a sort per person: hubs touch thousands.
    const cut = count <= perPerson ? 0 : kthLargest(scratch, count, perPerson)
    let above = 0
    for (const v of touched) if (score[v]! > cut) above++
    let ties = perPerson - above
    // Ties at the threshold go to the first touched; the traversal order is deterministic.
    for (const v of touched) {
      const s = score[v]!
      if (s > cut || (s === cut && s > 0 && ties-- > 0)) record(u, v, ra[v]!, l3[v]!)
    }
  }

  for (let u = 0; u < n; u++) {
    if (u === owner) continue
    for (let k = pendingHead[u]!; k >= 0; k = pendingNext[k]!) {
      const lo = Math.floor(out.codes[k]! / n)
      seenBy[lo] = u
      seenAt[lo] = k
    }
    const uEnd = start[u + 1]!
    for (let a = start[u]!; a < uEnd; a++) isNeighbor[targets[a]!] = u
    // consider(u, v) inlined for the traversal, where v is never the owner and v === u shares
    // u's group.
    const gu = groupKey[u]!

    let steps = 0
    for (let a = start[u]!; a < uEnd; a++) {
      const x = targets[a]!
      const dx = degree[x]!
      const xEnd = start[x + 1]!
      for (let b = start[x]!; b < xEnd; b++) {
        const v = targets[b]!
        if (isNeighbor[v] === u || groupKey[v] === gu) continue
        if (ra[v] === 0) byRa.push(v)
        ra[v] = ra[v]! + 1 / dx
      }
      for (let b = start[x]!; b < xEnd; b++) {
        // Steps only grow: once over budget, no later y of any x is read.
        if (steps > threeHopBudget) break
        const y = targets[b]!
        if (y === u) continue
        // The budget counts the owner too, as the full neighbour list did.
        steps += graph.neighbors[y]!.length
        const share = 1 / Math.sqrt(dx * degree[y]!)
        const yEnd = start[y + 1]!
        for (let c = start[y]!; c < yEnd; c++) {
          const v = targets[c]!
          if (isNeighbor[v] === u || groupKey[v] === gu) continue
          if (l3[v] === 0) byL3.push(v)
          l3[v] = l3[v]! + share
        }
      }
    }

    const t = text.people[u]!
    const lookup = (list: readonly string[], index: Map<string, number[]>) => {
      for (const token of list) {
        const posting = index.get(token)
        if (!posting || posting.length > MAX_POSTING) continue
        const w = text.idf.get(token) ?? 1
        for (const v of posting) {
          if (!consider(u, v)) continue
          if (textScore[v] === 0) byText.push(v)
          textScore[v] = textScore[v]! + w
        }
      }
    }
    lookup(t.seekTokens, text.offersByToken)
    lookup(t.offerTokens, text.seeksByToken)
    lookup(t.interestTokens, text.interestsByToken)

    keepBest(u, ra, byRa)
    keepBest(u, l3, byL3)
    keepBest(u, textScore, byText)
    clear(byRa, ra, l3, textScore)
    clear(byL3, ra, l3, textScore)
    clear(byText, ra, l3, textScore)
  }

  if (owner >= 0) {
    const circle = graph.neighbors[owner]!.filter((i) => graph.trust[i]! > 0)
      .sort((x, y) => graph.trust[y]! - graph.trust[x]! || x - y)
      .slice(0, TRUSTED_CIRCLE)
    const inCircle = new Uint8Array(n)
    for (const i of circle) inCircle[i] = 1
    const known = new Set<number>()
    for (const code of out.codes) {
      const lo = Math.floor(code / n)
      if (inCircle[lo] && inCircle[code - lo * n]) known.add(code)
    }
    for (const u of circle) {
      for (const x of graph.neighbors[u]!) isNeighbor[x] = u
      for (const v of circle) {
        const code = u * n + v
        if (v <= u || !consider(u, v) || known.has(code)) continue
        if (excluded.size > 0 && excluded.has(code)) continue
        const [r, l] = exactStructure(graph, degree, u, v)
        push(code, r, l)
        known.add(code)
      }
    }
  }
  return out
}

function clear(list: number[], ra: Float64Array, l3: Float64Array, text: Float64Array): void {
  for (const v of list) {
    ra[v] = 0
    l3[v] = 0
    text[v] = 0
  }
  list.length = 0
}

/** Resource allocation and full L3 of one pair (for the few pairs found without a traversal). */
function exactStructure(
  graph: PeopleGraph,
  degree: Int32Array,
  a: number,
  b: number,
): [number, number] {
  const nb = new Set(graph.neighbors[b])
  let r = 0
  let l = 0
  for (const x of graph.neighbors[a]!) {
    if (x === graph.owner) continue
    if (nb.has(x)) r += 1 / degree[x]!
    for (const y of graph.neighbors[x]!) {
      if (y !== graph.owner && y !== a && nb.has(y)) l += 1 / Math.sqrt(degree[x]! * degree[y]!)
    }
  }
  return [r, l]
}

/** The k-th largest of values[0..count) (Hoare quickselect; reorders that prefix). */
export function kthLargest(values: Float64Array, count: number, k: number): number {
  let lo = 0
  let hi = count - 1
  const target = k - 1
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!
    let i = lo
    let j = hi
    while (i <= j) {
      while (values[i]! > pivot) i++
      while (values[j]! < pivot) j--
      if (i <= j) {
        const t = values[i]!
        values[i] = values[j]!
        values[j] = t
        i++
        j--
      }
    }
    if (target <= j) hi = j
    else if (target >= i) lo = i
    else break
  }
  return values[target]!
}
