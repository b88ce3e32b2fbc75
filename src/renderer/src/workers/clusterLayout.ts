import forceAtlas2 from 'graphology-layout-forceatlas2'
import { UndirectedGraph } from 'graphology'
import type { LayoutEdge, Point } from './layoutTypes'

/** Above this size Barnes-Hut keeps ForceAtlas2's repulsion at n log n. */
const BARNES_HUT_FROM = 400

/**
 * Lays out one cluster alone, centred on (0, 0) and scaled so most members sit inside `radius`.
 * Clusters are small next to the whole network, which is why the whole pipeline stays fast.
 */
export function layoutCluster(
  members: readonly string[],
  edges: readonly LayoutEdge[],
  radius: number,
  rng: () => number,
): Map<string, Point> {
  const out = new Map<string, Point>()
  if (members.length === 0) return out
  if (members.length === 1) {
    out.set(members[0]!, { x: 0, y: 0 })
    return out
  }
  if (edges.length === 0) return sunflower(members, radius)
  const graph = new UndirectedGraph()
  for (const id of members) graph.addNode(id, { x: rng() * 100 - 50, y: rng() * 100 - 50 })
  for (const e of edges) {
    if (e.a === e.b || !graph.hasNode(e.a) || !graph.hasNode(e.b)) continue
    graph.mergeEdge(e.a, e.b, { weight: e.w })
  }
  const n = members.length
  const settings = forceAtlas2.inferSettings(graph)
  settings.barnesHutOptimize = n >= BARNES_HUT_FROM
  settings.gravity = 1
  settings.strongGravityMode = true
  const iterations = n < 100 ? 150 : n < 1000 ? 100 : 60
  forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' })
  const raw: [string, Point][] = []
  graph.forEachNode((id, attrs) => raw.push([id, { x: attrs.x as number, y: attrs.y as number }]))
  return fitInto(raw, radius)
}

/** Evenly filled disc (Vogel's spiral): for groups with no ties among themselves. */
export function sunflower(members: readonly string[], radius: number): Map<string, Point> {
  const out = new Map<string, Point>()
  const golden = Math.PI * (3 - Math.sqrt(5))
  const n = members.length
  members.forEach((id, i) => {
    const r = radius * Math.sqrt((i + 0.5) / n)
    out.set(id, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) })
  })
  return out
}

/** Recentres on the centroid and scales the 90th-percentile distance to `radius`. */
function fitInto(raw: [string, Point][], radius: number): Map<string, Point> {
  let cx = 0
  let cy = 0
  for (const [, p] of raw) {
    cx += p.x
    cy += p.y
  }
  cx /= raw.length
  cy /= raw.length
  const distances = raw.map(([, p]) => Math.hypot(p.x - cx, p.y - cy)).sort((a, b) => a - b)
  const r90 = distances[Math.floor(distances.length * 0.9)] ?? 1
  const scale = r90 > 1e-9 ? radius / r90 : 1
  const out = new Map<string, Point>()
  for (const [id, p] of raw) {
    // Outliers (members with no tie inside the cluster) are pulled back to the rim.
    let x = (p.x - cx) * scale
    let y = (p.y - cy) * scale
    const d = Math.hypot(x, y)
    if (d > radius * 1.15) {
      x *= (radius * 1.15) / d
      y *= (radius * 1.15) / d
    }
    out.set(id, { x, y })
  }
  return out
}
