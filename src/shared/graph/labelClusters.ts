import type { ClusterName, Person } from '../domain'

export interface ClusterLabel {
  label: string
  named: boolean
  nameId?: string
}

/**
 * A user's ClusterName wins when its member list overlaps the cluster (Jaccard >= 0.5, each name
 * used once); otherwise the most distinctive tag or organization (share inside the cluster times
 * rarity outside), otherwise "Cluster N".
 */
export function labelClusters(
  groups: readonly (readonly Person[])[],
  allPeople: readonly Person[],
  names: readonly ClusterName[],
): ClusterLabel[] {
  const labels: (ClusterLabel | undefined)[] = groups.map(() => undefined)
  const pairs: { group: number; name: ClusterName; jaccard: number }[] = []
  groups.forEach((members, group) => {
    const ids = new Set(members.map((m) => m.id as string))
    for (const name of names) {
      let shared = 0
      for (const m of name.members) if (ids.has(m)) shared++
      const jaccard = shared / (ids.size + name.members.length - shared)
      if (jaccard >= 0.5) pairs.push({ group, name, jaccard })
    }
  })
  pairs.sort(
    (x, y) => y.jaccard - x.jaccard || x.group - y.group || (x.name.id < y.name.id ? -1 : 1),
  )
  const usedNames = new Set<string>()
  for (const { group, name } of pairs) {
    if (labels[group] || usedNames.has(name.id)) continue
    labels[group] = { label: name.name, named: true, nameId: name.id }
    usedNames.add(name.id)
  }

  const total = countFeatures(allPeople)
  const n = Math.max(1, allPeople.length)
  let unnamed = 0
  return groups.map((members, group) => {
    const named = labels[group]
    if (named) return named
    unnamed++
    const inside = countFeatures(members)
    let best: { text: string; score: number } | undefined
    for (const [key, { count, text }] of inside) {
      if (count < 2 || count < 0.25 * members.length) continue
      const score = (count / members.length) * Math.log(n / total.get(key)!.count + 1)
      if (!best || score > best.score || (score === best.score && text < best.text))
        best = { text, score }
    }
    return { label: best?.text ?? `Cluster ${unnamed}`, named: false }
  })
}

function countFeatures(people: readonly Person[]): Map<string, { count: number; text: string }> {
  const counts = new Map<string, { count: number; text: string }>()
  for (const p of people) {
    const features = new Set<string>()
    const texts = new Map<string, string>()
    for (const tag of p.tags) {
      features.add(`t:${tag.toLowerCase()}`)
      texts.set(`t:${tag.toLowerCase()}`, tag)
    }
    if (p.organization) {
      features.add(`o:${p.organization.toLowerCase()}`)
      texts.set(`o:${p.organization.toLowerCase()}`, p.organization)
    }
    for (const f of features) {
      const seen = counts.get(f)
      if (seen) seen.count++
      else counts.set(f, { count: 1, text: texts.get(f)! })
    }
  }
  return counts
}
