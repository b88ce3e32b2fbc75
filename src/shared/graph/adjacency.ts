import type { PeopleGraph } from './buildGraph'

/**
 * The neighbour lists of a graph flattened into typed arrays (compressed sparse rows), with the
 * `skip` node (the owner) left out of every row and given an empty row. Same order as
 * `graph.neighbors`, so sums over a row add in the same order and give the same floats.
 */
export interface Adjacency {
  /** Row i is targets[start[i] .. start[i + 1]). */
  start: Int32Array
  targets: Int32Array
}

const cache = new WeakMap<PeopleGraph, Map<number, Adjacency>>()

/** Built once per graph and skipped node: brokers and candidates read the same rows. */
export function adjacencyWithout(graph: PeopleGraph, skip: number): Adjacency {
  let bySkip = cache.get(graph)
  if (!bySkip) cache.set(graph, (bySkip = new Map<number, Adjacency>()))
  const known = bySkip.get(skip)
  if (known) return known
  const n = graph.ids.length
  const start = new Int32Array(n + 1)
  let m = 0
  for (let i = 0; i < n; i++) {
    start[i] = m
    if (i === skip) continue
    for (const j of graph.neighbors[i]!) if (j !== skip) m++
  }
  start[n] = m
  const targets = new Int32Array(m)
  let at = 0
  for (let i = 0; i < n; i++) {
    if (i === skip) continue
    for (const j of graph.neighbors[i]!) if (j !== skip) targets[at++] = j
  }
  const out = { start, targets }
  bySkip.set(skip, out)
  return out
}
