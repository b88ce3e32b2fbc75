import type { Entry } from '../../../shared/domain'
import type { AnalysisInput } from '../../../shared/graph'
import type { NetworkSnapshot } from '../../../shared/ipc'

/**
 * The snapshot as the analysis reads it. The snapshot carries interactions without their private
 * text, so they become empty entries: the analysis only looks at who met when.
 */
export function snapshotToAnalysisInput(snapshot: NetworkSnapshot): AnalysisInput {
  const entries: Entry[] = snapshot.interactions.map((i) => ({
    kind: 'entry',
    id: i.id as Entry['id'],
    at: i.at,
    type: 'note',
    title: '',
    body: '',
    participants: i.participants as Entry['participants'],
    followUpDone: false,
    createdAt: i.at,
    updatedAt: i.at,
  }))
  const settings = snapshot.settings
  return {
    people: snapshot.people,
    ties: snapshot.ties,
    entries,
    introductions: snapshot.introductions,
    clusterNames: snapshot.clusterNames,
    settings: settings
      ? {
          weights: settings.weights,
          interactionHalfLifeDays: settings.interactionHalfLifeDays,
          snoozedPairs: settings.snoozedPairs,
        }
      : undefined,
  }
}
