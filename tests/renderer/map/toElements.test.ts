import { describe, expect, it } from 'vitest'
import type { NetworkAnalysis } from '../../../src/shared/graph'
import { analyzeNetwork } from '../../../src/shared/graph'
import { NO_FILTERS } from '../../../src/renderer/src/features/map/mapUi'
import {
  clusterColorIndex,
  likelyElementId,
  mapSettings,
  suggestionElementId,
  toElements,
} from '../../../src/renderer/src/features/map/toElements'
import { snapshotToAnalysisInput } from '../../../src/renderer/src/workers/analysisInput'
import { introduction, NOW, pid, twoClusterSnapshot } from './fixtures'

const snapshot = twoClusterSnapshot()
const analysis = analyzeNetwork(snapshotToAnalysisInput(snapshot), { now: NOW })
const settings = mapSettings(snapshot)
const positions = Object.fromEntries(snapshot.people.map((p, i) => [p.id, { x: i * 10, y: 0 }]))
const nodes = (els: ReturnType<typeof toElements>) => els.filter((e) => e.group === 'nodes')
const edges = (els: ReturnType<typeof toElements>, cls: string) =>
  els.filter((e) => e.group === 'edges' && String(e.classes).split(' ').includes(cls))

describe('toElements', () => {
  it('draws likely ties apart from confirmed ones, and hides them under a strength filter', () => {
    const likely: NetworkAnalysis = {
      ...analysis,
      likelyTies: [
        { a: pid(1), b: pid(12), weight: 0.6, evidence: [] },
        { a: pid(2), b: pid(13), weight: 0.3, evidence: [] },
      ],
    }
    const els = toElements(snapshot, likely, NO_FILTERS, settings, { positions, now: NOW })
    const drawn = edges(els, 'likely')
    expect(drawn.map((e) => e.data.id)).toEqual([
      likelyElementId(pid(1), pid(12)),
      likelyElementId(pid(2), pid(13)),
    ])
    expect(drawn.some((e) => String(e.classes).includes('tie'))).toBe(false)
    expect(drawn[0]!.data.opacity).toBeGreaterThan(drawn[1]!.data.opacity as number)
    const strong = toElements(snapshot, likely, { ...NO_FILTERS, minStrength: 3 }, settings, {
      positions,
      now: NOW,
    })
    expect(edges(strong, 'likely')).toHaveLength(0)
  })

  it('makes one node per live person with its position, and one edge per tie', () => {
    const els = toElements(snapshot, analysis, NO_FILTERS, settings, { positions, now: NOW })
    expect(nodes(els)).toHaveLength(11)
    expect(edges(els, 'tie')).toHaveLength(snapshot.ties.length)
    const me = nodes(els).find((e) => e.data.id === pid(0))!
    expect(me.classes).toContain('owner')
    expect(me.data.label).toBe('Me (you)')
    expect(me.position).toEqual({ x: 0, y: 0 })
  })

  it('colours the two clusters differently and marks owner ties', () => {
    const els = toElements(snapshot, analysis, NO_FILTERS, settings, { positions, now: NOW })
    const slot = (n: number) =>
      String(nodes(els).find((e) => e.data.id === pid(n))!.classes).match(/\bc(\d+)\b/)?.[1]
    expect(slot(1)).toBeDefined()
    expect(slot(1)).toBe(slot(2))
    expect(slot(1)).not.toBe(slot(12))
    expect(edges(els, 'owner-tie')).toHaveLength(2)
  })

  it('sizes by closeness to the owner by default and by degree when asked', () => {
    const closeness = toElements(snapshot, analysis, NO_FILTERS, settings, { positions, now: NOW })
    const size = (els: typeof closeness, n: number) =>
      nodes(els).find((e) => e.data.id === pid(n))!.data.size as number
    expect(size(closeness, 1)).toBeGreaterThan(size(closeness, 11))
    expect(size(closeness, 11)).toBeGreaterThan(size(closeness, 2))
    const degree = toElements(
      snapshot,
      analysis,
      NO_FILTERS,
      { ...settings, nodeSize: 'degree' },
      { positions, now: NOW },
    )
    // 5 has the bridge: one more tie than 4.
    expect(size(degree, 5)).toBeGreaterThan(size(degree, 4))
  })

  it('fades ties to people not contacted for long', () => {
    const recent = { ...snapshot.people[1]!, lastContactAt: '2026-05-30T00:00:00.000Z' }
    const old = { ...snapshot.people[6]!, lastContactAt: '2024-01-01T00:00:00.000Z' }
    const people = snapshot.people.map((p) =>
      p.id === recent.id ? recent : p.id === old.id ? old : p,
    )
    const els = toElements({ ...snapshot, people }, analysis, NO_FILTERS, settings, {
      positions,
      now: NOW,
    })
    const opacity = (n: number) =>
      edges(els, 'owner-tie').find((e) => e.data.source === pid(n) || e.data.target === pid(n))!
        .data.opacity as number
    expect(opacity(1)).toBeGreaterThan(opacity(11))
  })

  it('filters by cluster, tag and tie strength, always keeping the owner', () => {
    const clusterOfA = analysis.clusterOf[pid(1)]!
    const byCluster = toElements(
      snapshot,
      analysis,
      { ...NO_FILTERS, clusters: [clusterOfA] },
      settings,
      { positions, now: NOW },
    )
    expect(
      nodes(byCluster)
        .map((e) => e.data.id)
        .sort(),
    ).toEqual([0, 1, 2, 3, 4, 5].map(pid).sort())
    const byTag = toElements(snapshot, analysis, { ...NO_FILTERS, tag: 'MUSIC' }, settings, {
      positions,
      now: NOW,
    })
    expect(nodes(byTag)).toHaveLength(6)
    const strong = toElements(snapshot, analysis, { ...NO_FILTERS, minStrength: 4 }, settings, {
      positions,
      now: NOW,
    })
    expect(edges(strong, 'tie').every((e) => (e.data.strength as number) >= 4)).toBe(true)
    expect(edges(strong, 'tie').length).toBeLessThan(snapshot.ties.length)
  })

  it('dims everybody farther than the focus depth', () => {
    const els = toElements(snapshot, analysis, NO_FILTERS, settings, {
      positions,
      now: NOW,
      focus: { id: pid(12), depth: 1 },
    })
    const dim = (n: number) =>
      String(nodes(els).find((e) => e.data.id === pid(n))!.classes).includes('dim')
    expect(dim(12)).toBe(false)
    expect(dim(11)).toBe(false)
    expect(dim(1)).toBe(true)
  })

  it('draws the top suggestions as their own edges, unless hidden or switched off', () => {
    const fake: NetworkAnalysis = {
      ...analysis,
      suggestions: [
        {
          a: pid(2),
          b: pid(13),
          score: 0.9,
          terms: analysis.suggestions[0]?.terms ?? ({} as never),
          reasons: [],
          text: 'why',
        },
        { a: pid(3), b: pid(14), score: 0.8, terms: {} as never, reasons: [], text: 'why' },
      ],
    }
    const one = toElements(
      snapshot,
      fake,
      NO_FILTERS,
      { ...settings, suggestionsOnMap: 1 },
      { positions, now: NOW },
    )
    expect(edges(one, 'suggestion').map((e) => e.data.id)).toEqual([
      suggestionElementId(pid(2), pid(13)),
    ])
    const hidden = toElements(snapshot, fake, NO_FILTERS, settings, {
      positions,
      now: NOW,
      hiddenPairs: new Set([`${pid(2)}|${pid(13)}`]),
    })
    expect(edges(hidden, 'suggestion').map((e) => e.data.source as string)).toEqual([pid(3)])
    const off = toElements(
      snapshot,
      fake,
      NO_FILTERS,
      { ...settings, showSuggestions: false },
      { positions, now: NOW },
    )
    expect(edges(off, 'suggestion')).toHaveLength(0)
  })

  it('shows introductions in progress but not closed ones', () => {
    const withIntros = {
      ...snapshot,
      introductions: [introduction(2, 13, 'asked'), introduction(3, 14, 'closed')],
    }
    const els = toElements(withIntros, analysis, NO_FILTERS, settings, { positions, now: NOW })
    expect(
      edges(els, 'intro').map((e) => [e.data.source as string, e.data.target as string]),
    ).toEqual([[pid(2), pid(13)]])
  })

  it('is deterministic', () => {
    const a = toElements(snapshot, analysis, NO_FILTERS, settings, { positions, now: NOW })
    const b = toElements(snapshot, analysis, NO_FILTERS, settings, { positions, now: NOW })
    expect(a).toEqual(b)
  })

  it('gives cluster colour slots by sorted id', () => {
    const slots = clusterColorIndex(analysis)
    expect(new Set(slots.values()).size).toBe(slots.size)
  })
})
