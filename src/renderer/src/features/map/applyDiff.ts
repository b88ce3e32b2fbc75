import type { Core } from 'cytoscape'
import type { ElementDiff } from './diffElements'

/** Applies a diff in one batch, so Cytoscape restyles and redraws once. */
export function applyDiff(cy: Core, diff: ElementDiff): void {
  cy.batch(() => {
    if (diff.remove.length > 0) {
      let gone = cy.collection()
      for (const id of diff.remove) gone = gone.union(cy.getElementById(id))
      // Edges attached to removed nodes go with them; removing them again is harmless.
      cy.remove(gone)
    }
    const nodes = diff.add.filter((e) => e.group === 'nodes')
    const edges = diff.add.filter((e) => e.group !== 'nodes')
    if (nodes.length > 0) cy.add(nodes)
    if (edges.length > 0) cy.add(edges)
    for (const change of diff.update) {
      const element = cy.getElementById(change.id)
      if (element.empty()) continue
      if (change.data) element.data(change.data)
      if (change.classes !== undefined) element.classes(change.classes)
    }
    for (const { id, position } of diff.move) {
      const element = cy.getElementById(id)
      if (!element.empty() && element.isNode() && !element.grabbed()) element.position(position)
    }
  })
}
