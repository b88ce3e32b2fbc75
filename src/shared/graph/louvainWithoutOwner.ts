import { UndirectedGraph } from 'graphology'
import louvain from 'graphology-communities-louvain'
import type { PeopleGraph } from './buildGraph'

export interface Communities {
  /** Community number per node; -1 for the owner and for people tied to nobody but the owner. */
  community: Int32Array
  count: number
  modularity: number
}

/**
 * Weighted Louvain on the network with the owner removed: the owner touches everyone and would
 * blur every boundary. People left without ties form no community (-1).
 */
export function louvainWithoutOwner(graph: PeopleGraph, rng: () => number): Communities {
  const n = graph.ids.length
  const community = new Int32Array(n).fill(-1)
  const g = new UndirectedGraph<Record<string, never>, { weight: number }>()
  for (let i = 0; i < n; i++) {
    if (i === graph.owner) continue
    if (graph.neighbors[i]!.some((j) => j !== graph.owner)) g.addNode(String(i))
  }
  for (let i = 0; i < n; i++) {
    if (i === graph.owner) continue
    const ns = graph.neighbors[i]!
    const ws = graph.weights[i]!
    for (let x = 0; x < ns.length; x++) {
      const j = ns[x]!
      if (j > i && j !== graph.owner) g.addUndirectedEdge(String(i), String(j), { weight: ws[x]! })
    }
  }
  if (g.size === 0) return { community, count: 0, modularity: 0 }
  const result = louvain.detailed(g, { getEdgeWeight: 'weight', rng })
  // Renumber by first appearance in node order so numbering does not depend on Louvain internals.
  const renumber = new Map<number, number>()
  for (let i = 0; i < n; i++) {
    const c = result.communities[String(i)]
    if (c === undefined) continue
    if (!renumber.has(c)) renumber.set(c, renumber.size)
    community[i] = renumber.get(c)!
  }
  return { community, count: renumber.size, modularity: result.modularity }
}
