import { applyField, type NameParts } from './fields'
import { guessMapping, headerKey, type ColumnMapping, type MappableField } from './genericCsv'
import { readRawGraph, str, type GraphFormat, type RawGraph } from './graphReaders'
import { IMPORT_LIMITS, ImportFormatError } from './limits'
import { emptyPerson, joinName, parseIsoDate } from './normalize'
import { DropReport } from './report'
import type { GraphShape, ParsedFile, StagedPerson } from './staging'

export { assertSafeXml } from './xml'
export { isEdgeListHeader, readRawGraph, type GraphFormat, type RawGraph } from './graphReaders'

const ID_RE = /^[0-9a-f]{32}$/

/** Weights become tie strength 1-5: kept when already 1-5 integers, otherwise scaled linearly. */
export function strengthScale(weights: readonly number[]): (w: number | undefined) => number {
  const finite = weights.filter((w) => Number.isFinite(w))
  if (finite.length === 0) return () => 3
  if (finite.every((w) => Number.isInteger(w) && w >= 1 && w <= 5))
    return (w) => (w === undefined ? 3 : w)
  let min = Infinity
  let max = -Infinity
  for (const w of finite) {
    if (w < min) min = w
    if (w > max) max = w
  }
  return (w) => {
    if (w === undefined || !Number.isFinite(w)) return 3
    if (max === min) return 3
    return Math.max(1, Math.min(5, Math.round(1 + ((w - min) / (max - min)) * 4)))
  }
}
/** Drawing and bookkeeping attributes: about the picture or the file, not about the person. */
const LAYOUT_ATTRIBUTES = new Set([
  'x',
  'y',
  'z',
  'size',
  'color',
  'colour',
  'shape',
  'r',
  'g',
  'b',
  'width',
  'height',
  'selected',
  'shared name',
  'suid',
  'id',
  'kithid',
  'isme',
  'label',
  'name',
  'degree',
  'weighted degree',
  'betweenness',
  'betweennesscentrality',
  'closeness',
  'closnesscentrality',
  'closenesscentrality',
  'eccentricity',
  'eigencentrality',
  'pageranks',
  'pagerank',
  'harmonicclosnesscentrality',
  'modularity class',
  'componentnumber',
  'strength',
])

/** Attribute names of graph files -> person fields (besides the CSV guesses in four languages). */
const GRAPH_FIELDS: Record<string, MappableField> = {
  group: 'tags',
  groups: 'tags',
  cluster: 'tags',
  community: 'tags',
  category: 'tags',
  label: 'name',
  affiliation: 'organization',
  institution: 'organization',
  description: 'notes',
  job: 'title',
  country: 'location',
  place: 'location',
}

function fieldFor(attribute: string): MappableField | undefined {
  const key = headerKey(attribute)
  if (LAYOUT_ATTRIBUTES.has(key)) return undefined
  return GRAPH_FIELDS[key] ?? guessMapping([attribute])[attribute]
}

const EDGE_STRUCTURAL = new Set([
  'weight',
  'id',
  'source',
  'target',
  'tietype',
  'interaction',
  'shared interaction',
  'shared name',
  'name',
  'selected',
  'suid',
  'label',
  'color',
  'size',
  'thickness',
  'type',
  'strength',
])

/** The node's own label: `label`, else `name`, whatever their case (`Label` in Gephi sheets). */
function labelOf(attributes: Record<string, unknown>): string {
  let name = ''
  for (const [key, value] of Object.entries(attributes)) {
    const k = headerKey(key)
    if (k === 'label' && str(value)) return str(value)
    if (k === 'name' && !name) name = str(value)
  }
  return name
}

/** Which attribute names people: the user's choice, else label/name, else the node id. */
function nameAttribute(raw: RawGraph, mapping: ColumnMapping | undefined): string | undefined {
  const chosen = Object.entries(mapping ?? {}).find(([, field]) => field === 'name')?.[0]
  return chosen
}

