import { useEffect, type RefObject } from 'react'
import type { ElementDefinition } from 'cytoscape'
import type { NetworkSnapshot } from '../../../../shared/ipc'
import { useIoUi } from '../io/ioUi'
import { markFitted, useLikelyUi } from '../likely/likelyUi'
import type { MapController } from '../map/MapController'

/**
 * After an import, once the map draws its people, fits them (and the owner) into view, once per
 * import: the new people may have landed anywhere around an existing network.
 */
export function useFitAfterImport(
  controller: RefObject<MapController | null>,
  snapshot: NetworkSnapshot | null,
  elements: readonly ElementDefinition[] | null,
): void {
  const batch = useIoUi((s) => s.lastCommitted)
  const fitted = useLikelyUi((s) => s.fittedBatches)
  useEffect(() => {
    const cy = controller.current?.cy
    if (!batch || !snapshot || !elements || !cy || fitted.includes(batch.id)) return
    const ids = new Set(
      snapshot.people
        .filter((p) => !p.deletedAt && (p.importBatch === batch.id || p.isMe))
        .map((p) => p.id as string),
    )
    const nodes = cy.nodes().filter((n) => ids.has(n.id()))
    // Wait until the new people are drawn (the owner alone is not them).
    if (nodes.length < Math.min(2, ids.size)) return
    markFitted(batch.id)
    // Wider than the usual margin: the legend and the overview sit over the canvas's corners.
    cy.fit(nodes, 80)
    controller.current?.positionLabels()
  }, [controller, batch, snapshot, elements, fitted])
}
