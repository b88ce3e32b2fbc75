import Graph from 'graphology'
import { parse as parseGexfXml } from 'graphology-gexf'
import { cell, columnIndex, parseCsv } from './csv'
import { applyField, columnName, type NameParts } from './fields'
import { guessMapping, headerKey, type ColumnMapping, type MappableField } from './genericCsv'
import { graphFromGraphml } from './graphml'
import { IMPORT_LIMITS, ImportFormatError } from './limits'
import { emptyPerson, joinName, parseIsoDate } from './normalize'
import { DropReport } from './report'
import type { GraphShape, ParsedFile, StagedPerson } from './staging'
import { childElements, descendants, parseXml } from './xml'

export { assertSafeXml } from './xml'

/** A graph read from any format, before it becomes staged people and ties. */
export interface RawGraph {
  nodes: { id: string; attributes: Record<string, unknown>; parents?: string[] }[]
  edges: { source: string; target: string; weight?: number; attributes: Record<string, unknown> }[]
  /** Compound (group) nodes: labels on the nodes inside them, not people. */
  groups: { id: string; label: string }[]
}

const ID_RE = /^[0-9a-f]{32}$/

/** GEXF through graphology-gexf, given a document xmldom parsed with an error callback. */
function graphFromGexf(text: string): RawGraph {
  const doc = parseXml(text, 'GEXF')
  let graph: Graph
  try {
    graph = parseGexfXml(Graph, doc as unknown as Parameters<typeof parseGexfXml>[1], {
      addMissingNodes: true,
      allowUndeclaredAttributes: true,
    })
  } catch (error) {
    throw new ImportFormatError(
      `not a readable GEXF file: ${((error as Error).message ?? String(error)).slice(0, 200)}`,
    )
  }
  // GEXF hierarchies: a node holding `<nodes>`, or named by another's `pid`, is a group.
  const parentOf = new Map<string, string>()
  for (const node of descendants(doc, 'node')) {
    const id = node.getAttribute('id') ?? ''
    const pid = node.getAttribute('pid')
    if (pid) parentOf.set(id, pid)
    for (const inner of childElements(node, 'nodes'))
      for (const child of childElements(inner, 'node'))
        parentOf.set(child.getAttribute('id') ?? '', id)
  }
  const groupIds = new Set(parentOf.values())
  const label = (id: string) =>
    graph.hasNode(id) ? str(graph.getNodeAttribute(id, 'label')) || id : id
  const chain = (id: string): string[] => {
    const out: string[] = []
    for (let p = parentOf.get(id); p && out.length < 20; p = parentOf.get(p)) out.unshift(label(p))
    return out
  }
  const raw: RawGraph = { nodes: [], edges: [], groups: [] }
  graph.forEachNode((id, attributes) => {
    if (groupIds.has(id)) raw.groups.push({ id, label: label(id) })
    else raw.nodes.push({ id, attributes, parents: chain(id) })
  })
  graph.forEachEdge((_edge, attributes, source, target) => {
    const weight = Number(attributes.weight)
    raw.edges.push({ source, target, attributes, ...(Number.isFinite(weight) ? { weight } : {}) })
  })
  return raw
}

/** Cytoscape ids are strings or numbers; anything else is not an id. */
const idText = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : ''

interface CyElement {
  data?: Record<string, unknown>
}

