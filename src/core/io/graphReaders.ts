import Graph from 'graphology'
import { parse as parseGexfXml } from 'graphology-gexf'
import { cell, columnIndex, parseCsv } from './csv'
import { columnName } from './fields'
import { graphFromGraphml } from './graphml'
import { ImportFormatError } from './limits'
import { childElements, descendants, parseXml } from './xml'

/** A graph read from any format, before it becomes staged people and ties. */
export interface RawGraph {
  nodes: { id: string; attributes: Record<string, unknown>; parents?: string[] }[]
  edges: { source: string; target: string; weight?: number; attributes: Record<string, unknown> }[]
  /** Compound (group) nodes: labels on the nodes inside them, not people. */
  groups: { id: string; label: string }[]
}

export const str = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : ''

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
