import type { ClusterAssignment } from './types'

/**
 * Gives each new group an id: the id of the previous cluster it overlaps most (Jaccard, greedy,
 * best overlaps first, each old id used once), otherwise `c-` + its smallest member id, which is
 * stable as long as that member stays.
 */
export function stableClusterIds(
  groups: readonly (readonly string[])[],
  previous: ClusterAssignment | undefined,
): string[] {
  const ids: (string | undefined)[] = groups.map(() => undefined)
  if (previous) {
    const previousSize = new Map<string, number>()
    for (const id of Object.values(previous)) previousSize.set(id, (previousSize.get(id) ?? 0) + 1)
    const pairs: { group: number; old: string; jaccard: number }[] = []
    groups.forEach((members, group) => {
      const overlap = new Map<string, number>()
      for (const m of members) {
        const old = previous[m]
        if (old !== undefined) overlap.set(old, (overlap.get(old) ?? 0) + 1)
      }
      for (const [old, shared] of overlap) {
        const jaccard = shared / (members.length + previousSize.get(old)! - shared)
        if (jaccard >= 0.3) pairs.push({ group, old, jaccard })
      }
    })
    pairs.sort((x, y) => y.jaccard - x.jaccard || x.group - y.group || (x.old < y.old ? -1 : 1))
    const used = new Set<string>()
    for (const { group, old } of pairs) {
      if (ids[group] !== undefined || used.has(old)) continue
      ids[group] = old
      used.add(old)
    }
  }
  const taken = new Set(ids.filter((id): id is string => id !== undefined))
  return groups.map((members, group) => {
    const kept = ids[group]
    if (kept !== undefined) return kept
    let id = `c-${[...members].sort()[0] ?? group}`
    for (let k = 2; taken.has(id); k++) id = `c-${[...members].sort()[0] ?? group}-${k}`
    taken.add(id)
    return id
  })
}
