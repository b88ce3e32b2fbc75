import { analyzeNetwork } from '../../src/shared/graph'
import { layoutNetwork } from '../../src/renderer/src/workers/layoutNetwork'
import { clusterSeparation } from '../../src/renderer/src/workers/layoutMetrics'
import type { LayoutEdge } from '../../src/renderer/src/workers/layoutTypes'
import { generateNetwork } from '../lib-graph/generateNetwork'

export interface LayoutMeasurement {
  people: number
  ties: number
  ms: number
  separation: number
}

/** Times the full layout (clusters from the real analysis) on a generated network of `people`. */
export function measureLayout(people: number, seed = 7): LayoutMeasurement {
  const input = generateNetwork(people, 4, seed)
  const analysis = analyzeNetwork(input, { now: new Date('2026-06-01T00:00:00Z'), limit: 10 })
  const edges: LayoutEdge[] = input.ties.map((t) => ({ a: t.a, b: t.b, w: t.strength / 5 }))
  const nodes = input.people.map((p) => p.id)
  const started = performance.now()
  const result = layoutNetwork({
    nodes,
    owner: analysis.owner,
    edges,
    clusterOf: analysis.clusterOf,
    saved: {},
  })
  const ms = performance.now() - started
  return {
    people,
    ties: edges.length,
    ms,
    separation: clusterSeparation(result.positions, edges, analysis.clusterOf, analysis.owner),
  }
}
