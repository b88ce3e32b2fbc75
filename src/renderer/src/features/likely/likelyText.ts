import {
  EVIDENCE_KIND_NAMES,
  MAX_REVIEW_PAIRS,
  pairKey,
  type EvidenceKind,
  type TIE_TYPES,
} from '../../../../shared/domain'
import type { EvidenceGroup, LikelyTie, NetworkAnalysis } from '../../../../shared/graph'
import type { NetworkSnapshot } from '../../../../shared/ipc'
import { formatCount } from '../../format'

export type TieType = (typeof TIE_TYPES)[number]

export interface Pair {
  a: string
  b: string
}

/** One evidence group the person can answer about, with the pairs nobody has decided on yet. */
export interface ReviewItem {
  group: EvidenceGroup
  pairs: Pair[]
}

/** The tie a "yes" creates: colleagues for a shared employer or work domain, family for family. */
export function tieTypeFor(kind: EvidenceKind): TieType {
  if (kind === 'organization' || kind === 'emailDomain') return 'colleague'
  if (kind === 'family') return 'family'
  return 'acquaintance'
}

/** "colleagues", "family", "acquaintances": the ties a "yes" on a group of this kind creates. */
export function tieTypeWords(kind: EvidenceKind): string {
  const type = tieTypeFor(kind)
  return type === 'family' ? 'family' : `${type}s`
}

/** What the members of a group share, as the end of "These 37 people all …". */
function sharedPhrase(kind: EvidenceKind, value: string): string {
  switch (kind) {
    case 'organization':
      return `work at ${value}`
    case 'school':
      return `went to ${value}`
    case 'label':
      return `are in your label “${value}”`
    case 'family':
      return `are family (${value})`
    case 'emailDomain':
      return `write from ${value}`
    case 'hometown':
      return `come from ${value}`
    case 'city':
      return `live in ${value}`
    case 'journal':
      return `appear in your journal together`
  }
}

/** "These 37 people all work at Acme: do they know each other?" */
export function groupQuestion(group: Pick<EvidenceGroup, 'kind' | 'value'>, size: number): string {
  const phrase = sharedPhrase(group.kind, group.value)
  const who =
    size === 2
      ? phrase.startsWith('are ')
        ? `These 2 people are both ${phrase.slice(4)}`
        : `These 2 people both ${phrase}`
      : phrase.startsWith('are ')
        ? `These ${size} people are all ${phrase.slice(4)}`
        : `These ${size} people all ${phrase}`
  return `${who}: do they know each other?`
}

/** Every pair with a tie record, live or trashed: the person's own decisions, never re-asked. */
export function decidedPairs(ties: NetworkSnapshot['ties']): Set<string> {
  return new Set(ties.map((t) => pairKey(t.a, t.b)))
}

/** Pairs of a group's members without any tie record yet, each in canonical order. */
export function undecidedPairs(members: readonly string[], decided: ReadonlySet<string>): Pair[] {
  const out: Pair[] = []
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const x = members[i]!
      const y = members[j]!
      if (x === y || decided.has(pairKey(x, y))) continue
      out.push(x < y ? { a: x, b: y } : { a: y, b: x })
    }
  }
  return out
}

/**
 * The groups to ask about, biggest first: reviewable ones (not city, small enough to confirm in
 * one step) with at least one pair still undecided and no more pairs than one review may take.
 */
export function reviewQueue(
  groups: readonly EvidenceGroup[],
  ties: NetworkSnapshot['ties'],
): ReviewItem[] {
  const decided = decidedPairs(ties)
  const out: ReviewItem[] = []
  for (const group of groups) {
    if (!group.reviewable || group.kind === 'city' || group.kind === 'journal') continue
    const pairs = undecidedPairs(group.members, decided)
    if (pairs.length === 0 || pairs.length > MAX_REVIEW_PAIRS) continue
    out.push({ group, pairs })
  }
  return out.sort(
    (x, y) =>
      y.group.members.length - x.group.members.length || x.group.label.localeCompare(y.group.label),
  )
}

/**
 * What the review does not ask about, said rather than left out: groups too large to confirm in
 * one step (a 300-person employer), whose likely ties are confirmed one by one on each person.
 */
export function tooLargeToReview(groups: readonly EvidenceGroup[]): string | null {
  const large = groups.filter((g) => !g.reviewable && g.kind !== 'city' && g.kind !== 'journal')
  if (large.length === 0) return null
  const named = large
    .slice()
    .sort((x, y) => y.members.length - x.members.length)
    .slice(0, 3)
    .map((g) => `${g.value} (${formatCount(g.members.length, 'person', 'people')})`)
  const more = large.length > 3 ? ` and ${formatCount(large.length - 3, 'other', 'others')}` : ''
  return (
    `Not asked here: ${named.join(', ')}${more}, too large to answer for everyone at once. ` +
    'Their likely ties are on each person, to confirm one by one.'
  )
}

