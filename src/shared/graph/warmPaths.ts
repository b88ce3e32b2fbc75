import { buildGraph, type PeopleGraph } from './buildGraph'
import type { AnalysisInput, WarmPath } from './types'

/**
 * The k strongest chains from the owner to `target`, one per introducer (the owner's contact who
 * starts the chain), strongest first. A chain's strength is the product of its tie weights, each
 * capped at 1; a direct tie to the target is listed first with no introducer.
 */
export function warmPaths(
  input: AnalysisInput,
  target: string,
  options: { now: Date; k?: number },
): WarmPath[] {
  return warmPathsInGraph(buildGraph(input, options.now), target, options.k ?? 3)
}

export function warmPathsInGraph(graph: PeopleGraph, target: string, k: number): WarmPath[] {
  const t = graph.index.get(target)
  const owner = graph.owner
  if (t === undefined || owner < 0 || t === owner || k <= 0) return []
  const { cost, next } = dijkstraFrom(graph, t)
  const out: { path: number[]; introducer: number; strength: number }[] = []
  const ns = graph.neighbors[owner]!
  const ws = graph.weights[owner]!
  for (let x = 0; x < ns.length; x++) {
    const first = ns[x]!
    if (first === t || !Number.isFinite(cost[first]!)) continue
    const path = [owner, first]
    for (let v: number = first; v !== t;) {
      v = next[v]!
      path.push(v)
    }
    out.push({ path, introducer: first, strength: Math.min(1, ws[x]!) * Math.exp(-cost[first]!) })
  }
  out.sort((a, b) => b.strength - a.strength || a.introducer - b.introducer)
  const paths: WarmPath[] = []
  const direct = ns.indexOf(t)
  if (direct >= 0) {
    paths.push({
      people: [graph.ids[owner]!, graph.ids[t]!],
      introducer: null,
      strength: Math.min(1, graph.weights[owner]![direct]!),
      text: `You know ${graph.people[t]!.name} directly`,
    })
  }
  for (const p of out) {
    if (paths.length >= k) break
    paths.push({
      people: p.path.map((i) => graph.ids[i]!),
      introducer: graph.ids[p.introducer]!,
      strength: p.strength,
      text: describe(graph, p.path),
    })
  }
  return paths
}

function describe(graph: PeopleGraph, path: number[]): string {
  const names = path.map((i) => graph.people[i]!.name)
  const chain = names.slice(2).map((name, x) => (x === 0 ? `knows ${name}` : `who knows ${name}`))
  return `Ask ${names[1]!}: ${names[1]!} ${chain.join(', ')}`
}

/** Dijkstra from the target with cost -log(weight), owner removed; `next` points toward the target. */
function dijkstraFrom(
  graph: PeopleGraph,
  source: number,
): { cost: Float64Array; next: Int32Array } {
  const n = graph.ids.length
  const cost = new Float64Array(n).fill(Number.POSITIVE_INFINITY)
  const next = new Int32Array(n).fill(-1)
  const done = new Uint8Array(n)
  cost[source] = 0
  const heap = new MinHeap()
  heap.push(0, source)
  while (heap.size > 0) {
    const v = heap.pop()
    if (done[v]) continue
    done[v] = 1
    const ns = graph.neighbors[v]!
    const ws = graph.weights[v]!
    for (let x = 0; x < ns.length; x++) {
      const u = ns[x]!
      if (u === graph.owner || done[u]) continue
      const c = cost[v]! - Math.log(Math.min(1, ws[x]!))
      // Ties broken toward the smaller index so paths are deterministic.
      if (c < cost[u]! || (c === cost[u]! && v < next[u]!)) {
        cost[u] = c
        next[u] = v
        heap.push(c, u)
      }
    }
  }
  return { cost, next }
}

class MinHeap {
  private keys: number[] = []
  private values: number[] = []
  get size(): number {
    return this.keys.length
  }
  push(key: number, value: number): void {
    const { keys, values } = this
    let i = keys.length
    keys.push(key)
    values.push(value)
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (keys[parent]! <= key) break
      keys[i] = keys[parent]!
      values[i] = values[parent]!
      i = parent
    }
    keys[i] = key
    values[i] = value
  }
  pop(): number {
    const { keys, values } = this
    const top = values[0]!
    const lastKey = keys.pop()!
    const lastValue = values.pop()!
    if (keys.length > 0) {
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        if (l >= keys.length) break
        const r = l + 1
        const child = r < keys.length && keys[r]! < keys[l]! ? r : l
        if (keys[child]! >= lastKey) break
        keys[i] = keys[child]!
        values[i] = values[child]!
        i = child
      }
      keys[i] = lastKey
      values[i] = lastValue
    }
    return top
  }
}
