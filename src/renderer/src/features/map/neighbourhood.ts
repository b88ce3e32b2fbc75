/** Adjacency lists from undirected pairs. */
export function buildNeighbourhood(
  pairs: readonly { a: string; b: string }[],
): Map<string, string[]> {
  const out = new Map<string, string[]>()
  const add = (x: string, y: string) => {
    let list = out.get(x)
    if (!list) out.set(x, (list = []))
    list.push(y)
  }
  for (const { a, b } of pairs) {
    add(a, b)
    add(b, a)
  }
  return out
}

/** Everybody at most `depth` ties from `start` (breadth-first), `start` included. */
export function withinDepth(
  adjacency: ReadonlyMap<string, readonly string[]>,
  start: string,
  depth: number,
): Set<string> {
  const seen = new Set([start])
  let frontier = [start]
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = []
    for (const id of frontier) {
      for (const n of adjacency.get(id) ?? []) {
        if (seen.has(n)) continue
        seen.add(n)
        next.push(n)
      }
    }
    frontier = next
  }
  return seen
}
