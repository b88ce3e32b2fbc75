import type { LayoutEdge, Positions } from './layoutTypes'

/**
 * Mean length of ties between clusters divided by the mean length of ties inside clusters,
 * ignoring the owner's ties (they all radiate from the centre). Above 1 means clusters are
 * visibly apart; NaN when either kind of tie is missing.
 */
export function clusterSeparation(
  positions: Positions,
  edges: readonly LayoutEdge[],
  clusterOf: Readonly<Record<string, string>>,
  owner: string | null,
): number {
  let within = 0
  let withinCount = 0
  let between = 0
  let betweenCount = 0
  for (const e of edges) {
    if (e.a === owner || e.b === owner) continue
    const p = positions[e.a]
    const q = positions[e.b]
    const ca = clusterOf[e.a]
    const cb = clusterOf[e.b]
    if (!p || !q || ca === undefined || cb === undefined) continue
    const d = Math.hypot(p.x - q.x, p.y - q.y)
    if (ca === cb) {
      within += d
      withinCount++
    } else {
      between += d
      betweenCount++
    }
  }
  if (withinCount === 0 || betweenCount === 0) return Number.NaN
  return between / betweenCount / (within / withinCount)
}
