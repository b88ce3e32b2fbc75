import type { Point } from './layoutTypes'

export interface MetaCluster {
  id: string
  radius: number
}

/**
 * Places clusters as discs around the owner: heavily connected clusters attract, discs never
 * overlap (with a gap), and everything stays outside a small hole where the owner sits.
 * A few hundred iterations over at most a few hundred discs: milliseconds.
 */
export function layoutMeta(
  clusters: readonly MetaCluster[],
  links: ReadonlyMap<string, number>,
  gap: number,
  hole: number,
  aspect = 1,
): Map<string, Point> {
  const n = clusters.length
  const out = new Map<string, Point>()
  if (n === 0) return out
  if (n === 1) {
    const only = clusters[0]!
    out.set(only.id, { x: hole + only.radius + gap, y: 0 })
    return out
  }
  const index = new Map(clusters.map((c, i) => [c.id, i]))
  const r = clusters.map((c) => c.radius)
  const totalArea = r.reduce((sum, x) => sum + (x + gap) * (x + gap), 0)
  const ring = hole + Math.sqrt(totalArea) * 0.9
  const xs = new Float64Array(n)
  const ys = new Float64Array(n)
  // Start on a ring, biggest first, so the result does not depend on a random draw.
  clusters.forEach((_, i) => {
    const angle = (2 * Math.PI * i) / n
    xs[i] = ring * Math.sqrt(aspect) * Math.cos(angle)
    ys[i] = (ring / Math.sqrt(aspect)) * Math.sin(angle)
  })
  const pairs: [number, number, number][] = []
  let maxW = 0
  for (const [key, w] of links) {
    const [a, b] = key.split('\u0000')
    const i = index.get(a!)
    const j = index.get(b!)
    if (i === undefined || j === undefined || i === j) continue
    pairs.push([i, j, w])
    maxW = Math.max(maxW, w)
  }
  const iterations = 300
  for (let it = 0; it < iterations; it++) {
    const cool = 1 - it / iterations
    const fx = new Float64Array(n)
    const fy = new Float64Array(n)
    for (const [i, j, w] of pairs) {
      const dx = xs[j]! - xs[i]!
      const dy = ys[j]! - ys[i]!
      const d = Math.hypot(dx, dy) || 1
      const rest = r[i]! + r[j]! + gap
      const pull = (0.05 * (w / maxW) * (d - rest)) / d
      fx[i]! += dx * pull
      fy[i]! += dy * pull
      fx[j]! -= dx * pull
      fy[j]! -= dy * pull
    }
    for (let i = 0; i < n; i++) {
      // Gentle gravity keeps the picture compact around the owner, weaker along the long side.
      fx[i]! -= (xs[i]! * 0.01) / aspect
      fy[i]! -= ys[i]! * 0.01 * aspect
    }
    for (let i = 0; i < n; i++) {
      xs[i]! += fx[i]! * cool
      ys[i]! += fy[i]! * cool
    }
    resolveOverlaps(xs, ys, r, gap, hole)
  }
  for (let pass = 0; pass < 50; pass++) if (!resolveOverlaps(xs, ys, r, gap, hole)) break
  clusters.forEach((c, i) => out.set(c.id, { x: xs[i]!, y: ys[i]! }))
  return out
}

/** Pushes overlapping discs apart; returns whether anything moved. */
function resolveOverlaps(
  xs: Float64Array,
  ys: Float64Array,
  r: readonly number[],
  gap: number,
  hole: number,
): boolean {
  const n = xs.length
  let moved = false
  for (let i = 0; i < n; i++) {
    const d0 = Math.hypot(xs[i]!, ys[i]!) || 1e-6
    const min0 = hole + r[i]! + gap
    if (d0 < min0) {
      xs[i] = (xs[i]! / d0) * min0 || min0
      ys[i] = (ys[i]! / d0) * min0
      moved = true
    }
    for (let j = i + 1; j < n; j++) {
      const dx = xs[j]! - xs[i]!
      const dy = ys[j]! - ys[i]!
      const d = Math.hypot(dx, dy) || 1e-6
      const min = r[i]! + r[j]! + gap
      if (d >= min) continue
      const push = (min - d) / 2 / d
      xs[i]! -= dx * push
      ys[i]! -= dy * push
      xs[j]! += dx * push
      ys[j]! += dy * push
      moved = true
    }
  }
  return moved
}
