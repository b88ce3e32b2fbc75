import {
  EVIDENCE_KIND_NAMES,
  foldText,
  pairKey,
  personEvidence,
  type PersonEvidence,
  SpellingTally,
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
/**
 * Colleagues who joined your network within a few weeks of each other (LinkedIn's "Connected
 * On", kept as the `since` of the tie to you) probably met you, and each other, through the same
 * job or event.
 */
const SAME_TIME_BONUS = 0.15
const SAME_TIME_DAYS = 30
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
  /** Each node's own evidence (none for the owner), computed once for labels too. */
  evidenceOf: PersonEvidence[][]
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
  const byKey = new Map<
    string,
    { kind: EvidenceKind; spellings: SpellingTally; members: number[] }
  >()
  const organizationOf: string[] = new Array<string>(n).fill('')
  const evidenceOf: PersonEvidence[][] = Array.from({ length: n }, () => [])
  for (let i = 0; i < n; i++) {
    if (i === owner) continue
    evidenceOf[i] = personEvidence(graph.people[i]!)
    for (const e of evidenceOf[i]!) {
      if (e.kind === 'organization') organizationOf[i] = e.key.slice('organization:'.length)
      let group = byKey.get(e.key)
      if (!group)
        byKey.set(e.key, (group = { kind: e.kind, spellings: new SpellingTally(), members: [] }))
      group.members.push(i)
      group.spellings.add(e.value)
    }
  }
  const keys = [...byKey.keys()].filter((k) => byKey.get(k)!.members.length >= 2).sort()
  const groups: EvidenceGroup[] = []
  const members: number[][] = []
  const groupsOf: number[][] = Array.from({ length: n }, () => [])
  for (const key of keys) {
    const g = byKey.get(key)!
    const g_ = groups.length
    const value = g.spellings.best
    groups.push({
      key,
      kind: g.kind,
      value,
      label: `${value} · ${EVIDENCE_KIND_NAMES[g.kind]}`,
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

  // Journal co-appearances per pair (entries are few next to contacts).
  const journal = new Map<number, number>()
  const journalPartners: number[][] = Array.from({ length: n }, () => [])
  for (const entry of input.entries ?? []) {
    if (entry.deletedAt) continue
    const people = [...new Set(entry.participants)]
      .map((id) => graph.index.get(id))
      .filter((i): i is number => i !== undefined && i !== owner)
    if (people.length < 2 || people.length > MAX_ENTRY_PARTICIPANTS) continue
    for (let x = 0; x < people.length; x++)
      for (let y = x + 1; y < people.length; y++) {
        const [i, j] = people[x]! < people[y]! ? [people[x]!, people[y]!] : [people[y]!, people[x]!]
        const c = i * n + j
        const times = journal.get(c) ?? 0
        if (times === 0) journalPartners[i]!.push(j)
        journal.set(c, times + 1)
      }
  }

  // Row by row (each person with the people after them), accumulated in dense scratch arrays as
  // buildGraph does: no hashing per contribution, which matters at 10k contacts (~150k pairs).
  // Per pair: 1 - prod(1 - w), whether anything but a shared city was seen, and whether the
  // evidence says they already know each other.
  const titleWords = teamWords(graph)
  const since = ownerSince(graph, input)
  const sameTime = (i: number, j: number) =>
    Math.abs(since[i]! - since[j]!) <= SAME_TIME_DAYS * 86_400_000
  const stamp = new Int32Array(n).fill(-1)
  const rowMiss = new Float64Array(n)
  const rowNotCity = new Uint8Array(n)
  const rowKnown = new Uint8Array(n)
  const touched: number[] = []
  const knownPairs = new Set<number>()
  const scored: { c: number; w: number }[] = []
  const touch = (j: number, i: number) => {
    if (stamp[j] === i) return
    stamp[j] = i
    rowMiss[j] = 1
    rowNotCity[j] = 0
    rowKnown[j] = 0
    touched.push(j)
  }
  for (let i = 0; i < n; i++) {
    for (const g of groupsOf[i]!) {
      const m = members[g]!
      if (m.length > PAIR_GROUP_LIMIT) continue
      const kind = groups[g]!.kind
      const w = pairWeight(kind, m.length)
      const known = KNOWN_KINDS.has(kind) ? 1 : 0
      const notCity = kind === 'city' ? 0 : 1
      const isOrg = kind === 'organization'
      for (const j of m) {
        if (j <= i) continue
        touch(j, i)
        const bonus = isOrg
          ? (sharesWord(titleWords[i], titleWords[j]) ? SAME_TEAM_BONUS : 0) +
            (sameTime(i, j) ? SAME_TIME_BONUS : 0)
          : 0
        rowMiss[j] = rowMiss[j]! * (1 - Math.min(0.95, w + bonus))
        rowNotCity[j] = rowNotCity[j]! | notCity
        rowKnown[j] = rowKnown[j]! | known
      }
    }
    for (const j of journalPartners[i]!) {
      touch(j, i)
      rowMiss[j] = rowMiss[j]! * Math.pow(1 - EVIDENCE_WEIGHT.journal, journal.get(i * n + j)!)
      rowNotCity[j] = 1
      rowKnown[j] = 1
    }
    for (const j of touched) {
      const c = i * n + j
      if (rowKnown[j]) knownPairs.add(c)
      if (decided.has(c)) continue
      const w = 1 - rowMiss[j]!
      if (rowNotCity[j] && w >= MIN_LIKELY_WEIGHT) scored.push({ c, w })
    }
    touched.length = 0
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
    const org = shared.find((e) => e.kind === 'organization')
    if (org && sharesWord(titleWords[i], titleWords[j]))
      shared.push({
        kind: 'organization',
        key: `${org.key}:team`,
        value: 'titles in the same team',
      })
    if (org && sameTime(i, j))
      shared.push({
        kind: 'organization',
        key: `${org.key}:time`,
        value: 'connected with you within weeks of each other',
      })
    const times = journal.get(c) ?? 0
    if (times > 0)
      shared.push({
        kind: 'journal',
        key: 'journal',
        value: times === 1 ? 'one journal entry' : `${times} journal entries`,
      })
    shared.sort((x, y) => EVIDENCE_WEIGHT[y.kind] - EVIDENCE_WEIGHT[x.kind])
    const [a, b] = [graph.ids[i]!, graph.ids[j]!].sort() as [PersonId, PersonId]
    likelyTies.push({ a, b, weight: round(w), evidence: shared })
  }
  return {
    groups,
    likelyTies,
    evidenceOf,
    groupsOf,
    members,
    knownPairs,
    rejectedPairs,
    organizationOf,
  }
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

/** When each person's tie to the owner began (ms), NaN when unknown. */
function ownerSince(graph: PeopleGraph, input: AnalysisInput): Float64Array {
  const out = new Float64Array(graph.ids.length).fill(Number.NaN)
  if (graph.owner < 0) return out
  const owner = graph.ids[graph.owner]
  for (const tie of input.ties) {
    if (tie.deletedAt || !tie.since || (tie.a !== owner && tie.b !== owner)) continue
    const other = graph.index.get(tie.a === owner ? tie.b : tie.a)
    if (other !== undefined) out[other] = Date.parse(tie.since)
  }
  return out
}

/** Distinctive title words per node ("platform", not "senior"), or null without a title. */
function teamWords(graph: PeopleGraph): (Set<string> | null)[] {
  return graph.people.map((p) => {
    if (!p.title) return null
    const words = foldText(p.title)
      .split(' ')
      .filter((w) => w.length > 2 && !GENERIC_TITLE_WORDS.has(w))
    return words.length > 0 ? new Set(words) : null
  })
}

function sharesWord(a: Set<string> | null | undefined, b: Set<string> | null | undefined) {
  if (!a || !b) return false
  for (const w of a) if (b.has(w)) return true
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