/** How many circles `reviewQueue` would ask about, without listing their pairs. */
export function reviewableCount(
  groups: readonly EvidenceGroup[],
  ties: NetworkSnapshot['ties'],
): number {
  const decided = decidedPairs(ties)
  let n = 0
  for (const group of groups) {
    if (!group.reviewable || group.kind === 'city' || group.kind === 'journal') continue
    const m = group.members
    if ((m.length * (m.length - 1)) / 2 > MAX_REVIEW_PAIRS) continue
    search: for (let i = 0; i < m.length; i++)
      for (let j = i + 1; j < m.length; j++)
        if (!decided.has(pairKey(m[i]!, m[j]!))) {
          n += 1
          break search
        }
  }
  return n
}

/** "Ana Silva, Ben Okafor, Carla Diaz and 34 more" */
export function namesPreview(
  members: readonly string[],
  nameOf: (id: string) => string,
  max = 8,
): string {
  const names = members.slice(0, max).map(nameOf)
  const rest = members.length - names.length
  if (rest > 0) return `${names.join(', ')} and ${rest} more`
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`
}

const EVIDENCE_PREFIX: Record<EvidenceKind, string> = {
  organization: 'both at',
  school: 'both at',
  label: 'both in',
  family: 'both in the',
  emailDomain: 'both write from',
  hometown: 'both from',
  city: 'both in',
  journal: 'together in',
}

/** One likely tie's evidence in words: "both at Acme · organisation; both in Climbing · label". */
export function evidenceWords(evidence: LikelyTie['evidence']): string {
  return evidence
    .map((e) =>
      e.kind === 'journal'
        ? `${EVIDENCE_PREFIX.journal} ${e.value}`
        : `${EVIDENCE_PREFIX[e.kind]} ${e.value} · ${EVIDENCE_KIND_NAMES[e.kind]}`,
    )
    .join('; ')
}

/** How sure the inference is, in a word (never a percentage that would read as a fact). */
export function likelihoodWord(weight: number): string {
  if (weight >= 0.6) return 'likely'
  if (weight >= 0.35) return 'possible'
  return 'weak'
}

/** A person's likely ties, strongest first. */
export function likelyTiesOf(
  likelyTies: readonly LikelyTie[],
  personId: string,
  max = 12,
): LikelyTie[] {
  return likelyTies
    .filter((t) => t.a === personId || t.b === personId)
    .sort((x, y) => y.weight - x.weight)
    .slice(0, max)
}

const KIND_PLURALS: Record<EvidenceKind, string> = {
  organization: 'organisations',
  emailDomain: 'e-mail domains',
  label: 'labels',
  school: 'schools',
  hometown: 'home towns',
  family: 'family names',
  city: 'cities',
  journal: 'journal entries',
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`
}

function count(n: number, one: string, many: string): string {
  return formatCount(n, one, many)
}

export interface ImportInference {
  likelyTies: number
  circles: number
  /** Kinds of the circles, most circles first. */
  kinds: EvidenceKind[]
}

/**
 * What the analysis inferred about the people of one import batch, or null while the analysis
 * does not cover them yet (it runs after the snapshot that carries them has arrived).
 */
export function importInference(
  snapshot: Pick<NetworkSnapshot, 'people' | 'ties'> | null,
  analysis: Pick<NetworkAnalysis, 'clusterOf' | 'likelyTies' | 'evidenceGroups'> | null,
  batchId: string,
): ImportInference | null {
  if (!snapshot || !analysis) return null
  const imported = new Set(
    snapshot.people.filter((p) => p.importBatch === batchId && !p.deletedAt).map((p) => p.id),
  )
  if (imported.size === 0) return null
  for (const id of imported) if (!(id in analysis.clusterOf)) return null
  const likelyTies = analysis.likelyTies.filter((t) => imported.has(t.a) || imported.has(t.b))
  const circles = reviewQueue(
    analysis.evidenceGroups.filter((g) => g.members.some((m) => imported.has(m))),
    snapshot.ties,
  )
  const perKind = new Map<EvidenceKind, number>()
  for (const { group } of circles) perKind.set(group.kind, (perKind.get(group.kind) ?? 0) + 1)
  const kinds = [...perKind.entries()].sort((x, y) => y[1] - x[1]).map(([kind]) => kind)
  return { likelyTies: likelyTies.length, circles: circles.length, kinds }
}

/** "Kith inferred 212 likely ties in 14 circles from organisations, labels and schools" */
export function inferenceSentence(inference: ImportInference): string {
  if (inference.likelyTies === 0 && inference.circles === 0) {
    return 'Kith inferred no likely ties: the imported people share no organisation, label or school'
  }
  const ties = count(inference.likelyTies, 'likely tie', 'likely ties')
  const circles = count(inference.circles, 'circle', 'circles')
  const from = listInWords(inference.kinds.map((k) => KIND_PLURALS[k]))
  return `Kith inferred ${ties} in ${circles}${from ? ` from ${from}` : ''}`
}

/** The toast after a decision on a whole group. */
export function groupDecisionText(
  group: Pick<EvidenceGroup, 'kind' | 'value' | 'members'>,
  accept: boolean,
  decided: number,
): string {
  const people = `the ${group.members.length} people who ${sharedPhrase(group.kind, group.value)}`
  if (decided === 0) return `Nothing changed: every pair of ${people} was already decided.`
  return accept
    ? `Tied ${people}: ${count(decided, 'tie', 'ties')} confirmed.`
    : `Kith will not infer ties between ${people} again.`
}
