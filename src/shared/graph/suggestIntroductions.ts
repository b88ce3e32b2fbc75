import { isInterestTag, type AnalysisWeights, type Introduction } from '../domain'
import type { PeopleGraph } from './buildGraph'
import { generateCandidates, kthLargest } from './candidates'
import { bestPhrasePair, complementarity, interestSimilarity } from './complementarity'
import type { DetectedClusters } from './detectClusters'
import { reasonText, sentence, type ExplainFacts } from './explain'
import { StructureScorer, structureTerm } from './pairStructure'
import type { TextIndex } from './textIndex'
import type { Reason, ReasonCode, ScoreTerms, Suggestion } from './types'

export interface SuggestOptions {
  now: Date
  weights: AnalysisWeights
  limit: number
  perPerson: number
  threeHopBudget: number
  introductions: readonly Introduction[]
  snoozedPairs: Readonly<Record<string, string>>
  /**
   * Pairs who probably know each other already (same organisation, a likely or rejected tie):
   * an introduction joins people who do not know each other yet.
   */
  alreadyKnown?: (a: number, b: number) => boolean
}

const REASON_ORDER: ReasonCode[] = [
  'complementarity',
  'sharedInterests',
  'structure',
  'bridge',
  'trust',
]
/** Reasons contributing less than this are left out of the explanation. */
const MIN_REASON_WEIGHT = 0.01
const NAMED_CONTACTS = 2

/** Ranked introductions between clusters, best first, each with its reasons. */
export function suggestIntroductions(
  graph: PeopleGraph,
  clusters: DetectedClusters,
  text: TextIndex,
  options: SuggestOptions,
): Suggestion[] {
  const n = graph.ids.length
  const excluded = excludedPairs(graph, options)
  const candidates = generateCandidates(graph, text, {
    perPerson: options.perPerson,
    threeHopBudget: options.threeHopBudget,
    groupKey: clusters.groupKey,
    excluded,
  })
  const bridge = bridgeValues(graph, clusters)
  const w = options.weights
  const count = candidates.codes.length
  const terms = REASON_ORDER.map(() => new Float64Array(count))
  const score = new Float64Array(count)
  for (let k = 0; k < count; k++) {
    const code = candidates.codes[k]!
    const a = Math.floor(code / n)
    const b = code - a * n
    // Same order as REASON_ORDER.
    const c = (terms[0]![k] = complementarity(text, a, b)?.score ?? 0)
    const i = (terms[1]![k] = interestSimilarity(text, a, b))
    const s = (terms[2]![k] = structureTerm(candidates, k))
    const g = (terms[3]![k] = bridge(a, b))
    const t = (terms[4]![k] = Math.sqrt(graph.trust[a]! * graph.trust[b]!))
    // "You know both of them" and "they are in different circles" are true of almost any pair:
    // without a need met, a shared interest or shared contacts there is nothing to suggest.
    if ((c === 0 && i === 0 && s === 0) || options.alreadyKnown?.(a, b)) continue
    score[k] =
      w.complementarity * c + w.sharedInterests * i + w.structure * s + w.bridge * g + w.trust * t
  }
  // Objects only for what is returned: 300k candidates are scored, 50 are shown.
  const top = bestIndices(score, options.limit).map((k): Suggestion => {
    const code = candidates.codes[k]!
    const a = Math.floor(code / n)
    const entries = REASON_ORDER.map((key, t) => [key, terms[t]![k]!] as const)
    return {
      a: graph.ids[a]!,
      b: graph.ids[code - a * n]!,
      score: score[k]!,
      terms: Object.fromEntries(entries) as ScoreTerms,
      reasons: [],
      text: '',
    }
  })
  top.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1))
  const scorer = new StructureScorer(graph)
  // Explanations only for what is returned: names and phrases cost more than numbers.
  const returned = top.slice(0, options.limit)
  for (const s of returned) explain(s, graph, clusters, text, scorer, w)
  return returned
}

