import { pairKey } from '../../src/shared/domain'
import {
  analyzeNetwork,
  ISOLATED_CLUSTER_ID,
  buildGraph,
  louvainWithoutOwner,
  seededRandom,
  StructureScorer,
  type AnalysisInput,
  type ScoreTerms,
} from '../../src/shared/graph'
import { fakeId, fakePerson, fakeTie, strengthsByQuintile, type Network } from './networks'

/** One candidate pair of an evaluation task, with every method's inputs. */
export interface EvalPair {
  positive: boolean
  adamicAdar: number
  resourceAllocation: number
  /** Local path index A^2 + 0.01 A^3 (Lu, Jin & Zhou 2009). */
  localPath: number
  random: number
  /** Kith's raw terms, or null when Kith's candidate generation did not propose the pair. */
  terms: ScoreTerms | null
  /** Shared contacts and paths of length three (owner removed), for scoring experiments. */
  common: number
  paths3: number
  l3: number
  /** Whether Kith's own clusters put both in the same cluster (never a candidate then). */
  sameCluster: boolean
}

export interface EvalTask {
  name: string
  pairs: EvalPair[]
  /** Positives Kith generated as candidates / all positives. */
  recall: number
}

const NOW = new Date('2026-01-01T00:00:00.000Z')
/** All weights 1 while collecting terms, so every generated pair survives; rescored later. */
const COLLECT = { complementarity: 1, sharedInterests: 1, structure: 1, bridge: 1, trust: 1 }

export function shuffle<T>(items: T[], rng: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    const t = items[i]!
    items[i] = items[j]!
    items[j] = t
  }
  return items
}

/**
 * (a) Hold out `share` of the ties crossing communities (ground truth when the network has it,
 * Louvain otherwise), import the rest, and rank every untied cross-community pair.
 */
export function holdOutTask(name: string, net: Network, seed: number, share: number): EvalTask {
  const n = net.labels.length
  const rng = seededRandom(seed)
  const toStrength = strengthsByQuintile(net.edges.map((e) => e[2]))
  const people = net.labels.map((label, i) => fakePerson(i, label))
  let community: string[]
  if (net.groups.every((g) => g !== null)) community = net.groups.map((g) => g ?? '')
  else {
    const full = buildGraph(
      { people, ties: net.edges.map(([s, t, w]) => fakeTie(s, t, toStrength(w))) },
      NOW,
    )
    const { community: c } = louvainWithoutOwner(full, seededRandom(seed))
    community = net.labels.map((_, i) => String(c[full.index.get(fakeId(i))!]))
  }
  const cross = net.edges.filter(([s, t]) => community[s] !== community[t])
  const held = new Set(
    shuffle([...cross], rng)
      .slice(0, Math.max(1, Math.round(share * cross.length)))
      .map(([s, t]) => s * n + t),
  )
  const train = net.edges.filter(([s, t]) => !held.has(s * n + t))
  const input: AnalysisInput = {
    people,
    ties: train.map(([s, t, w]) => fakeTie(s, t, toStrength(w))),
  }
  const tied = new Set<number>()
  for (const [s, t] of train) tied.add(Math.min(s, t) * n + Math.max(s, t))
  const positives = new Set(
    [...held].map((code) => {
      const s = Math.floor(code / n)
      const t = code - s * n
      return Math.min(s, t) * n + Math.max(s, t)
    }),
  )
  const pairs: [number, number][] = []
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (community[i] !== community[j] && !tied.has(i * n + j)) pairs.push([i, j])
    }
  }
  return scoreTask(`${name} seed ${seed}`, input, pairs, (i, j) => positives.has(i * n + j), seed)
}

function scoreTask(
  name: string,
  input: AnalysisInput,
  pairs: readonly [number, number][],
  isPositive: (i: number, j: number) => boolean,
  seed: number,
): EvalTask {
  const analysis = analyzeNetwork(input, {
    now: NOW,
    seed,
    weights: COLLECT,
    limit: Number.POSITIVE_INFINITY,
  })
  const kith = new Map(analysis.suggestions.map((s) => [pairKey(s.a, s.b), s.terms]))
  const graph = buildGraph(input, NOW)
  const scorer = new StructureScorer(graph)
  const rng = seededRandom(seed * 7919 + 1)
  let found = 0
  let total = 0
  const out: EvalPair[] = pairs.map(([i, j]) => {
    const s = scorer.pair(graph.index.get(fakeId(i))!, graph.index.get(fakeId(j))!)
    const terms = kith.get(pairKey(fakeId(i), fakeId(j))) ?? null
    const positive = isPositive(i, j)
    if (positive) {
      total++
      if (terms) found++
    }
    return {
      positive,
      adamicAdar: s.adamicAdar,
      resourceAllocation: s.resourceAllocation,
      localPath: s.common.length + 0.01 * s.paths3,
      random: rng(),
      terms,
      common: s.common.length,
      paths3: s.paths3,
      l3: s.l3,
      sameCluster:
        analysis.clusterOf[fakeId(i)] === analysis.clusterOf[fakeId(j)] &&
        analysis.clusterOf[fakeId(i)] !== ISOLATED_CLUSTER_ID,
    }
  })
  return { name, pairs: out, recall: total === 0 ? Number.NaN : found / total }
}

