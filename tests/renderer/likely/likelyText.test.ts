import { describe, expect, it } from 'vitest'
import type { EvidenceGroup } from '../../../src/shared/graph'
import { analyzeNetwork } from '../../../src/shared/graph'
import {
  evidenceWords,
  groupDecisionText,
  groupQuestion,
  importInference,
  tooLargeToReview,
  inferenceSentence,
  likelihoodWord,
  likelyTiesOf,
  namesPreview,
  reviewableCount,
  reviewQueue,
  tieTypeFor,
  undecidedPairs,
} from '../../../src/renderer/src/features/likely/likelyText'
import { NOW, person, pid, tie } from '../map/fixtures'

const BATCH = 'b'.repeat(32) as never

function group(kind: EvidenceGroup['kind'], value: string, members: number[]): EvidenceGroup {
  return {
    key: `${kind}:${value.toLowerCase()}`,
    kind,
    value,
    label: `${value} · ${kind}`,
    members: members.map(pid),
    reviewable: kind !== 'city' && members.length <= 60,
  }
}

/** An owner and seven imported contacts: three at Acme (three spellings), two at Globex. */
function imported() {
  const me = person(1, 'Me', { isMe: true })
  const at = (n: number, name: string, organization: string, extra = {}) =>
    person(n, name, { organization, importBatch: BATCH, ...extra })
  const people = [
    me,
    at(2, 'Ana Silva', 'Acme'),
    at(3, 'Ben Okafor', 'ACME Corp.'),
    at(4, 'Carla Diaz', 'Acme, Inc.'),
    at(5, 'Dan Wu', 'Globex'),
    at(6, 'Eve Moss', 'Globex GmbH', { tags: ['Climbing'] }),
    person(7, 'Fay Lund', { importBatch: BATCH, tags: ['Climbing'] }),
    person(8, 'Gus Roy', {
      importBatch: BATCH,
      emails: [{ value: 'gus@gmail.com' }],
    }),
  ]
  const ties = people.slice(1).map((p, i) => tie(1, i + 2, 3))
  const snapshot = { people, ties }
  const analysis = analyzeNetwork(
    { people, ties, entries: [], introductions: [], clusterNames: [] },
    { now: NOW, seed: 1 },
  )
  return { snapshot, analysis }
}

describe('questions and words', () => {
  it('asks about each kind of circle in words a person can answer', () => {
    expect(groupQuestion({ kind: 'organization', value: 'Acme' }, 37)).toBe(
      'These 37 people all work at Acme: do they know each other?',
    )
    expect(groupQuestion({ kind: 'school', value: 'MIT' }, 5)).toBe(
      'These 5 people all went to MIT: do they know each other?',
    )
    expect(groupQuestion({ kind: 'label', value: 'Climbing' }, 4)).toBe(
      'These 4 people are all in your label “Climbing”: do they know each other?',
    )
    expect(groupQuestion({ kind: 'family', value: 'Silva family' }, 3)).toBe(
      'These 3 people are all family (Silva family): do they know each other?',
    )
    expect(groupQuestion({ kind: 'emailDomain', value: 'acme.org' }, 2)).toBe(
      'These 2 people both write from acme.org: do they know each other?',
    )
    expect(groupQuestion({ kind: 'hometown', value: 'Porto' }, 2)).toBe(
      'These 2 people both come from Porto: do they know each other?',
    )
  })

  it('types confirmed ties after the evidence', () => {
    expect(tieTypeFor('organization')).toBe('colleague')
    expect(tieTypeFor('emailDomain')).toBe('colleague')
    expect(tieTypeFor('family')).toBe('family')
    expect(tieTypeFor('label')).toBe('acquaintance')
    expect(tieTypeFor('school')).toBe('acquaintance')
  })

  it('says the evidence of a likely tie and never gives a number as fact', () => {
    expect(
      evidenceWords([
        { kind: 'organization', key: 'organization:acme', value: 'Acme' },
        { kind: 'label', key: 'label:climbing', value: 'Climbing' },
        { kind: 'journal', key: 'journal', value: '2 journal entries' },
      ]),
    ).toBe('both at Acme · organisation; both in Climbing · label; together in 2 journal entries')
    expect([0.8, 0.4, 0.2].map(likelihoodWord)).toEqual(['likely', 'possible', 'weak'])
  })

  it('previews names and says what a decision did', () => {
    const name = (id: string) => id
    expect(namesPreview(['a', 'b', 'c'], name)).toBe('a, b and c')
    expect(namesPreview(['a', 'b', 'c', 'd'], name, 2)).toBe('a, b and 2 more')
    expect(namesPreview(['a'], name)).toBe('a')
    const acme = group('organization', 'Acme', [2, 3, 4])
    expect(groupDecisionText(acme, true, 3)).toBe(
      'Tied the 3 people who work at Acme: 3 ties confirmed.',
    )
    expect(groupDecisionText(acme, false, 3)).toBe(
      'Kith will not infer ties between the 3 people who work at Acme again.',
    )
    expect(groupDecisionText(acme, true, 0)).toMatch(/^Nothing changed/)
  })
})

