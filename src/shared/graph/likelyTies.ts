import {
  EVIDENCE_KIND_NAMES,
  foldText,
  organizationKey,
  pairKey,
  personEvidence,
  type EvidenceKind,
  type PersonId,
} from '../domain'
import type { PeopleGraph } from './buildGraph'
import type { AnalysisInput, EvidenceGroup, LikelyTie } from './types'

/**
 * How much one shared piece of evidence says that two people know each other, for a group of two.
 * Larger groups say less per pair (see `pairWeight`). City alone never makes a likely tie.
 */
export const EVIDENCE_WEIGHT: Record<EvidenceKind, number> = {
  family: 0.7,
  organization: 0.6,
  emailDomain: 0.5,
  label: 0.5,
  school: 0.4,
  hometown: 0.3,
  journal: 0.5,
  city: 0.1,
}

/**
 * Evidence that two people already know each other, so introducing them is noise: colleagues,
 * classmates, family, people who met in the same entry. A shared label or home town alone is a
 * likely tie but not a reason to hold back an introduction: two people tagged "climate fintech"
 * may well not have met.
 */
const KNOWN_KINDS: ReadonlySet<EvidenceKind> = new Set([
  'organization',
  'emailDomain',
  'school',
  'family',
  'journal',
])
/** Groups larger than this make no pairwise likely ties (a 3,000-person employer is not a circle of friends). */
export const PAIR_GROUP_LIMIT = 60
/** Bulk confirmation creates a tie for every pair: bounded so one click cannot write 100k ties. */
export const BULK_REVIEW_LIMIT = 60
/** Below this combined weight a pair is not listed. */
const MIN_LIKELY_WEIGHT = 0.2
/** Each person keeps their strongest likely ties only: bounds the output at 10k people. */
const MAX_PER_PERSON = 25
/** A journal entry with more participants says little about who knows whom. */
const MAX_ENTRY_PARTICIPANTS = 30
/** Two titles at one organisation sharing a distinctive word ("Platform") suggest the same team. */
const SAME_TEAM_BONUS = 0.25
const GENERIC_TITLE_WORDS = new Set(
  'senior junior lead head chief principal staff manager director vp vice president officer of and the for in at associate assistant intern engineer engineering developer consultant analyst specialist coordinator executive team member sr jr ii iii'.split(
    ' ',
  ),
)

/**
 * A trashed tie from these sources is a "no, they do not know each other" the person gave: the
 * pair is never inferred again. The same rule keeps rejected journal suggestions away.
 */
export const REJECTION_SOURCES: ReadonlySet<string> = new Set(['evidence', 'journal'])

export interface Evidence {
  groups: EvidenceGroup[]
  likelyTies: LikelyTie[]
  /** Group numbers (into `groups`) per node of the graph; the owner has none. */
  groupsOf: number[][]
  /** Member node numbers of each group, aligned with `groups`. */
  members: number[][]
  /** Pair codes (`i * n + j`, i < j) that evidence says already know each other. */
  knownPairs: Set<number>
  /** Pairs whose likely tie the person rejected (a trashed tie from evidence or the journal). */
  rejectedPairs: Set<number>
  /** Normalised organisation per node ('' when none): colleagues are never introduced. */
  organizationOf: string[]
}

/**
 * Likely ties inferred from what the records carry, kept apart from confirmed ties: shared
 * organisation, private e-mail domain, labels, school, home town, family (surname + place) and
 * journal co-appearance. Pairs with any tie record (confirmed, trashed or rejected) are never
 * inferred: a decision the person made wins over evidence. Pure and deterministic.
 */