function toParsed(raw: RawGraph, mapping: ColumnMapping | undefined): ParsedFile {
  if (raw.nodes.length > IMPORT_LIMITS.maxGraphNodes)
    throw new ImportFormatError(`more than ${IMPORT_LIMITS.maxGraphNodes} nodes`)
  if (raw.edges.length > IMPORT_LIMITS.maxGraphEdges)
    throw new ImportFormatError(`more than ${IMPORT_LIMITS.maxGraphEdges} edges`)
  const report = new DropReport()
  const out: ParsedFile = { people: [], ties: [], problems: [] }
  const chosenName = nameAttribute(raw, mapping)
  const attributeNames = new Set<string>()
  for (const n of raw.nodes) for (const a of Object.keys(n.attributes)) attributeNames.add(a)
  out.nodeAttributes = [...attributeNames].sort()

  // Labels that say nothing (every node "default node label"): say so, and offer the choice.
  const labels = raw.nodes.map((n) => labelOf(n.attributes))
  const distinct = new Set(labels.filter(Boolean))
  if (!chosenName && raw.nodes.length > 2 && distinct.size === 1) {
    out.problems.push({
      severity: 'warning',
      message: `every node has the same label "${[...distinct][0]?.slice(0, 60)}": choose which attribute is the name (node ids are used until then)`,
    })
  }
  const uselessLabel = distinct.size === 1 && raw.nodes.length > 2

  raw.nodes.forEach(({ id, attributes: a, parents }, index) => {
    const at = { row: index + 1 }
    const label = uselessLabel ? '' : labelOf(a)
    if (uselessLabel && labelOf(a))
      report.notKept('label', labelOf(a), 'the same label on every node')
    const person: StagedPerson = emptyPerson(
      `node:${id}`,
      at,
      (chosenName ? str(a[chosenName]) : '') || label || id,
    )
    const names: NameParts = { first: '', last: '' }
    for (const [attribute, value] of Object.entries(a)) {
      const v = Array.isArray(value) ? value.map(str).filter(Boolean).join('; ') : str(value)
      if (!v || attribute === chosenName) continue
      const field = mapping?.[attribute] ?? fieldFor(attribute)
      if (field === 'name') {
        if (
          v !== person.name &&
          !uselessLabel &&
          headerKey(attribute) !== 'label' &&
          headerKey(attribute) !== 'name'
        )
          report.notKept(attribute, v, 'the name comes from another attribute')
        continue
      }
      if (!field) {
        if (!LAYOUT_ATTRIBUTES.has(headerKey(attribute))) report.unmapped(attribute, v)
        continue
      }
      // A numbered cluster or community ("3") is an analysis result, not a label a person chose.
      if (field === 'tags' && !mapping?.[attribute] && /^-?\d+(\.\d+)?$/.test(v)) {
        report.notKept(attribute, v, 'a numbered cluster, not a label')
        continue
      }
      applyField(person, names, field, v, attribute, report)
    }
    if (names.first || names.last)
      person.name =
        joinName(names.first, person.name === id ? '' : person.name, names.last) || person.name
    for (const parent of parents ?? []) if (!person.tags.includes(parent)) person.tags.push(parent)
    person.externalIds.push(`graph:${id}`)
    if (ID_RE.test(id)) person.knownId = id
    if (ID_RE.test(str(a.kithId))) person.knownId = str(a.kithId)
    if ((a.isMe === true || a.isMe === 'true') && out.ownerKey === undefined)
      out.ownerKey = person.key
    out.people.push(person)
  })

  const shape = mergeEdges(raw, out, report)
  out.graph = shape
  if (shape.parallelEdges > 0) {
    out.problems.push({
      severity: 'warning',
      message: `${shape.parallelEdges + shape.parallelPairs} edges between ${shape.parallelPairs} pairs merged into one tie each; strength from their count`,
    })
  }
  if (shape.selfLoops > 0) {
    out.problems.push({
      severity: 'warning',
      message: `${shape.selfLoops} self-loop${shape.selfLoops === 1 ? '' : 's'} (an edge from a node to itself) left out`,
    })
  }
  if (shape.groupNodes > 0) {
    out.problems.push({
      severity: 'warning',
      message: `${shape.groupNodes} group node${shape.groupNodes === 1 ? '' : 's'} became labels on the people inside, not people`,
    })
  }
  out.dropped = report.list()
  return out
}

