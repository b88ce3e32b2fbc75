import { buildGraph, type PeopleGraph } from './buildGraph'
import { findBrokers } from './brokers'
import { findColdTies } from './coldTies'
import { alreadyKnownPredicate, inferEvidence } from './likelyTies'
import { detectClusters } from './detectClusters'
import { seededRandom } from './rng'
import { suggestIntroductions } from './suggestIntroductions'
import { buildTextIndex } from './textIndex'
import type { AnalysisInput, AnalysisOptions, NetworkAnalysis } from './types'
import { DEFAULT_WEIGHTS } from './weights'

const DEFAULT_SEED = 0x6b697468
const LIST_LIMIT = 50

/** Everything the map and the CLI show about the network, computed in one pass. Pure. */
export function analyzeNetwork(input: AnalysisInput, options: AnalysisOptions): NetworkAnalysis {
  const seed = options.seed ?? DEFAULT_SEED
  const graph = buildGraph(input, options.now)
  const evidence = inferEvidence(graph, input)
  // Separate streams so adding a suggestion feature never changes the clusters.
  const clusters = detectClusters(
    graph,
    input.clusterNames ?? [],
    seededRandom(seed),
    options.previous,
    {
      groups: evidence.groups.map((g, k) => ({ kind: g.kind, members: evidence.members[k]! })),
      evidenceOf: evidence.evidenceOf,
    },
  )
  const brokers = findBrokers(graph, clusters.clusterIndex, {
    exactUpTo: options.exactBetweennessUpTo ?? 500,
    samples: options.betweennessSamples ?? betweennessSamples(graph),
    rng: seededRandom(seed ^ 0x5bd1e995),
    limit: LIST_LIMIT,
  })
  const text = buildTextIndex(graph)
  const suggestions = suggestIntroductions(graph, clusters, text, {
    now: options.now,
    weights: options.weights ?? input.settings?.weights ?? DEFAULT_WEIGHTS,
    limit: options.limit ?? LIST_LIMIT,
    perPerson: options.candidatesPerPerson ?? defaultCandidatesPerPerson(graph.ids.length),
    threeHopBudget: threeHopBudget(graph.ids.length),
    introductions: input.introductions ?? [],
    snoozedPairs: input.settings?.snoozedPairs ?? {},
    alreadyKnown: alreadyKnownPredicate(graph, evidence),
  })
  const clusterOf: Record<string, string> = {}
  for (const c of clusters.clusters) for (const m of c.members) clusterOf[m] = c.id
  return {
    owner: graph.owner >= 0 ? graph.ids[graph.owner]! : null,
    clusters: clusters.clusters,
    clusterOf,
    brokers,
    coldTies: findColdTies(graph, options.now, LIST_LIMIT),
    suggestions,
    modularity: clusters.modularity,
    likelyTies: evidence.likelyTies,
    evidenceGroups: evidence.groups,
  }
}

/**
 * Candidates kept per person and source: generous for small vaults, so every three-hop pair across
 * clusters is proposed there (football: 27 held-out ties were cut by a cap of 60), and 10 from
 * 3,000 people on, which keeps 50k people near-linear.
 */
export function defaultCandidatesPerPerson(people: number): number {
  return Math.max(10, Math.min(200, Math.round(30_000 / Math.max(1, people))))
}

/** Per-person three-hop reading budget: whole neighbourhoods in small vaults, ~4M steps in all. */
export function threeHopBudget(people: number): number {
  return Math.max(200, Math.min(5000, Math.round(4_000_000 / Math.max(1, people))))
}

/**
 * BFS sources for sampled betweenness: ~3M adjacency reads in all, between 16 and 64 sources. Enough
 * to rank the top connectors; the exact values are only computed for small vaults.
 */
export function betweennessSamples(graph: PeopleGraph): number {
  let reads = 0
  for (const ns of graph.neighbors) reads += ns.length
  return Math.max(16, Math.min(64, Math.round(3_000_000 / Math.max(1, reads))))
}