export interface TemporalData {
  /** 1999 adjacency with weights. */
  neighbors: Map<number, Map<number, number>>
  /** 1999 node -> 2003 node, for labels unique in both files. */
  later: Map<number, number>
  edges2003: Set<string>
  toStrength: (w: number) => number
}

export function temporalData(net1999: Network, net2003: Network): TemporalData {
  const unique = (labels: string[]) => {
    const count = new Map<string, number>()
    for (const l of labels) count.set(l, (count.get(l) ?? 0) + 1)
    return count
  }
  const c99 = unique(net1999.labels)
  const c03 = unique(net2003.labels)
  const index03 = new Map<string, number>()
  net2003.labels.forEach((l, i) => index03.set(l, i))
  const later = new Map<number, number>()
  net1999.labels.forEach((l, i) => {
    if (c99.get(l) === 1 && c03.get(l) === 1) later.set(i, index03.get(l)!)
  })
  const neighbors = new Map<number, Map<number, number>>()
  const link = (a: number, b: number, w: number) => {
    let m = neighbors.get(a)
    if (!m) neighbors.set(a, (m = new Map<number, number>()))
    m.set(b, w)
  }
  for (const [s, t, w] of net1999.edges) {
    link(s, t, w)
    link(t, s, w)
  }
  const edges2003 = new Set(net2003.edges.map(([s, t]) => (s < t ? `${s}|${t}` : `${t}|${s}`)))
  return {
    neighbors,
    later,
    edges2003,
    toStrength: strengthsByQuintile(net1999.edges.map((e) => e[2])),
  }
}

/**
 * (b) One author's 1999 co-author network (owner = the author); positives are pairs of co-authors,
 * not co-authors in 1999, who are co-authors in 2003. Candidates are the between-cluster pairs.
 */
export function temporalTask(data: TemporalData, author: number, seed: number): EvalTask | null {
  const alters = [...(data.neighbors.get(author)?.keys() ?? [])].sort((a, b) => a - b)
  const m = alters.length
  const local = new Map(alters.map((a, k) => [a, k]))
  const people = alters.map((a, k) => fakePerson(k, `author ${a}`))
  people.push(fakePerson(m, 'Me', { isMe: true }))
  const ties = alters.map((a, k) =>
    fakeTie(k, m, data.toStrength(data.neighbors.get(author)!.get(a)!)),
  )
  const tied = new Set<number>()
  alters.forEach((a, k) => {
    for (const [b, w] of data.neighbors.get(a)!) {
      const l = local.get(b)
      if (l !== undefined && l > k) {
        ties.push(fakeTie(k, l, data.toStrength(w)))
        tied.add(k * m + l)
      }
    }
  })
  const input: AnalysisInput = { people, ties }
  const clusters = analyzeNetwork(input, { now: NOW, seed, limit: 0 }).clusterOf
  const group = (k: number) => {
    const c = clusters[fakeId(k)] ?? 'none'
    return c === 'isolated' ? `isolated ${k}` : c
  }
  const pairs: [number, number][] = []
  for (let k = 0; k < m; k++) {
    if (!data.later.has(alters[k]!)) continue
    for (let l = k + 1; l < m; l++) {
      if (!data.later.has(alters[l]!) || tied.has(k * m + l) || group(k) === group(l)) continue
      pairs.push([k, l])
    }
  }
  const isPositive = (k: number, l: number) => {
    const x = data.later.get(alters[k]!)!
    const y = data.later.get(alters[l]!)!
    return data.edges2003.has(x < y ? `${x}|${y}` : `${y}|${x}`)
  }
  if (!pairs.some(([k, l]) => isPositive(k, l))) return null
  return scoreTask(`author ${author}`, input, pairs, isPositive, seed)
}
