import type { ElementDefinition } from 'cytoscape'

const classesOf = (e: ElementDefinition): string =>
  Array.isArray(e.classes) ? e.classes.join(' ') : (e.classes ?? '')

export interface ElementDiff {
  add: ElementDefinition[]
  remove: string[]
  update: { id: string; data?: Record<string, unknown>; classes?: string }[]
  move: { id: string; position: { x: number; y: number } }[]
}

function idOf(element: ElementDefinition): string {
  const id = element.data.id
  if (!id) throw new Error('map elements need ids')
  return id
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((k) => a[k] === b[k])
}

/**
 * What to change on the canvas to go from `previous` (what it shows, by id) to `next`. Positions
 * are compared with the previous *desired* position, not the canvas': a node the user just
 * dragged keeps its place until the data says otherwise.
 */
export function diffElements(
  previous: ReadonlyMap<string, ElementDefinition>,
  next: readonly ElementDefinition[],
): ElementDiff {
  const diff: ElementDiff = { add: [], remove: [], update: [], move: [] }
  const seen = new Set<string>()
  for (const element of next) {
    const id = idOf(element)
    seen.add(id)
    const before = previous.get(id)
    if (!before) {
      diff.add.push(element)
      continue
    }
    const data = element.data as Record<string, unknown>
    const old = before.data as Record<string, unknown>
    if (data.source !== old.source || data.target !== old.target) {
      // Cytoscape cannot move an edge's ends: replace it.
      diff.remove.push(id)
      diff.add.push(element)
      continue
    }
    const change: ElementDiff['update'][number] = { id }
    if (!sameData(old, data)) change.data = data
    if (classesOf(before) !== classesOf(element)) change.classes = classesOf(element)
    if (change.data || change.classes !== undefined) diff.update.push(change)
    const p = element.position
    const q = before.position
    if (p && (!q || p.x !== q.x || p.y !== q.y)) diff.move.push({ id, position: p })
  }
  for (const id of previous.keys()) if (!seen.has(id)) diff.remove.push(id)
  return diff
}

export function isEmptyDiff(diff: ElementDiff): boolean {
  return (
    diff.add.length === 0 &&
    diff.remove.length === 0 &&
    diff.update.length === 0 &&
    diff.move.length === 0
  )
}
