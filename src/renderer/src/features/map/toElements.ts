import type { ElementDefinition } from 'cytoscape'
import { pairKey } from '../../../../shared/domain'
import type { NetworkAnalysis } from '../../../../shared/graph'
import type { NetworkSnapshot } from '../../../../shared/ipc'
import type { Positions } from '../../workers/layoutTypes'
import { buildNeighbourhood, withinDepth } from './neighbourhood'
import type { MapFilters } from './mapUi'

export interface MapSettings {
  nodeSize: 'closeness' | 'degree'
  showSuggestions: boolean
  suggestionsOnMap: number
  interactionHalfLifeDays: number
}

export interface ElementOptions {
  positions: Readonly<Positions>
  now: Date
  /** Focus mode: people farther than `depth` ties from `id` are dimmed. */
  focus?: { id: string; depth: number } | null
  /** Pairs acted on a moment ago (dismissed, snoozed): hidden before the analysis catches up. */
  hiddenPairs?: ReadonlySet<string>
}

export const CLUSTER_COLOURS = 12
const DAY_MS = 86_400_000
const ACTIVE_INTRO = new Set(['idea', 'asked', 'accepted', 'made'])
/** Shown when nothing is known about a tie's last contact: neither fresh nor cold. */
const UNKNOWN_FRESHNESS = 0.55

export function mapSettings(snapshot: NetworkSnapshot): MapSettings {
  const s = snapshot.settings
  return {
    nodeSize: s?.nodeSize ?? 'closeness',
    showSuggestions: s?.showSuggestions ?? true,
    suggestionsOnMap: s?.suggestionsOnMap ?? 15,
    interactionHalfLifeDays: s?.interactionHalfLifeDays ?? 180,
  }
}

/** Colour slot per cluster: ids sorted, so a cluster keeps its colour while its id is stable. */
export function clusterColorIndex(analysis: NetworkAnalysis | null): Map<string, number> {
  const out = new Map<string, number>()
  if (!analysis) return out
  const ids = analysis.clusters.filter((c) => !c.isolated).map((c) => c.id)
  ids.sort()
  ids.forEach((id, i) => out.set(id, i % CLUSTER_COLOURS))
  return out
}

export const suggestionElementId = (a: string, b: string) => `s:${pairKey(a, b)}`
export const likelyElementId = (a: string, b: string) => `l:${pairKey(a, b)}`
/** Likely ties come strongest first; past this many the map shows only the strongest. */
const MAX_LIKELY_ON_MAP = 3000

/**
 * The vault as Cytoscape elements. Pure: the same inputs give the same elements, so the map can
 * diff them against what it shows and touch only what changed.
 */
