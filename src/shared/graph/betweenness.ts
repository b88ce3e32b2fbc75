import { adjacencyWithout } from './adjacency'
import type { PeopleGraph } from './buildGraph'

export interface BetweennessOptions {
  /** Nodes left out entirely (the owner). */
  skip: number
  /** Exact when the graph has at most this many nodes. */
  exactUpTo: number
  /** Number of BFS sources sampled above the threshold (Brandes & Pich 2007 pivots). */
  samples: number
  rng: () => number
}

/**
 * Unweighted betweenness (Brandes 2001), normalized to [0, 1] like NetworkX. Above `exactUpTo`
 * nodes it is estimated from `samples` random sources and scaled by n / samples, which keeps the
 * full analysis of 50k people within budget. graphology-metrics has no sampling, hence this file.
 */
export function betweenness(graph: PeopleGraph, options: BetweennessOptions): Float64Array {
  const n = graph.ids.length
  const { skip } = options
  const centrality = new Float64Array(n)
  const active = n - (skip >= 0 && skip < n ? 1 : 0)
  if (active < 3) return centrality
  let sources: number[] = []
  for (let i = 0; i < n; i++) if (i !== skip) sources.push(i)
  let scale = 1
  if (sources.length > options.exactUpTo && options.samples < sources.length) {
    sources = sample(sources, options.samples, options.rng)
    scale = active / sources.length
  }
  const { start, targets } = adjacencyWithout(graph, skip)
  const sigma = new Float64Array(n)
  const dist = new Int32Array(n)
  const delta = new Float64Array(n)
  const order = new Int32Array(n)
  const queue = new Int32Array(n)
  for (const s of sources) {
    sigma.fill(0)
    dist.fill(-1)
    delta.fill(0)
    sigma[s] = 1
    dist[s] = 0
    let head = 0
    let tail = 0
    let visited = 0
    queue[tail++] = s
    while (head < tail) {
      const v = queue[head++]!
      order[visited++] = v
      const next = dist[v]! + 1
      const sv = sigma[v]!
      const end = start[v + 1]!
      for (let a = start[v]!; a < end; a++) {
        const w = targets[a]!
        if (dist[w]! < 0) {
          dist[w] = next
          queue[tail++] = w
        }
        if (dist[w] === next) sigma[w] = sigma[w]! + sv
      }
    }
    for (let k = visited - 1; k > 0; k--) {
      const w = order[k]!
      const previous = dist[w]! - 1
      const sw = sigma[w]!
      const dw = delta[w]!
      const end = start[w + 1]!
      for (let a = start[w]!; a < end; a++) {
        const v = targets[a]!
        if (dist[v] !== previous) continue
        delta[v] = delta[v]! + (sigma[v]! / sw) * (1 + dw)
      }
      centrality[w] = centrality[w]! + dw
    }
  }
  // Each pair is counted from both ends on an undirected graph.
  const norm = scale / ((active - 1) * (active - 2))
  for (let i = 0; i < n; i++) centrality[i] = centrality[i]! * norm
  return centrality
}

function sample(items: number[], k: number, rng: () => number): number[] {
  const copy = [...items]
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (copy.length - i))
    const t = copy[i]!
    copy[i] = copy[j]!
    copy[j] = t
  }
  return copy.slice(0, k)
}