describe('the review queue', () => {
  it('asks about reviewable circles with undecided pairs, biggest first', () => {
    const groups = [
      group('label', 'Climbing', [5, 6]),
      group('organization', 'Acme', [2, 3, 4]),
      group('city', 'Lisbon', [2, 3, 4, 5]),
      { ...group('organization', 'Huge', [9, 10]), reviewable: false },
      group('school', 'MIT', [7, 8]),
    ]
    // Gus and Hal (7, 8) already have a tie record (a trashed one is a decision too).
    const ties = [tie(7, 8, 2, { deletedAt: '2026-02-01T00:00:00.000Z', source: 'evidence' })]
    const queue = reviewQueue(groups, ties)
    expect(queue.map((q) => q.group.value)).toEqual(['Acme', 'Climbing'])
    expect(queue[0]!.pairs).toHaveLength(3)
    expect(reviewableCount(groups, ties)).toBe(2)
  })

  it('leaves out pairs with a tie record and puts pairs in canonical order', () => {
    const decided = new Set([`${pid(2)}|${pid(3)}`])
    const pairs = undecidedPairs([pid(4), pid(2), pid(3)], decided)
    expect(pairs).toEqual([
      { a: pid(2), b: pid(4) },
      { a: pid(3), b: pid(4) },
    ])
  })
})

describe('what an import inferred', () => {
  it('counts the likely ties and circles of the imported people from the analysis', () => {
    const { snapshot, analysis } = imported()
    const inference = importInference(snapshot, analysis, BATCH)
    expect(inference).not.toBeNull()
    // Acme's three spellings are one circle of three pairs, Globex one pair, Climbing one pair.
    expect(inference!.circles).toBe(3)
    expect(inference!.kinds[0]).toBe('organization')
    expect(inference!.likelyTies).toBe(analysis.likelyTies.length)
    expect(inference!.likelyTies).toBeGreaterThanOrEqual(5)
    expect(inferenceSentence(inference!)).toBe(
      `Kith inferred ${inference!.likelyTies} likely ties in 3 circles from organisations and labels`,
    )
  })

  it('waits for an analysis that covers the imported people', () => {
    const { snapshot, analysis } = imported()
    const stale = { ...analysis, clusterOf: {} }
    expect(importInference(snapshot, stale, BATCH)).toBeNull()
    expect(importInference(snapshot, null, BATCH)).toBeNull()
    expect(importInference(snapshot, analysis, 'c'.repeat(32))).toBeNull()
  })

  it('says so when nothing was inferred', () => {
    expect(inferenceSentence({ likelyTies: 0, circles: 0, kinds: [] })).toMatch(
      /inferred no likely ties/,
    )
    expect(inferenceSentence({ likelyTies: 1, circles: 1, kinds: ['school'] })).toBe(
      'Kith inferred 1 likely tie in 1 circle from schools',
    )
  })

  it('lists one person’s likely ties strongest first', () => {
    const { analysis } = imported()
    const ana = likelyTiesOf(analysis.likelyTies, pid(2))
    expect(ana.map((t) => (t.a === pid(2) ? t.b : t.a)).sort()).toEqual([pid(3), pid(4)])
    expect(evidenceWords(ana[0]!.evidence)).toMatch(/^both at Acme · organisation/)
  })
})

describe('what the review does not ask about', () => {
  const group = (
    value: string,
    size: number,
    reviewable: boolean,
    kind: EvidenceGroup['kind'] = 'organization',
  ): EvidenceGroup => ({
    key: `${kind}:${value.toLowerCase()}`,
    kind,
    value,
    label: `${value} · organisation`,
    members: Array.from({ length: size }, (_, k) => `p${k}` as EvidenceGroup['members'][number]),
    reviewable,
  })

  it('names the groups too large to confirm at once, biggest first', () => {
    expect(tooLargeToReview([group('Acme', 12, true)])).toBeNull()
    expect(
      tooLargeToReview([
        group('Acme', 12, true),
        group('Globex', 80, false),
        group('Initech', 300, false),
      ]),
    ).toBe(
      'Not asked here: Initech (300 people), Globex (80 people), too large to answer for everyone at once. Their likely ties are on each person, to confirm one by one.',
    )
    expect(tooLargeToReview([group('Lisbon', 900, false, 'city')])).toBeNull()
  })
})