export function toElements(
  snapshot: NetworkSnapshot,
  analysis: NetworkAnalysis | null,
  filters: MapFilters,
  settings: MapSettings,
  options: ElementOptions,
): ElementDefinition[] {
  const nowMs = options.now.getTime()
  const ownerId = snapshot.ownerId
  const colors = clusterColorIndex(analysis)
  const people = snapshot.people.filter((p) => !p.deletedAt)
  const ties = snapshot.ties.filter((t) => !t.deletedAt)
  const tag = filters.tag?.toLowerCase() ?? null
  const clusterFilter = filters.clusters.length > 0 ? new Set(filters.clusters) : null
  const visible = new Set<string>()
  for (const p of people) {
    if (p.id !== ownerId) {
      const cluster = analysis?.clusterOf[p.id]
      if (clusterFilter && (cluster === undefined || !clusterFilter.has(cluster))) continue
      if (tag && !p.tags.some((t) => t.toLowerCase() === tag)) continue
      if (filters.contactWithinDays !== null) {
        const last = p.lastContactAt ? Date.parse(p.lastContactAt) : Number.NaN
        if (!(nowMs - last <= filters.contactWithinDays * DAY_MS)) continue
      }
    }
    visible.add(p.id)
  }
  const shownTies = ties.filter(
    (t) => visible.has(t.a) && visible.has(t.b) && t.strength >= filters.minStrength,
  )
  const focus = options.focus && visible.has(options.focus.id) ? options.focus : null
  const near = focus ? withinDepth(buildNeighbourhood(shownTies), focus.id, focus.depth) : null

  const ownerStrength = new Map<string, number>()
  const degree = new Map<string, number>()
  for (const t of ties) {
    degree.set(t.a, (degree.get(t.a) ?? 0) + 1)
    degree.set(t.b, (degree.get(t.b) ?? 0) + 1)
    if (t.a === ownerId) ownerStrength.set(t.b, t.strength)
    if (t.b === ownerId) ownerStrength.set(t.a, t.strength)
  }
  const lastPairContact = pairContacts(snapshot)
  const lastContact = new Map<string, number>()
  for (const p of people) if (p.lastContactAt) lastContact.set(p.id, Date.parse(p.lastContactAt))

  const out: ElementDefinition[] = []
  for (const p of people) {
    if (!visible.has(p.id)) continue
    const isOwner = p.id === ownerId
    const cluster = analysis?.clusterOf[p.id]
    const slot = cluster === undefined ? undefined : colors.get(cluster)
    const classes = ['person']
    if (isOwner) classes.push('owner')
    else if (slot === undefined) classes.push('isolated')
    else classes.push(`c${slot}`)
    if (near && !near.has(p.id)) classes.push('dim')
    if (focus?.id === p.id) classes.push('focus-centre')
    const size = isOwner
      ? 46
      : settings.nodeSize === 'degree'
        ? Math.min(44, 12 + 4 * Math.sqrt(degree.get(p.id) ?? 0))
        : 12 + 5 * (ownerStrength.get(p.id) ?? 0)
    const position = options.positions[p.id]
    out.push({
      group: 'nodes',
      data: { id: p.id, label: isOwner ? `${p.name} (you)` : p.name, cluster: cluster ?? '', size },
      classes: classes.join(' '),
      ...(position ? { position: { x: position.x, y: position.y } } : {}),
    })
  }
  for (const t of shownTies) {
    const isOwnerTie = t.a === ownerId || t.b === ownerId
    const other = t.a === ownerId ? t.b : t.a
    const last = isOwnerTie ? lastContact.get(other) : lastPairContact.get(pairKey(t.a, t.b))
    const fresh =
      last === undefined
        ? UNKNOWN_FRESHNESS
        : Math.pow(0.5, Math.max(0, nowMs - last) / DAY_MS / settings.interactionHalfLifeDays)
    const classes = ['tie']
    if (isOwnerTie) classes.push('owner-tie')
    if (near && !(near.has(t.a) && near.has(t.b))) classes.push('dim')
    out.push({
      group: 'edges',
      data: {
        id: `t:${t.id}`,
        source: t.a,
        target: t.b,
        strength: t.strength,
        width: isOwnerTie ? 0.8 : 0.6 + 0.55 * t.strength,
        // The owner's ties all meet in the centre: kept faint so they do not become a hairball.
        opacity: round2(isOwnerTie ? 0.04 + 0.14 * fresh : 0.22 + 0.6 * fresh),
      },
      classes: classes.join(' '),
    })
  }
  // Likely ties: what the records suggest (shared organisation, label...), drawn faint and
  // dotted so they are never mistaken for ties the person confirmed. Hidden when the strength
  // filter asks for more than the weakest confirmed tie.
  if (analysis && filters.minStrength <= 1) {
    let drawn = 0
    for (const l of analysis.likelyTies) {
      if (drawn >= MAX_LIKELY_ON_MAP) break
      if (!visible.has(l.a) || !visible.has(l.b)) continue
      drawn++
      out.push({
        group: 'edges',
        data: {
          id: likelyElementId(l.a, l.b),
          source: l.a,
          target: l.b,
          weight: l.weight,
          opacity: round2(0.12 + 0.4 * l.weight),
        },
        classes: near && !(near.has(l.a) && near.has(l.b)) ? 'likely dim' : 'likely',
      })
    }
  }
  for (const intro of snapshot.introductions) {
    if (intro.deletedAt || !ACTIVE_INTRO.has(intro.status)) continue
    if (!visible.has(intro.a) || !visible.has(intro.b)) continue
    out.push({
      group: 'edges',
      data: { id: `i:${intro.id}`, source: intro.a, target: intro.b, status: intro.status },
      classes: 'intro',
    })
  }
  if (analysis && settings.showSuggestions) {
    let shown = 0
    for (const s of analysis.suggestions) {
      if (shown >= settings.suggestionsOnMap) break
      const key = pairKey(s.a, s.b)
      if (options.hiddenPairs?.has(key)) continue
      if (!visible.has(s.a) || !visible.has(s.b)) continue
      shown++
      out.push({
        group: 'edges',
        data: { id: suggestionElementId(s.a, s.b), source: s.a, target: s.b, key, score: s.score },
        classes: near && !(near.has(s.a) && near.has(s.b)) ? 'suggestion dim' : 'suggestion',
      })
    }
  }
  return out
}

/** Latest shared interaction per pair (small gatherings only: a conference is not contact). */
function pairContacts(snapshot: NetworkSnapshot): Map<string, number> {
  const out = new Map<string, number>()
  for (const i of snapshot.interactions) {
    if (i.participants.length < 2 || i.participants.length > 12) continue
    const at = Date.parse(i.at)
    for (let x = 0; x < i.participants.length; x++) {
      for (let y = x + 1; y < i.participants.length; y++) {
        const key = pairKey(i.participants[x]!, i.participants[y]!)
        if (!(out.get(key)! >= at)) out.set(key, at)
      }
    }
  }
  return out
}

function round2(x: number): number {
  return Math.round(x * 100) / 100
}
