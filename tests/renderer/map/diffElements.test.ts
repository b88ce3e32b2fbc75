import cytoscape, { type ElementDefinition } from 'cytoscape'
import { describe, expect, it } from 'vitest'
import { applyDiff } from '../../../src/renderer/src/features/map/applyDiff'
import { diffElements, isEmptyDiff } from '../../../src/renderer/src/features/map/diffElements'

const node = (
  id: string,
  x: number,
  classes = 'person',
  extra: Record<string, unknown> = {},
): ElementDefinition => ({
  group: 'nodes',
  data: { id, label: id, ...extra },
  classes,
  position: { x, y: 0 },
})
const edge = (id: string, source: string, target: string, width = 1): ElementDefinition => ({
  group: 'edges',
  data: { id, source, target, width },
  classes: 'tie',
})
const byId = (els: ElementDefinition[]) => new Map(els.map((e) => [e.data.id!, e]))

describe('diffElements', () => {
  const before = [node('a', 0), node('b', 10), node('c', 20), edge('ab', 'a', 'b')]

  it('finds nothing to do for the same elements', () => {
    expect(
      isEmptyDiff(
        diffElements(
          byId(before),
          before.map((e) => ({ ...e })),
        ),
      ),
    ).toBe(true)
  })

  it('adds, removes, updates data and classes, and moves', () => {
    const after = [
      node('a', 0, 'person dim'),
      node('b', 15),
      node('d', 30),
      edge('ab', 'a', 'b', 3),
      edge('bd', 'b', 'd'),
    ]
    const diff = diffElements(byId(before), after)
    expect(diff.add.map((e) => e.data.id)).toEqual(['d', 'bd'])
    expect(diff.remove).toEqual(['c'])
    expect(diff.update).toEqual([
      { id: 'a', classes: 'person dim' },
      { id: 'ab', data: after[3]!.data },
    ])
    expect(diff.move).toEqual([{ id: 'b', position: { x: 15, y: 0 } }])
  })

  it('replaces an edge whose ends changed', () => {
    const diff = diffElements(byId(before), [...before.slice(0, 3), edge('ab', 'a', 'c')])
    expect(diff.remove).toEqual(['ab'])
    expect(diff.add.map((e) => e.data.target as string)).toEqual(['c'])
  })
})

describe('applyDiff on a headless Cytoscape', () => {
  it('ends with exactly the next elements, in one batch', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false })
    applyDiff(cy, diffElements(new Map(), [node('a', 0), node('b', 10), edge('ab', 'a', 'b')]))
    const previous = byId([node('a', 0), node('b', 10), edge('ab', 'a', 'b')])
    const next = [node('a', 5, 'person owner'), node('c', 20), edge('ac', 'a', 'c')]
    let batches = 0
    const originalBatch = cy.batch.bind(cy)
    cy.batch = (fn: () => void) => {
      batches++
      return originalBatch(fn)
    }
    applyDiff(cy, diffElements(previous, next))
    expect(batches).toBe(1)
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['a', 'c'])
    expect(cy.edges().map((e) => e.id())).toEqual(['ac'])
    expect(cy.getElementById('a').position()).toEqual({ x: 5, y: 0 })
    expect(cy.getElementById('a').hasClass('owner')).toBe(true)
    cy.destroy()
  })

  it('does not move a node the user is holding', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false })
    applyDiff(cy, diffElements(new Map(), [node('a', 0)]))
    cy.getElementById('a').grabify()
    // Cytoscape has no public "grab" for tests; `grabbed()` reads this flag.
    ;(cy.getElementById('a') as unknown as { _private: { grabbed: boolean } })._private.grabbed =
      true
    applyDiff(cy, diffElements(byId([node('a', 0)]), [node('a', 50)]))
    expect(cy.getElementById('a').position().x).toBe(0)
    cy.destroy()
  })
})