export function inferEvidence(graph: PeopleGraph, input: AnalysisInput): Evidence {
  const n = graph.ids.length
  const owner = graph.owner
  // Groups in the order of their keys: the same records give the same groups whatever the ids.
  const byKey = new Map<string, { kind: EvidenceKind; value: string; members: number[] }>()
  for (let i = 0; i < n; i++) {
    if (i === owner) continue
    for (const e of personEvidence(graph.people[i]!)) {
      const group = byKey.get(e.key)
      if (group) group.members.push(i)
      else byKey.set(e.key, { kind: e.kind, value: e.value, members: [i] })
    }
  }
  const keys = [...byKey.keys()].filter((k) => byKey.get(k)!.members.length >= 2).sort()
  const groups: EvidenceGroup[] = []
  const members: number[][] = []
  const groupsOf: number[][] = Array.from({ length: n }, () => [])
  for (const key of keys) {
    const g = byKey.get(key)!
    const g_ = groups.length
    groups.push({
      key,
      kind: g.kind,
      value: g.value,
      label: `${g.value} · ${EVIDENCE_KIND_NAMES[g.kind]}`,
      members: g.members.map((i) => graph.ids[i]!),
      reviewable: g.members.length <= BULK_REVIEW_LIMIT && g.kind !== 'city',
    })
    members.push(g.members)
    for (const i of g.members) groupsOf[i]!.push(g_)
  }

  const decided = new Set<number>()
  const rejectedPairs = new Set<number>()
  for (const tie of input.ties) {
    const i = graph.index.get(tie.a)
    const j = graph.index.get(tie.b)
    if (i === undefined || j === undefined || i === j) continue
    decided.add(code(i, j, n))
    if (tie.deletedAt && REJECTION_SOURCES.has(tie.source)) rejectedPairs.add(code(i, j, n))
  }

  // 1 - prod(1 - w) per pair, kept as the product of (1 - w).
  const miss = new Map<number, number>()
  const journal = new Map<number, number>()
  const cityOnly = new Set<number>()
  const seen = new Set<number>()
  const knownPairs = new Set<number>()
  groups.forEach((group, g) => {
    const m = members[g]!
    if (m.length > PAIR_GROUP_LIMIT) return
    const w = pairWeight(group.kind, m.length)
    const known = KNOWN_KINDS.has(group.kind)
    for (let x = 0; x < m.length; x++) {
      for (let y = x + 1; y < m.length; y++) {
        const c = code(m[x]!, m[y]!, n)
        if (known) knownPairs.add(c)
        if (decided.has(c)) continue
        let bonus = 0
        if (group.kind === 'organization' && sameTeam(graph, m[x]!, m[y]!)) bonus = SAME_TEAM_BONUS
        miss.set(c, (miss.get(c) ?? 1) * (1 - Math.min(0.95, w + bonus)))
        if (group.kind === 'city') {
          if (!seen.has(c)) cityOnly.add(c)
        } else cityOnly.delete(c)
        seen.add(c)
      }
    }
  })

  for (const entry of input.entries ?? []) {
    if (entry.deletedAt) continue
    const people = [...new Set(entry.participants)]
      .map((id) => graph.index.get(id))
      .filter((i): i is number => i !== undefined && i !== owner)
    if (people.length < 2 || people.length > MAX_ENTRY_PARTICIPANTS) continue
    for (let x = 0; x < people.length; x++)
      for (let y = x + 1; y < people.length; y++) {
        const c = code(people[x]!, people[y]!, n)
        knownPairs.add(c)
        if (decided.has(c)) continue
        journal.set(c, (journal.get(c) ?? 0) + 1)
        miss.set(c, (miss.get(c) ?? 1) * (1 - EVIDENCE_WEIGHT.journal))
        cityOnly.delete(c)
      }
  }

  const scored: { c: number; w: number }[] = []
  for (const [c, m] of miss) {
    const w = 1 - m
    if (cityOnly.has(c) || w < MIN_LIKELY_WEIGHT) continue
    scored.push({ c, w })
  }
  // Strongest first; equal weights in the order of the people's records, not of their ids.
  scored.sort((x, y) => y.w - x.w || x.c - y.c)
  const kept = new Map<number, number>()
  const likelyTies: LikelyTie[] = []
  for (const { c, w } of scored) {
    const i = Math.floor(c / n)
    const j = c - i * n
    if ((kept.get(i) ?? 0) >= MAX_PER_PERSON || (kept.get(j) ?? 0) >= MAX_PER_PERSON) continue
    kept.set(i, (kept.get(i) ?? 0) + 1)
    kept.set(j, (kept.get(j) ?? 0) + 1)
    const shared = intersect(groupsOf[i]!, groupsOf[j]!)
      .filter((g) => members[g]!.length <= PAIR_GROUP_LIMIT)
      .map((g) => ({ kind: groups[g]!.kind, key: groups[g]!.key, value: groups[g]!.value }))
    const times = journal.get(c)
    if (times)
      shared.push({
        kind: 'journal',
        key: 'journal',
        value: times === 1 ? 'one journal entry' : `${times} journal entries`,
      })
    shared.sort((x, y) => EVIDENCE_WEIGHT[y.kind] - EVIDENCE_WEIGHT[x.kind])
    const [a, b] = [graph.ids[i]!, graph.ids[j]!].sort() as [PersonId, PersonId]
    likelyTies.push({ a, b, weight: round(w), evidence: shared })
  }
  const organizationOf = graph.people.map((p, i) =>
    i === owner ? '' : organizationKey(p.organization),
  )
  return { groups, likelyTies, groupsOf, members, knownPairs, rejectedPairs, organizationOf }
}

/**
 * Whether two people (node numbers) probably know each other already, so an introduction would
 * be noise: a known-kind likely tie, a rejected one, or the same organisation at any size.
 */
export function alreadyKnownPredicate(
  graph: PeopleGraph,
  evidence: Evidence,
): (a: number, b: number) => boolean {
  const n = graph.ids.length
  return (a, b) => {
    const c = code(a, b, n)
    const org = evidence.organizationOf[a]
    return (
      evidence.knownPairs.has(c) ||
      evidence.rejectedPairs.has(c) ||
      (org !== '' && org === evidence.organizationOf[b])
    )
  }
}

/** Per-pair weight of one shared group: full for two people, falling with the group's size. */
export function pairWeight(kind: EvidenceKind, size: number): number {
  return EVIDENCE_WEIGHT[kind] * Math.min(1, 1.6 / Math.log2(size + 1))
}

/** The canonical pair key of every likely tie, for "is this pair already likely known?". */
export function likelyTieKeys(ties: readonly LikelyTie[]): Set<string> {
  return new Set(ties.map((t) => pairKey(t.a, t.b)))
}

function sameTeam(graph: PeopleGraph, i: number, j: number): boolean {
  const a = graph.people[i]!.title
  const b = graph.people[j]!.title
  if (!a || !b) return false
  const words = new Set(foldText(a).split(' '))
  for (const w of foldText(b).split(' '))
    if (w.length > 2 && words.has(w) && !GENERIC_TITLE_WORDS.has(w)) return true
  return false
}

function intersect(x: readonly number[], y: readonly number[]): number[] {
  const ys = new Set(y)
  return x.filter((g) => ys.has(g))
}

function code(i: number, j: number, n: number): number {
  return i < j ? i * n + j : j * n + i
}

function round(w: number): number {
  return Math.round(w * 1000) / 1000
}
