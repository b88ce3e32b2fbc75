import { describe, expect, it } from 'vitest'
import { clusterSeparation } from '../../../src/renderer/src/workers/layoutMetrics'
import { layoutNetwork } from '../../../src/renderer/src/workers/layoutNetwork'
import type { LayoutEdge, LayoutInput } from '../../../src/renderer/src/workers/layoutTypes'
import { seededRandom } from '../../../src/shared/graph'

/** Three communities of 30 with 85% of ties inside, plus an owner tied to a few of everyone. */
function communities(): LayoutInput {
  const rng = seededRandom(3)
  const nodes = ['me']
  const clusterOf: Record<string, string> = {}
  for (let i = 0; i < 90; i++) {
    nodes.push(`p${i}`)
    clusterOf[`p${i}`] = `c${Math.floor(i / 30)}`
  }
  const edges: LayoutEdge[] = []
  for (let i = 0; i < 90; i++) {
    for (let k = 0; k < 3; k++) {
      const c = Math.floor(i / 30)
      const j = rng() < 0.85 ? c * 30 + Math.floor(rng() * 30) : Math.floor(rng() * 90)
      if (j !== i) edges.push({ a: `p${i}`, b: `p${j}`, w: 0.6 })
    }
    if (i % 7 === 0) edges.push({ a: 'me', b: `p${i}`, w: 1 })
  }
  return { nodes, owner: 'me', edges, clusterOf, saved: {} }
}

describe('layoutNetwork', () => {
  const input = communities()
  const result = layoutNetwork(input)

  it('lays everybody out, owner at the centre, when nothing is saved', () => {
    expect(result.mode).toBe('full')
    expect(Object.keys(result.positions)).toHaveLength(91)
    expect(result.positions.me).toEqual({ x: 0, y: 0 })
    for (const p of Object.values(result.positions)) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true)
    }
    expect(result.placed).toHaveLength(91)
  })

  it('separates clusters: ties between clusters are much longer than ties inside', () => {
    expect(clusterSeparation(result.positions, input.edges, input.clusterOf, 'me')).toBeGreaterThan(
      2,
    )
  })

  it('keeps people apart: no two share a spot', () => {
    const seen = new Set(
      Object.values(result.positions).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`),
    )
    expect(seen.size).toBe(91)
  })

  it('is deterministic for a seed', () => {
    expect(layoutNetwork(input).positions).toEqual(result.positions)
  })

  it('reuses saved positions and places a newcomer next to the people they know', () => {
    const next = layoutNetwork({
      ...input,
      nodes: [...input.nodes, 'new'],
      edges: [...input.edges, { a: 'new', b: 'p3', w: 1 }, { a: 'new', b: 'p4', w: 1 }],
      saved: result.positions,
    })
    expect(next.mode).toBe('incremental')
    expect(next.placed).toEqual(['new'])
    expect(next.positions.p10).toEqual(result.positions.p10)
    const p3 = result.positions.p3!
    const p4 = result.positions.p4!
    const mid = { x: (p3.x + p4.x) / 2, y: (p3.y + p4.y) / 2 }
    const far = layoutNetwork({ ...input, saved: result.positions }).positions
    expect(Math.hypot(next.positions.new!.x - mid.x, next.positions.new!.y - mid.y)).toBeLessThan(
      60,
    )
    expect(far).toEqual(result.positions)
  })

  it('places somebody with no ties near their cluster', () => {
    const next = layoutNetwork({
      ...input,
      nodes: [...input.nodes, 'loner'],
      clusterOf: { ...input.clusterOf, loner: 'c2' },
      saved: result.positions,
    })
    const members = Object.keys(input.clusterOf).filter((id) => input.clusterOf[id] === 'c2')
    const cx = members.reduce((s, id) => s + result.positions[id]!.x, 0) / members.length
    const cy = members.reduce((s, id) => s + result.positions[id]!.y, 0) / members.length
    expect(Math.hypot(next.positions.loner!.x - cx, next.positions.loner!.y - cy)).toBeLessThan(80)
  })

  it('lays everything out again when asked, even with saved positions', () => {
    const moved = { ...result.positions, p1: { x: 9999, y: 9999 } }
    const again = layoutNetwork({ ...input, saved: moved, full: true })
    expect(again.mode).toBe('full')
    expect(again.positions.p1).toEqual(result.positions.p1)
  })
})
