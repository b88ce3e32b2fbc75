import { seededRandom } from '../../../shared/graph'
import { layoutCluster } from './clusterLayout'
import type { LayoutEdge, LayoutInput, LayoutResult, Point, Positions } from './layoutTypes'
import { layoutMeta } from './metaLayout'

const DEFAULT_SPACING = 42
/** Below this share of people with a saved position, the whole map is laid out afresh. */
const FULL_LAYOUT_BELOW = 0.5
const UNCLUSTERED = '\u0000none'

/**
 * The map's layout pipeline. A full layout places each cluster's members with ForceAtlas2 on the
 * cluster alone, then places the clusters as discs around the owner (who sits at the centre), so
 * clusters are separated by construction and the cost is the sum over small clusters instead of
 * one big force simulation. Otherwise saved positions are kept and new people are placed next to
 * the people they are tied to.
 */
export function layoutNetwork(input: LayoutInput): LayoutResult {
  const spacing = input.spacing ?? DEFAULT_SPACING
  const rng = seededRandom(input.seed ?? 0x4b17)
  const others = input.nodes.filter((id) => id !== input.owner)
  const savedCount = input.full ? 0 : others.filter((id) => input.saved[id]).length
  if (others.length > 0 && savedCount < others.length * FULL_LAYOUT_BELOW) {
    return {
      positions: fullLayout(input, others, spacing, rng),
      placed: [...input.nodes],
      mode: 'full',
    }
  }
  return placeNew(input, spacing, rng)
}

function fullLayout(
  input: LayoutInput,
  others: readonly string[],
  spacing: number,
  rng: () => number,
): Positions {
  const groups = new Map<string, string[]>()
  for (const id of others) {
    const c = input.clusterOf[id] ?? UNCLUSTERED
    let list = groups.get(c)
    if (!list) groups.set(c, (list = []))
    list.push(id)
  }
  const groupOf = new Map<string, string>()
  for (const [c, members] of groups) for (const m of members) groupOf.set(m, c)
  const inside = new Map<string, LayoutEdge[]>()
  const links = new Map<string, number>()
  for (const e of input.edges) {
    const ca = groupOf.get(e.a)
    const cb = groupOf.get(e.b)
    if (ca === undefined || cb === undefined) continue
    if (ca === cb) {
      let list = inside.get(ca)
      if (!list) inside.set(ca, (list = []))
      list.push(e)
    } else {
      const key = ca < cb ? `${ca}\u0000${cb}` : `${cb}\u0000${ca}`
      links.set(key, (links.get(key) ?? 0) + e.w)
    }
  }
  const ids = [...groups.keys()].sort(
    (x, y) => groups.get(y)!.length - groups.get(x)!.length || (x < y ? -1 : 1),
  )
  const radius = (size: number) => spacing * Math.sqrt(size) * 0.62 + spacing * 0.5
  const centres = layoutMeta(
    ids.map((id) => ({ id, radius: radius(groups.get(id)!.length) })),
    links,
    spacing * 3,
    spacing * 2.5,
    Math.min(3, Math.max(1 / 3, input.aspect ?? 1)),
  )
  stretchToAspect(centres, input.aspect ?? 1)
  const positions: Positions = {}
  if (input.owner) positions[input.owner] = { x: 0, y: 0 }
  for (const id of ids) {
    const members = groups.get(id)!
    const centre = centres.get(id)!
    const local = layoutCluster(members, inside.get(id) ?? [], radius(members.length), rng)
    for (const [m, p] of local) positions[m] = round({ x: centre.x + p.x, y: centre.y + p.y })
  }
  return positions
}

/**
 * Spreads cluster centres sideways (or up) until their spread matches the view's shape. Only
 * stretching, never squeezing, so discs that did not overlap still do not.
 */
function stretchToAspect(centres: Map<string, Point>, aspect: number): void {
  if (centres.size < 3) return
  let w = 0
  let h = 0
  for (const p of centres.values()) {
    w = Math.max(w, Math.abs(p.x))
    h = Math.max(h, Math.abs(p.y))
  }
  if (w <= 0 || h <= 0) return
  const target = Math.min(2.5, Math.max(0.4, aspect))
  const sx = Math.min(1.8, Math.max(1, (target * h) / w))
  const sy = Math.min(1.8, Math.max(1, w / (target * h)))
  for (const p of centres.values()) {
    p.x *= sx
    p.y *= sy
  }
}

function placeNew(input: LayoutInput, spacing: number, rng: () => number): LayoutResult {
  const positions: Positions = {}
  const missing: string[] = []
  for (const id of input.nodes) {
    const p = input.saved[id]
    if (p) positions[id] = { x: p.x, y: p.y }
    else if (id === input.owner) positions[id] = { x: 0, y: 0 }
    else missing.push(id)
  }
  if (input.owner && !input.saved[input.owner] && missing.length === 0) {
    return { positions, placed: [input.owner], mode: 'incremental' }
  }
  if (missing.length === 0) return { positions, placed: [], mode: 'unchanged' }
  const neighbours = new Map<string, string[]>()
  for (const e of input.edges) {
    if (e.a === input.owner || e.b === input.owner) continue
    ;(neighbours.get(e.a) ?? neighbours.set(e.a, []).get(e.a)!).push(e.b)
    ;(neighbours.get(e.b) ?? neighbours.set(e.b, []).get(e.b)!).push(e.a)
  }
  const placed: string[] = []
  let todo = missing
  // Repeated passes let a chain of new people grow outwards from the known part of the map.
  for (let pass = 0; pass < 5 && todo.length > 0; pass++) {
    const next: string[] = []
    for (const id of todo) {
      const known = (neighbours.get(id) ?? [])
        .map((n) => positions[n])
        .filter((p) => p !== undefined)
      if (known.length === 0) {
        next.push(id)
        continue
      }
      positions[id] = round(jitter(mean(known), spacing, rng))
      placed.push(id)
    }
    if (next.length === todo.length) break
    todo = next
  }
  for (const id of todo) {
    positions[id] = round(
      jitter(clusterCentre(id, input, positions) ?? outerRing(positions), spacing * 1.5, rng),
    )
    placed.push(id)
  }
  if (input.owner && !input.saved[input.owner]) placed.push(input.owner)
  return { positions, placed, mode: 'incremental' }
}

function clusterCentre(id: string, input: LayoutInput, positions: Positions): Point | null {
  const c = input.clusterOf[id]
  if (c === undefined) return null
  const members: Point[] = []
  for (const other of input.nodes) {
    const p = positions[other]
    if (other !== id && p && input.clusterOf[other] === c) members.push(p)
  }
  return members.length > 0 ? mean(members) : null
}

function outerRing(positions: Positions): Point {
  let r = 0
  for (const p of Object.values(positions)) r = Math.max(r, Math.hypot(p.x, p.y))
  return { x: r + 80, y: 0 }
}

function mean(points: readonly Point[]): Point {
  let x = 0
  let y = 0
  for (const p of points) {
    x += p.x
    y += p.y
  }
  return { x: x / points.length, y: y / points.length }
}

function jitter(p: Point, amount: number, rng: () => number): Point {
  const angle = rng() * 2 * Math.PI
  const r = amount * (0.6 + 0.4 * rng())
  return { x: p.x + r * Math.cos(angle), y: p.y + r * Math.sin(angle) }
}

function round(p: Point): Point {
  return { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 }
}
