/**
 * The circle-recovery metric of McAuley & Leskovec, "Learning to Discover Social Circles in Ego
 * Networks" (NIPS 2012): each circle is matched to at most one detected cluster, one-to-one, by an
 * optimal assignment (Hungarian algorithm), then F1 and 1 - balanced error rate are averaged over
 * the circles.
 */
import { munkres } from 'munkres'

/** F1 of a detected cluster against a circle: 2|C ∩ D| / (|C| + |D|); 0 when both are empty. */
export function f1Score(circle: ReadonlySet<number>, cluster: ReadonlySet<number>): number {
  const total = circle.size + cluster.size
  return total === 0 ? 0 : (2 * overlap(circle, cluster)) / total
}

/**
 * 1 - BER, BER(C, D) = ½ (|C \ D| / |C| + |¬C \ ¬D| / |¬C|) within `universe` people: the mean of
 * the share of the circle found and the share of the rest correctly left out. An empty cluster
 * scores ½. With nobody outside the circle the second half counts as right.
 */
export function oneMinusBer(
  circle: ReadonlySet<number>,
  cluster: ReadonlySet<number>,
  universe: number,
): number {
  const tp = overlap(circle, cluster)
  const outside = universe - circle.size
  const trueNegatives = universe - circle.size - cluster.size + tp
  const tpr = circle.size === 0 ? 1 : tp / circle.size
  const tnr = outside <= 0 ? 1 : trueNegatives / outside
  return (tpr + tnr) / 2
}

function overlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let n = 0
  for (const x of small) if (large.has(x)) n++
  return n
}

export interface CircleScore {
  circle: number
  /** Index of the matched cluster, or -1. */
  cluster: number
  f1: number
  oneMinusBer: number
}

export interface CircleMatch {
  /** Mean over the scored circles. */
  f1: number
  oneMinusBer: number
  /** Circles scored (those with at least `minSize` members), in input order. */
  circles: CircleScore[]
}

/**
 * Optimal one-to-one assignment of circles to clusters maximising total F1 (ties broken towards
 * the lower BER). A circle left without a cluster, or matched to one it shares nobody with, scores
 * F1 0 and 1 - BER ½ (as against an empty cluster). `universe` is the number of friends.
 */
export function matchCircles(
  circles: readonly (readonly number[])[],
  clusters: readonly (readonly number[])[],
  universe: number,
  minSize = 3,
): CircleMatch {
  const kept = circles
    .map((members, index) => ({ index, set: new Set(members) }))
    .filter((c) => c.set.size >= minSize)
  const sets = clusters.map((c) => new Set(c)).filter((s) => s.size > 0)
  const clusterIndex = clusters
    .map((c, k) => ({ k, size: new Set(c).size }))
    .filter((c) => c.size > 0)
    .map((c) => c.k)
  const f1 = kept.map((c) => sets.map((s) => f1Score(c.set, s)))
  const ber = kept.map((c) => sets.map((s) => oneMinusBer(c.set, s, universe)))
  const assigned = new Map<number, number>()
  if (kept.length > 0 && sets.length > 0) {
    // Costs stay non-negative: 1 - F1, plus a tiny BER term so equal-F1 choices are not arbitrary.
    const cost = kept.map((_, r) => sets.map((_, c) => 1 - f1[r]![c]! + 1e-6 * (1 - ber[r]![c]!)))
    for (const [r, c] of munkres(cost)) assigned.set(r, c)
  }
  const scores: CircleScore[] = kept.map((c, r) => {
    const k = assigned.get(r)
    if (k === undefined || f1[r]![k]! === 0) {
      return { circle: c.index, cluster: -1, f1: 0, oneMinusBer: 0.5 }
    }
    return { circle: c.index, cluster: clusterIndex[k]!, f1: f1[r]![k]!, oneMinusBer: ber[r]![k]! }
  })
  const avg = (xs: number[]) =>
    xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length
  return {
    f1: avg(scores.map((s) => s.f1)),
    oneMinusBer: avg(scores.map((s) => s.oneMinusBer)),
    circles: scores,
  }
}
