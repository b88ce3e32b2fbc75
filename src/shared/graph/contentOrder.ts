import { foldText } from '../domain'
import type { PeopleGraph } from './buildGraph'

/** One ranking per graph: clustering and labelling both ask for it. */
const ranks = new WeakMap<PeopleGraph, Int32Array>()

/**
 * The rank of each node when people are ordered by what their records say (name, organisation,
 * first e-mail), ids only breaking exact ties. Louvain visits nodes in insertion order, so using
 * this order instead of the random ids makes two imports of the same file give the same circles.
 */
export function contentOrder(graph: PeopleGraph): Int32Array {
  const known = ranks.get(graph)
  if (known) return known
  const keys = graph.people.map((p, i) => ({
    i,
    key: `${foldText(p.name)}\u0000${foldText(p.organization ?? '')}\u0000${(p.emails[0]?.value ?? '').toLowerCase()}`,
  }))
  keys.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.i - y.i))
  const rank = new Int32Array(graph.ids.length)
  keys.forEach(({ i }, r) => (rank[i] = r))
  ranks.set(graph, rank)
  return rank
}
