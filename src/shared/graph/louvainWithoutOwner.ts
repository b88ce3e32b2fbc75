import { UndirectedGraph } from 'graphology'
import louvain from 'graphology-communities-louvain'
import type { EvidenceKind, PersonEvidence } from '../domain'
import type { PeopleGraph } from './buildGraph'
import { contentOrder } from './contentOrder'

export interface Communities {
  /** Community number per node; -1 for the owner and for people tied to nobody but the owner. */
  community: Int32Array
  count: number
  modularity: number
}

/** Shared evidence that pulls people into one circle where their confirmed ties are sparse. */
export interface CircleEvidence {
  groups: readonly { kind: EvidenceKind; members: readonly number[] }[]
  /** Each node's evidence, when already computed (labels reuse it). */
  evidenceOf?: readonly (readonly PersonEvidence[])[]
}

/**
 * Pull of each kind of group on its members, relative to a tie of strength 5 (weight 1). A label
 * the person gave and an employer are circles; a city alone is only a hint.
 */
export const HUB_WEIGHT: Record<EvidenceKind, number> = {
  family: 1,
  organization: 1,
  label: 0.9,
  emailDomain: 0.8,
  school: 1,
  hometown: 0.3,
  journal: 0,
  // A city groups too many people who never met; it stays evidence for likely ties only.
  city: 0,
}
/**
 * Confirmed ties win: a person's evidence pull is divided by (1 + tie weight / this), so someone
 * with a handful of real ties follows them, and someone with none follows their evidence.
 */
const TIE_SPARSENESS = 1.5
/**
 * Louvain's resolution: above 1 it prefers more, smaller communities. Modularity merges small
 * communities in large networks (its resolution limit), while real people's circles stay small
 * and many (ego-facebook: 7-24 circles for 159-347 friends). So the resolution rises from 1.5
 * for a handful of people to 3 from 200 on; tuned on the four ego networks with `npm run eval`
 * (resolution 2 at 200+: mean F1 .262 contacts only, .428 with ties; 3: .268 and .448).
 */
export function resolutionFor(people: number): number {
  return 1.5 * (1 + Math.min(1, people / 200))
}
/**
 * A group this large is a category (an industry label on 800 people), not a circle: it pulls
 * nobody together and costs an edge per member. Real circles in the ego networks stay under 210.
 */
const MAX_HUB_MEMBERS = 250
/** Groups holding more than this share of everyone describe the whole network, not a circle. */
const MAX_GROUP_SHARE = 0.5

/**
 * Weighted Louvain on the network with the owner removed: the owner touches everyone and would
 * blur every boundary. Evidence groups join as hub nodes (one edge per member, not one per pair,
 * so a 2,000-person employer costs 2,000 edges), weighted down for people whose confirmed ties
 * already say where they belong. People with neither ties nor evidence form no community (-1).
 * Nodes are added in the order of the records' content, so the result does not depend on ids.
 */
