import {
  EVIDENCE_KIND_NAMES,
  personEvidence,
  SpellingTally,
  type ClusterName,
  type EvidenceKind,
  type Person,
  type PersonEvidence,
} from '../domain'

export interface ClusterLabel {
  label: string
  named: boolean
  nameId?: string
  /** The evidence an unnamed cluster's label comes from. */
  source?: { kind: EvidenceKind; value: string }
}

/** A label must describe at least this share of the cluster. */
const MIN_SHARE = 0.25

/**
 * A user's ClusterName wins when its member list overlaps the cluster (Jaccard >= 0.5, each name
 * used once); otherwise the most distinctive evidence the members share (share inside the cluster
 * times rarity outside), said with where it comes from ("Acme · organisation", "Climbing ·
 * label"); otherwise "Cluster N". Two clusters never get the same label: the second one adds its
 * next distinctive value ("Acme · data"), and only then a number.
 */
export function labelClusters(
  groups: readonly (readonly Person[])[],
  allPeople: readonly Person[],
  names: readonly ClusterName[],
  evidenceOf: (person: Person) => readonly PersonEvidence[] = personEvidence,
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

  const total = countFeatures(allPeople, evidenceOf)
  const n = Math.max(1, allPeople.length)
  const taken = new Set(labels.filter((l) => l).map((l) => l!.label.toLowerCase()))
  let unnamed = 0
  return groups.map((members, group) => {
    const named = labels[group]
    if (named) return named
    unnamed++
    const inside = countFeatures(members, evidenceOf)
    const ranked: { feature: Feature; score: number }[] = []
    for (const [key, feature] of inside) {
      if (feature.count < 2 || feature.count < MIN_SHARE * members.length) continue
      const score = (feature.count / members.length) * Math.log(n / total.get(key)!.count + 1)
      ranked.push({ feature, score })
    }
    ranked.sort((x, y) => y.score - x.score || (x.feature.value < y.feature.value ? -1 : 1))
    const best = ranked[0]?.feature
    if (!best) return claim(`Cluster ${unnamed}`, taken)
    let label = `${best.value} · ${EVIDENCE_KIND_NAMES[best.kind]}`
    const next = ranked[1]?.feature
    if (taken.has(label.toLowerCase()) && next) label = `${best.value} · ${next.value}`
    return { ...claim(label, taken), source: { kind: best.kind, value: best.value } }
  })
}

function claim(label: string, taken: Set<string>): ClusterLabel {
  let out = label
  for (let k = 2; taken.has(out.toLowerCase()); k++) out = `${label} ${k}`
  taken.add(out.toLowerCase())
  return { label: out, named: false }
}

interface Feature {
  count: number
  kind: EvidenceKind
  value: string
}

function countFeatures(
  people: readonly Person[],
  evidenceOf: (person: Person) => readonly PersonEvidence[],
): Map<string, Feature> {
  const tallies = new Map<string, { count: number; kind: EvidenceKind; spellings: SpellingTally }>()
  for (const p of people) {
    for (const e of evidenceOf(p)) {
      let seen = tallies.get(e.key)
      if (!seen)
        tallies.set(e.key, (seen = { count: 0, kind: e.kind, spellings: new SpellingTally() }))
      seen.count++
      seen.spellings.add(e.value)
    }
  }
  const counts = new Map<string, Feature>()
  for (const [key, t] of tallies)
    counts.set(key, { count: t.count, kind: t.kind, value: t.spellings.best })
  return counts
}
