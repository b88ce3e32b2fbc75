import type { NetworkAnalysis } from '../../../shared/graph'
import type { NetworkSnapshot } from '../../../shared/ipc'
import type { LayoutInput, Positions } from './layoutTypes'

/** People on the map that have no position yet (neither saved nor computed this session). */
export function unplaced(snapshot: NetworkSnapshot, known: Readonly<Positions>): string[] {
  return snapshot.people.filter((p) => !p.deletedAt && !known[p.id]).map((p) => p.id)
}

/** The layout worker's input for a snapshot: positions known so far are kept. */
export function layoutInputFor(
  snapshot: NetworkSnapshot,
  analysis: NetworkAnalysis | null,
  known: Readonly<Positions>,
  full = false,
  aspect = 1,
): LayoutInput {
  const live = snapshot.people.filter((p) => !p.deletedAt)
  return {
    nodes: live.map((p) => p.id),
    owner: snapshot.ownerId,
    edges: snapshot.ties
      .filter((t) => !t.deletedAt)
      .map((t) => ({ a: t.a, b: t.b, w: t.strength / 5 })),
    clusterOf: analysis?.clusterOf ?? {},
    saved: known,
    full,
    aspect,
  }
}
