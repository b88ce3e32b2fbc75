import type { NetworkSnapshot } from '../../../shared/ipc'

/**
 * A cheap key for everything the analysis reads. The snapshot is refreshed on every data change,
 * including layout saves after a drag; those must not re-run the analysis.
 */
export function analysisFingerprint(snapshot: NetworkSnapshot): string {
  const parts: string[] = [snapshot.ownerId ?? '']
  for (const list of [
    snapshot.people,
    snapshot.ties,
    snapshot.introductions,
    snapshot.clusterNames,
  ]) {
    let latest = ''
    for (const record of list) if (record.updatedAt > latest) latest = record.updatedAt
    parts.push(`${list.length}@${latest}`)
  }
  let latestInteraction = ''
  let participants = 0
  for (const i of snapshot.interactions) {
    if (i.at > latestInteraction) latestInteraction = i.at
    participants += i.participants.length
  }
  parts.push(`${snapshot.interactions.length}@${latestInteraction}/${participants}`)
  const s = snapshot.settings
  parts.push(
    s
      ? JSON.stringify([s.weights ?? null, s.interactionHalfLifeDays, s.snoozedPairs])
      : 'no-settings',
  )
  return parts.join('|')
}
