import Graph from 'graphology'
import { parse as parseGexfXml } from 'graphology-gexf'
import { parse as parseGraphmlXml } from 'graphology-graphml'
import { cell, columnIndex, parseCsv } from './csv'
import { IMPORT_LIMITS, ImportFormatError } from './limits'
import { emptyPerson, pushTag, pushValue } from './normalize'
import type { ParsedFile, StagedPerson } from './staging'

/** A graph read from any format, before it becomes staged people and ties. */
interface RawGraph {
  nodes: { id: string; attributes: Record<string, unknown> }[]
  edges: { source: string; target: string; weight?: number; attributes: Record<string, unknown> }[]
}

const ID_RE = /^[0-9a-f]{32}$/

/**
 * Entity-expansion bombs ("billion laughs") and external entities live in the DOCTYPE; no graph
 * format needs one, so any DOCTYPE or ENTITY is refused before an XML parser sees the text.
 */
export function assertSafeXml(text: string): void {
  const doctype = /<!DOCTYPE|<!ENTITY/i.exec(text)
  if (doctype) {
    const line = text.slice(0, doctype.index).split('\n').length
    throw new ImportFormatError(
      'XML with a DOCTYPE/ENTITY declaration is refused (entity expansion is unsafe)',
      { line },
    )
  }
}

/** xmldom reports errors through callbacks and recovers silently; make any error fatal instead. */
function graphFromXml(text: string, format: 'gexf' | 'graphml'): RawGraph {
  assertSafeXml(text)
  let graph: Graph
  try {
    const errors: string[] = []
    const original = console.error
    // graphology's xmldom wrappers print recoverable parse errors instead of throwing; capture them.
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '))
    try {
      graph =
        format === 'gexf'
          ? parseGexfXml(Graph, text, { addMissingNodes: true, allowUndeclaredAttributes: true })
          : parseGraphmlXml(Graph, text, { addMissingNodes: true })
    } finally {
      console.error = original
    }
    if (errors.length > 0) throw new Error(errors[0])
  } catch (error) {
    const message = (error as Error).message ?? String(error)
    const line = /line:?\s*(\d+)/i.exec(message)?.[1]
    throw new ImportFormatError(
      `not a readable ${format.toUpperCase()} file: ${message.split('\n')[0]?.slice(0, 200)}`,
      line ? { line: Number(line) } : {},
    )
  }
  const raw: RawGraph = { nodes: [], edges: [] }
  graph.forEachNode((id, attributes) => raw.nodes.push({ id, attributes }))
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
  const raw: RawGraph = { nodes: [], edges: [] }
  for (const node of nodes) {
    const data = node.data ?? {}
    const id = idText(data.id)
    if (id) raw.nodes.push({ id, attributes: { ...data, label: data.name ?? data.label } })
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

function graphFromEdgeList(text: string, nodesText: string | undefined): RawGraph {
  const table = parseCsv(text)
  const src = columnIndex(table.header, 'source')
  const tgt = columnIndex(table.header, 'target')
  const wcol = columnIndex(table.header, 'weight')
  if (src < 0 || tgt < 0)
    throw new ImportFormatError('an edge list needs Source and Target columns', {
      line: table.headerLine,
    })
  const raw: RawGraph = { nodes: [], edges: [] }
  const seen = new Set<string>()
  if (nodesText !== undefined) {
    const nodes = parseCsv(nodesText)
    const id = columnIndex(nodes.header, 'id')
    const label = columnIndex(nodes.header, 'label', 'name')
    const group = columnIndex(nodes.header, 'group', 'cluster', 'modularity_class')
    if (id < 0)
      throw new ImportFormatError('the nodes file needs an Id column', { line: nodes.headerLine })
    for (const row of nodes.rows) {
      const key = cell(row, id)
      if (!key || seen.has(key)) continue
      seen.add(key)
      raw.nodes.push({
        id: key,
        attributes: { label: cell(row, label) || key, group: cell(row, group) },
      })
    }
  }
  for (const row of table.rows) {
    const source = cell(row, src)
    const target = cell(row, tgt)
    if (!source || !target) continue
    for (const key of [source, target]) {
      if (!seen.has(key)) {
        seen.add(key)
        raw.nodes.push({ id: key, attributes: { label: key } })
      }
    }
    const weight = Number(cell(row, wcol))
    raw.edges.push({
      source,
      target,
      attributes: {},
      ...(wcol >= 0 && Number.isFinite(weight) ? { weight } : {}),
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

const text = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : ''

function toParsed(raw: RawGraph): ParsedFile {
  if (raw.nodes.length > IMPORT_LIMITS.maxGraphNodes)
    throw new ImportFormatError(`more than ${IMPORT_LIMITS.maxGraphNodes} nodes`)
  if (raw.edges.length > IMPORT_LIMITS.maxGraphEdges)
    throw new ImportFormatError(`more than ${IMPORT_LIMITS.maxGraphEdges} edges`)
  const out: ParsedFile = { people: [], ties: [], problems: [] }
  raw.nodes.forEach(({ id, attributes: a }, index) => {
    const at = { row: index + 1 }
    const person: StagedPerson = emptyPerson(`node:${id}`, at, text(a.label) || text(a.name) || id)
    const org = text(a.organization) || text(a.org) || text(a.company)
    if (org) person.organization = org
    const title = text(a.title)
    if (title) person.title = title
    pushValue(person.emails, text(a.email))
    const group = text(a.group) || text(a.cluster)
    if (group) pushTag(person.tags, group)
    person.externalIds.push(`graph:${id}`)
    if (ID_RE.test(id)) person.knownId = id
    if (ID_RE.test(text(a.kithId))) person.knownId = text(a.kithId)
    if ((a.isMe === true || a.isMe === 'true') && out.ownerKey === undefined)
      out.ownerKey = person.key
    out.people.push(person)
  })
  const scale = strengthScale(raw.edges.map((e) => e.weight ?? NaN))
  raw.edges.forEach((edge, index) => {
    if (edge.source === edge.target) return
    const type = text(edge.attributes.tieType)
    out.ties.push({
      a: `node:${edge.source}`,
      b: `node:${edge.target}`,
      strength: scale(edge.weight),
      ...([
        'friend',
        'colleague',
        'family',
        'client',
        'mentor',
        'acquaintance',
        'partner',
        'other',
      ].includes(type)
        ? { type: type as 'friend' }
        : {}),
      at: { row: index + 1 },
    })
  })
  return out
}

export type GraphFormat = 'gexf' | 'graphml' | 'cyjs' | 'edgelist'

export function parseGraph(format: GraphFormat, text: string, nodesText?: string): ParsedFile {
  switch (format) {
    case 'gexf':
    case 'graphml':
      return toParsed(graphFromXml(text, format))
    case 'cyjs':
      return toParsed(graphFromCyjs(text))
    case 'edgelist':
      return toParsed(graphFromEdgeList(text, nodesText))
  }
}