function graphFromCyjs(text: string): RawGraph {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new ImportFormatError(`not valid JSON: ${(error as Error).message.slice(0, 200)}`)
  }
  const elements = (json as { elements?: unknown }).elements ?? json
  let nodes: CyElement[] = []
  let edges: CyElement[] = []
  if (Array.isArray(elements)) {
    for (const el of elements as (CyElement & { group?: string })[]) {
      if (el.group === 'edges' || (el.data && 'source' in el.data)) edges.push(el)
      else nodes.push(el)
    }
  } else if (elements && typeof elements === 'object') {
    const e = elements as { nodes?: unknown; edges?: unknown }
    nodes = Array.isArray(e.nodes) ? (e.nodes as CyElement[]) : []
    edges = Array.isArray(e.edges) ? (e.edges as CyElement[]) : []
  } else throw new ImportFormatError('a Cytoscape file needs `elements` with nodes and edges')
  const raw: RawGraph = { nodes: [], edges: [], groups: [] }
  // Compound nodes: any node named as another's `parent` is a group, not a person.
  const parentIds = new Set(nodes.map((n) => idText(n.data?.parent)).filter(Boolean))
  const labelOf = (data: Record<string, unknown>) =>
    str(data.name) || str(data.label) || idText(data.id)
  const byId = new Map(nodes.map((n) => [idText(n.data?.id), n.data ?? {}]))
  const chain = (data: Record<string, unknown>): string[] => {
    const out: string[] = []
    let parent = idText(data.parent)
    while (parent && out.length < 20) {
      const p = byId.get(parent)
      out.unshift(p ? labelOf(p) : parent)
      parent = p ? idText(p.parent) : ''
    }
    return out
  }
  for (const node of nodes) {
    const data = node.data ?? {}
    const id = idText(data.id)
    if (!id) continue
    if (parentIds.has(id)) {
      raw.groups.push({ id, label: labelOf(data) })
      continue
    }
    const attributes: Record<string, unknown> = { ...data }
    delete attributes.parent
    raw.nodes.push({ id, attributes, parents: chain(data) })
  }
  for (const edge of edges) {
    const data = edge.data ?? {}
    const source = idText(data.source)
    const target = idText(data.target)
    if (!source || !target) continue
    const weight = Number(data.weight)
    raw.edges.push({
      source,
      target,
      attributes: data,
      ...(Number.isFinite(weight) ? { weight } : {}),
    })
  }
  return raw
}

export function isEdgeListHeader(header: readonly string[]): boolean {
  return columnIndex(header, 'source') >= 0 && columnIndex(header, 'target') >= 0
}

/** Gephi's spreadsheet edge list; its nodes file may carry any person columns besides Id. */
function graphFromEdgeList(text: string, nodesText: string | undefined): RawGraph {
  const table = parseCsv(text)
  const src = columnIndex(table.header, 'source')
  const tgt = columnIndex(table.header, 'target')
  const wcol = columnIndex(table.header, 'weight')
  if (src < 0 || tgt < 0)
    throw new ImportFormatError('an edge list needs Source and Target columns', {
      line: table.headerLine,
    })
  const raw: RawGraph = { nodes: [], edges: [], groups: [] }
  const seen = new Set<string>()
  if (nodesText !== undefined) {
    const nodes = parseCsv(nodesText)
    const id = columnIndex(nodes.header, 'id')
    if (id < 0)
      throw new ImportFormatError('the nodes file needs an Id column', { line: nodes.headerLine })
    for (const row of nodes.rows) {
      const key = cell(row, id)
      if (!key || seen.has(key)) continue
      seen.add(key)
      const attributes: Record<string, unknown> = {}
      nodes.header.forEach((_, index) => {
        if (index === id) return
        const value = cell(row, index)
        if (value) attributes[columnName(nodes.header, index)] = value
      })
      raw.nodes.push({ id: key, attributes })
    }
  }
  const edgeColumns = table.header
    .map((_, index) => index)
    .filter((index) => index !== src && index !== tgt && index !== wcol)
  for (const row of table.rows) {
    const source = cell(row, src)
    const target = cell(row, tgt)
    if (!source || !target) continue
    for (const key of [source, target]) {
      if (!seen.has(key)) {
        seen.add(key)
        raw.nodes.push({ id: key, attributes: {} })
      }
    }
    const attributes: Record<string, unknown> = {}
    for (const index of edgeColumns) {
      const value = cell(row, index)
      if (value) attributes[columnName(table.header, index)] = value
    }
    const weight = Number(cell(row, wcol))
    raw.edges.push({
      source,
      target,
      attributes,
      ...(wcol >= 0 && cell(row, wcol) && Number.isFinite(weight) ? { weight } : {}),
    })
  }
  return raw
}

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

const str = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : ''

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

export type GraphFormat = 'gexf' | 'graphml' | 'cyjs' | 'edgelist'

/** The graph as the file holds it (nodes, edges, groups with all their attributes). */
export function readRawGraph(format: GraphFormat, text: string, nodesText?: string): RawGraph {
  switch (format) {
    case 'gexf':
      return graphFromGexf(text)
    case 'graphml':
      return graphFromGraphml(text)
    case 'cyjs':
      return graphFromCyjs(text)
    case 'edgelist':
      return graphFromEdgeList(text, nodesText)
  }
}

export function parseGraph(
  format: GraphFormat,
  text: string,
  options: { mapping?: ColumnMapping | undefined; nodesText?: string } = {},
): ParsedFile {
  return toParsed(readRawGraph(format, text, options.nodesText), options.mapping)
}