export function louvainWithoutOwner(
  graph: PeopleGraph,
  rng: () => number,
  evidence: CircleEvidence = { groups: [] },
): Communities {
  const n = graph.ids.length
  const community = new Int32Array(n).fill(-1)
  const rank = contentOrder(graph)
  const order = Array.from(graph.ids.keys()).sort((x, y) => rank[x]! - rank[y]!)
  const tieWeight = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    if (i === graph.owner) continue
    const ns = graph.neighbors[i]!
    const ws = graph.weights[i]!
    for (let x = 0; x < ns.length; x++)
      if (ns[x] !== graph.owner) tieWeight[i] = tieWeight[i]! + ws[x]!
  }
  const people = n - (graph.owner >= 0 ? 1 : 0)
  const hubs = evidence.groups.filter(
    (g) =>
      HUB_WEIGHT[g.kind] > 0 &&
      g.members.length >= 2 &&
      g.members.length <= Math.min(MAX_GROUP_SHARE * people, MAX_HUB_MEMBERS),
  )
  const inHub = new Uint8Array(n)
  for (const h of hubs) for (const i of h.members) inHub[i] = 1

  const g = new UndirectedGraph<Record<string, never>, { weight: number }>()
  for (const i of order) {
    if (i === graph.owner) continue
    if (tieWeight[i]! > 0 || inHub[i]) g.addNode(String(i))
  }
  for (const i of order) {
    if (i === graph.owner) continue
    const ns = graph.neighbors[i]!
    const ws = graph.weights[i]!
    // Each edge once, from its endpoint first in content order, neighbours in that order too.
    const later: number[] = []
    for (let x = 0; x < ns.length; x++)
      if (rank[ns[x]!]! > rank[i]! && ns[x] !== graph.owner) later.push(x)
    later.sort((x, y) => rank[ns[x]!]! - rank[ns[y]!]!)
    for (const x of later) g.addUndirectedEdge(String(i), String(ns[x]!), { weight: ws[x]! })
  }
  hubs.forEach((h, k) => {
    const hub = `h${k}`
    g.addNode(hub)
    for (const i of [...h.members].sort((x, y) => rank[x]! - rank[y]!)) {
      const weight = HUB_WEIGHT[h.kind] / (1 + tieWeight[i]! / TIE_SPARSENESS)
      g.addUndirectedEdge(String(i), hub, { weight })
    }
  })
  if (g.size === 0) return { community, count: 0, modularity: 0 }
  const result = louvain.detailed(g, {
    getEdgeWeight: 'weight',
    rng,
    resolution: resolutionFor(people),
  })
  const raw = new Map<number, number>()
  for (const i of order) {
    const c = result.communities[String(i)]
    if (c !== undefined) raw.set(i, c)
  }
  absorbCrumbs(g, raw, order)
  // Renumber by first appearance in content order so numbering does not depend on Louvain internals.
  const renumber = new Map<number, number>()
  for (const i of order) {
    const c = raw.get(i)
    if (c === undefined) continue
    if (!renumber.has(c)) renumber.set(c, renumber.size)
    community[i] = renumber.get(c)!
  }
  return { community, count: renumber.size, modularity: result.modularity }
}

/** A circle of one is a crumb of a bigger one, not a circle of someone's life. */
const MIN_CIRCLE = 2

/**
 * Moves the members of communities smaller than MIN_CIRCLE to the community they are most
 * strongly linked to (ties and shared evidence, as Louvain saw them) when that one is a real
 * circle. A higher resolution finds small circles; this keeps it from leaving crumbs behind.
 * People linked to no real circle keep their small group.
 */
function absorbCrumbs(
  g: UndirectedGraph<Record<string, never>, { weight: number }>,
  community: Map<number, number>,
  order: readonly number[],
): void {
  const size = new Map<number, number>()
  for (const c of community.values()) size.set(c, (size.get(c) ?? 0) + 1)
  const hubCommunity = (node: string) => {
    // A hub's pull goes to the circle most of its members are in.
    const counts = new Map<number, number>()
    g.forEachNeighbor(node, (m) => {
      const c = community.get(Number(m))
      if (c !== undefined && (size.get(c) ?? 0) >= MIN_CIRCLE)
        counts.set(c, (counts.get(c) ?? 0) + 1)
    })
    let best = -1
    let most = 0
    for (const [c, k] of counts) if (k > most || (k === most && c < best)) [best, most] = [c, k]
    return best
  }
  for (const i of order) {
    const own = community.get(i)
    if (own === undefined || (size.get(own) ?? 0) >= MIN_CIRCLE) continue
    const pull = new Map<number, number>()
    g.forEachEdge(String(i), (_e, attr, source, target) => {
      const other = source === String(i) ? target : source
      const c = other.startsWith('h') ? hubCommunity(other) : (community.get(Number(other)) ?? -1)
      if (c >= 0 && c !== own && (size.get(c) ?? 0) >= MIN_CIRCLE)
        pull.set(c, (pull.get(c) ?? 0) + attr.weight)
    })
    let best = -1
    let strongest = 0
    for (const [c, w] of pull)
      if (w > strongest || (w === strongest && c < best)) [best, strongest] = [c, w]
    if (best < 0) continue
    community.set(i, best)
    size.set(own, size.get(own)! - 1)
    size.set(best, size.get(best)! + 1)
  }
}
