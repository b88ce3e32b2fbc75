import type { Point } from '../../workers/layoutTypes'

export interface DropCandidate {
  id: string
  position: Point
  /** Rendered diameter in model units. */
  size: number
}

/**
 * The node a dragged node is dropped onto: the nearest one whose disc (plus a margin so small
 * nodes are easy to hit) contains the pointer. Null means the drop is on empty space.
 */
export function findDropTarget(
  pointer: Point,
  dragged: string,
  candidates: Iterable<DropCandidate>,
  margin: number,
): string | null {
  let best: string | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const c of candidates) {
    if (c.id === dragged) continue
    const d = Math.hypot(c.position.x - pointer.x, c.position.y - pointer.y)
    if (d <= c.size / 2 + margin && d < bestDistance) {
      best = c.id
      bestDistance = d
    }
  }
  return best
}