function explain(
  s: Suggestion,
  graph: PeopleGraph,
  clusters: DetectedClusters,
  text: TextIndex,
  scorer: StructureScorer,
  w: AnalysisWeights,
): void {
  const a = graph.index.get(s.a)!
  const b = graph.index.get(s.b)!
  const pa = graph.people[a]!
  const pb = graph.people[b]!
  const structure = scorer.pair(a, b, false)
  const tagsB = new Set(pb.tags.map((t) => t.toLowerCase()))
  // Interests only: a school or home town is evidence of knowing each other, not a topic.
  const sharedTags = pa.tags.filter((t) => tagsB.has(t.toLowerCase()) && isInterestTag(t))
  const pair = bestPhrasePair(text, text.people[a]!.interests, text.people[b]!.interests)
  const path = structure.common.length === 0 ? scorer.strongestPath3(a, b) : null
  // In a sentence a circle is its name or the value it comes from: "data", not "data · label".
  const label = (i: number) => {
    const c = clusters.clusters[clusters.clusterIndex[i]!]
    return c ? (c.named ? c.label : (c.source?.value ?? c.label)) : 'your network'
  }
  const facts: ExplainFacts = {
    nameA: pa.name,
    nameB: pb.name,
    complementarity: complementarity(text, a, b),
    sharedTags,
    interestPair: pair ? { a: pair.seek, b: pair.offer } : null,
    commonNames: structure.common
      .slice()
      .sort((x, y) => graph.trust[y]! - graph.trust[x]! || x - y)
      .slice(0, NAMED_CONTACTS)
      .map((i) => graph.people[i]!.name),
    commonCount: structure.common.length,
    pathNames: path ? [graph.people[path[0]]!.name, graph.people[path[1]]!.name] : null,
    clusterLabels: [label(a), label(b)],
    trustA: graph.trust[a]!,
    trustB: graph.trust[b]!,
  }
  const reasons: Reason[] = []
  for (const code of REASON_ORDER) {
    const weight = w[code] * s.terms[code]
    if (weight >= MIN_REASON_WEIGHT) reasons.push({ code, weight, text: reasonText(code, facts) })
  }
  reasons.sort((x, y) => y.weight - x.weight)
  s.reasons = reasons
  s.text = sentence(reasons)
}

/** Indices of the `limit` best positive scores; a threshold first so 300k scores are not all sorted. */
function bestIndices(score: Float64Array, limit: number): number[] {
  if (limit <= 0) return []
  let cut = 0
  if (limit < score.length) {
    // The limit-th largest by selection: the same value a full sort would give, in linear time.
    cut = Math.max(0, kthLargest(Float64Array.from(score), score.length, limit))
  }
  const out: number[] = []
  for (let k = 0; k < score.length; k++) if (score[k]! > 0 && score[k]! >= cut) out.push(k)
  return out
}

/** Pairs already in an introduction (any status, including declined) or snoozed until later. */
function excludedPairs(graph: PeopleGraph, options: SuggestOptions): Set<number> {
  const n = graph.ids.length
  const out = new Set<number>()
  const add = (x: string, y: string) => {
    const i = graph.index.get(x)
    const j = graph.index.get(y)
    if (i !== undefined && j !== undefined && i !== j) out.add(i < j ? i * n + j : j * n + i)
  }
  for (const intro of options.introductions) if (!intro.deletedAt) add(intro.a, intro.b)
  const now = options.now.getTime()
  for (const [key, until] of Object.entries(options.snoozedPairs)) {
    if (Date.parse(until) <= now) continue
    const [x, y] = key.split('|')
    if (x && y) add(x, y)
  }
  return out
}

/**
 * Bridge value of a pair: 1 when their clusters have no ties between them, falling to 0 when the
 * smaller cluster has on average one tie per member into the other.
 */
function bridgeValues(
  graph: PeopleGraph,
  clusters: DetectedClusters,
): (a: number, b: number) => number {
  const { clusterIndex } = clusters
  const k = clusters.clusters.length
  const links = new Map<number, number>()
  for (let i = 0; i < graph.ids.length; i++) {
    if (i === graph.owner) continue
    for (const j of graph.neighbors[i]!) {
      if (j <= i || j === graph.owner) continue
      const ci = clusterIndex[i]!
      const cj = clusterIndex[j]!
      if (ci === cj) continue
      const key = ci < cj ? ci * k + cj : cj * k + ci
      links.set(key, (links.get(key) ?? 0) + 1)
    }
  }
  return (a, b) => {
    const ca = clusters.clusters[clusterIndex[a]!]
    const cb = clusters.clusters[clusterIndex[b]!]
    if (!ca || !cb || ca.isolated || cb.isolated) return 1
    const ia = clusterIndex[a]!
    const ib = clusterIndex[b]!
    const between = links.get(ia < ib ? ia * k + ib : ib * k + ia) ?? 0
    return 1 - Math.min(1, between / Math.min(ca.members.length, cb.members.length))
  }
}
