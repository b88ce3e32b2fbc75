import type { PeopleGraph } from './buildGraph'
import { betweenness } from './betweenness'
import { constraint } from './constraint'
import type { Broker } from './types'

export interface BrokerOptions {
  exactUpTo: number
  samples: number
  rng: () => number
  limit: number
}

/** Connectors in the owner's network: high betweenness with the owner removed, ties in 2+ clusters. */
export function findBrokers(
  graph: PeopleGraph,
  clusterIndex: Int32Array,
  options: BrokerOptions,
): Broker[] {
  const bc = betweenness(graph, {
    skip: graph.owner,
    exactUpTo: options.exactUpTo,
    samples: options.samples,
    rng: options.rng,
  })
  const cons = constraint(graph, graph.owner)
  const out: Broker[] = []
  for (let i = 0; i < graph.ids.length; i++) {
    if (i === graph.owner || !(bc[i]! > 0)) continue
    const reached = new Set<number>()
    for (const j of graph.neighbors[i]!) if (j !== graph.owner) reached.add(clusterIndex[j]!)
    out.push({
      person: graph.ids[i]!,
      betweenness: bc[i]!,
      constraint: cons[i]!,
      clustersReached: reached.size,
    })
  }
  out.sort(
    (x, y) =>
      y.betweenness - x.betweenness ||
      x.constraint - y.constraint ||
      (x.person < y.person ? -1 : 1),
  )
  return out.slice(0, options.limit)
}
