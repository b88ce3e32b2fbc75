import type { Point } from '../../workers/layoutTypes'

export type Direction = 'left' | 'right' | 'up' | 'down'

const VECTORS: Record<Direction, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
}

/**
 * The candidate an arrow key should move to: the one within 70 degrees of the arrow's direction
 * that is nearest, with off-axis candidates counting as farther. Null when none lies that way.
 */
export function nextInDirection(
  from: Point,
  candidates: readonly { id: string; position: Point }[],
  direction: Direction,
): string | null {
  const v = VECTORS[direction]
  let best: string | null = null
  let bestScore = Number.POSITIVE_INFINITY
  for (const c of candidates) {
    const dx = c.position.x - from.x
    const dy = c.position.y - from.y
    const d = Math.hypot(dx, dy)
    if (d < 1e-6) continue
    const cos = (dx * v.x + dy * v.y) / d
    if (cos < Math.cos((70 * Math.PI) / 180)) continue
    const score = d * (2 - cos)
    if (score < bestScore) {
      bestScore = score
      best = c.id
    }
  }
  return best
}