/**
 * One tie per pair: parallel edges add their weights (or count, unweighted) before scaling to
 * strength 1-5; self-loops are counted and left out; edges to group nodes are not ties.
 */
function mergeEdges(raw: RawGraph, out: ParsedFile, report: DropReport): GraphShape {
  const nodeIds = new Set(raw.nodes.map((n) => n.id))
  const groupIds = new Set(raw.groups.map((g) => g.id))
  const pairs = new Map<
    string,
    {
      a: string
      b: string
      weight: number
      count: number
      type: string
      since?: string
      note?: string
      row: number
    }
  >()
  const weighted = raw.edges.some((e) => e.weight !== undefined)
  let selfLoops = 0
  raw.edges.forEach((edge, index) => {
    let since: string | undefined
    let note: string | undefined
    for (const [attribute, value] of Object.entries(edge.attributes)) {
      const v = str(value)
      const key = headerKey(attribute)
      if (!v || EDGE_STRUCTURAL.has(key)) continue
      if (key === 'since' && parseIsoDate(v)) since = parseIsoDate(v)
      else if (key === 'note' || key === 'notes') note = v
      else report.notKept(`edge ${attribute}`, v, 'ties keep a type, a strength, a date and a note')
    }
    if (edge.source === edge.target) {
      selfLoops++
      return
    }
    if (groupIds.has(edge.source) || groupIds.has(edge.target)) {
      report.notKept('edge', `${edge.source} - ${edge.target}`, 'an edge to a group node')
      return
    }
    if (!nodeIds.has(edge.source) || !nodeIds.has(edge.target)) return
    const [a, b] =
      edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source]
    const key = `${a}\u0000${b}`
    const known = pairs.get(key)
    const w = weighted ? (edge.weight ?? 1) : 1
    if (known) {
      known.count++
      known.weight += w
      known.since ??= since
      if (note) known.note = known.note ? `${known.note}\n${note}` : note
    } else
      pairs.set(key, {
        a,
        b,
        weight: w,
        count: 1,
        type: str(edge.attributes.tieType),
        ...(since ? { since } : {}),
        ...(note ? { note } : {}),
        row: index + 1,
      })
  })
  const merged = [...pairs.values()]
  const parallel = merged.filter((p) => p.count > 1)
  const useWeights = weighted || parallel.length > 0
  const scale = strengthScale(useWeights ? merged.map((p) => p.weight) : [])
  for (const p of merged) {
    out.ties.push({
      a: `node:${p.a}`,
      b: `node:${p.b}`,
      strength: useWeights ? scale(p.weight) : 3,
      ...(TIE_TYPE_NAMES.includes(p.type) ? { type: p.type as 'friend' } : {}),
      ...(p.since ? { since: p.since } : {}),
      ...(p.note ? { note: p.note } : {}),
      at: { row: p.row },
    })
  }
  return {
    nodes: raw.nodes.length,
    edges: raw.edges.length,
    parallelEdges: parallel.reduce((sum, p) => sum + p.count - 1, 0),
    parallelPairs: parallel.length,
    selfLoops,
    groupNodes: raw.groups.length,
  }
}

const TIE_TYPE_NAMES = [
  'friend',
  'colleague',
  'family',
  'client',
  'mentor',
  'acquaintance',
  'partner',
  'other',
]
export function parseGraph(
  format: GraphFormat,
  text: string,
  options: { mapping?: ColumnMapping | undefined; nodesText?: string } = {},
): ParsedFile {
  return toParsed(readRawGraph(format, text, options.nodesText), options.mapping)
}
