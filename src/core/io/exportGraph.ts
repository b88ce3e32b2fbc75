import Graph from 'graphology'
import { write as writeGexfXml } from 'graphology-gexf'
import type { Person, Tie } from './domainTypes'

/** Results of analysis (clusters, layout, colours) live elsewhere; exports take them as input. */
export interface GraphAnalysis {
  clusters?: Record<string, string | number>
  positions?: Record<string, { x: number; y: number }>
  /** Person id -> CSS hex colour (`#rrggbb`). */
  colours?: Record<string, string>
}

export interface GraphExportOptions {
  includePrivate?: boolean
  analysis?: GraphAnalysis
}

interface GraphData {
  people: Person[]
  ties: Tie[]
}

function degrees(ties: readonly Tie[]): Map<string, number> {
  const d = new Map<string, number>()
  for (const t of ties) {
    d.set(t.a, (d.get(t.a) ?? 0) + 1)
    d.set(t.b, (d.get(t.b) ?? 0) + 1)
  }
  return d
}

function rgb(hex: string | undefined): { r: number; g: number; b: number } | undefined {
  const m = hex ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex) : null
  return m
    ? {
        r: parseInt(m[1] as string, 16),
        g: parseInt(m[2] as string, 16),
        b: parseInt(m[3] as string, 16),
      }
    : undefined
}

function nodeAttributes(
  p: Person,
  options: GraphExportOptions,
): Record<string, string | number | boolean> {
  const cluster = options.analysis?.clusters?.[p.id]
  const attrs: Record<string, string | number | boolean> = {
    label: p.name,
    organization: p.organization ?? '',
    title: p.title ?? '',
    location: p.location ?? '',
    // Several values in one attribute are joined the way Google's CSV joins them.
    email: p.emails.map((e) => e.value).join(' ::: '),
    phone: p.phones.map((e) => e.value).join(' ::: '),
    url: p.links.map((e) => e.value).join(' ::: '),
    tags: p.tags.join('; '),
    cluster: cluster === undefined ? '' : String(cluster),
    colour: options.analysis?.colours?.[p.id] ?? '',
    isMe: p.isMe,
  }
  if (options.includePrivate) attrs.notes = p.notes
  return attrs
}

function edgeAttributes(t: Tie, options: GraphExportOptions): Record<string, string | number> {
  // Never an attribute called `kind`: GEXF reserves it (formats.md).
  const attrs: Record<string, string | number> = {
    strength: t.strength,
    tieType: t.type,
    since: t.since ?? '',
  }
  if (options.includePrivate) attrs.note = t.note
  return attrs
}

export function toGexf({ people, ties }: GraphData, options: GraphExportOptions = {}): string {
  const graph = new Graph({ type: 'undirected', multi: false })
  const degree = degrees(ties)
  for (const p of people) graph.addNode(p.id, nodeAttributes(p, options))
  for (const t of ties)
    graph.addUndirectedEdgeWithKey(t.id, t.a, t.b, {
      ...edgeAttributes(t, options),
      weight: t.strength,
    })
  return writeGexfXml(graph, {
    version: '1.3',
    formatNode: (key, attributes) => {
      const { label, ...rest } = attributes
      const position = options.analysis?.positions?.[key]
      // graphology-gexf's writer takes a CSS colour string (its types also allow an object, it does not).
      const colour = options.analysis?.colours?.[key]
      return {
        label: String(label),
        attributes: rest,
        viz: {
          size: 5 + 2 * Math.sqrt(degree.get(key) ?? 0),
          ...(position ? { x: position.x, y: position.y } : {}),
          ...(colour && rgb(colour) ? { color: colour } : {}),
        },
      }
    },
    formatEdge: (_key, attributes) => {
      const { weight, ...rest } = attributes
      return { weight: Number(weight), attributes: rest }
    },
  })
}

const xml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 cannot carry most control characters, even escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '') // eslint-disable-line no-control-regex

/**
 * GraphML writer, ours because graphology-graphml only parses. Keys are declared before the
 * graph (the spec requires it; yEd and Gephi refuse otherwise); `r`/`g`/`b`/`x`/`y`/`size` are the
 * names Gephi reads for colour and position.
 */
export function toGraphml({ people, ties }: GraphData, options: GraphExportOptions = {}): string {
  const degree = degrees(ties)
  const nodeKeys: [string, 'string' | 'boolean' | 'double' | 'int'][] = [
    ['label', 'string'],
    ['organization', 'string'],
    ['title', 'string'],
    ['location', 'string'],
    ['email', 'string'],
    ['phone', 'string'],
    ['url', 'string'],
    ['tags', 'string'],
    ['cluster', 'string'],
    ['colour', 'string'],
    ['isMe', 'boolean'],
    ...(options.includePrivate ? [['notes', 'string'] as [string, 'string']] : []),
    ['x', 'double'],
    ['y', 'double'],
    ['size', 'double'],
    ['r', 'int'],
    ['g', 'int'],
    ['b', 'int'],
  ]
  const edgeKeys: [string, 'string' | 'double' | 'int'][] = [
    ['weight', 'double'],
    ['strength', 'int'],
    ['tieType', 'string'],
    ['since', 'string'],
    ...(options.includePrivate ? [['note', 'string'] as [string, 'string']] : []),
  ]
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ]
  for (const [name, type] of nodeKeys)
    out.push(`  <key id="v_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`)
  for (const [name, type] of edgeKeys)
    out.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`)
  out.push('  <graph id="kith" edgedefault="undirected">')
  for (const p of people) {
    const attrs: Record<string, string | number | boolean> = nodeAttributes(p, options)
    const position = options.analysis?.positions?.[p.id]
    if (position) Object.assign(attrs, position)
    attrs.size = 5 + 2 * Math.sqrt(degree.get(p.id) ?? 0)
    const colour = rgb(options.analysis?.colours?.[p.id])
    if (colour) Object.assign(attrs, colour)
    out.push(`    <node id="${xml(p.id)}">`)
    for (const [name] of nodeKeys) {
      const value = attrs[name]
      if (value !== undefined && value !== '')
        out.push(`      <data key="v_${name}">${xml(String(value))}</data>`)
    }
    out.push('    </node>')
  }
  for (const t of ties) {
    const attrs: Record<string, string | number> = {
      ...edgeAttributes(t, options),
      weight: t.strength,
    }
    out.push(`    <edge id="${xml(t.id)}" source="${xml(t.a)}" target="${xml(t.b)}">`)
    for (const [name] of edgeKeys) {
      const value = attrs[name]
      if (value !== undefined && value !== '')
        out.push(`      <data key="e_${name}">${xml(String(value))}</data>`)
    }
    out.push('    </edge>')
  }
  out.push('  </graph>', '</graphml>')
  return out.join('\n') + '\n'
}

/** Cytoscape desktop's `.cyjs`: the `cy.json()` shape with `data.name` and `data.interaction`. */
export function toCyjs({ people, ties }: GraphData, options: GraphExportOptions = {}): string {
  const nodes = people.map((p) => {
    const { label, ...rest } = nodeAttributes(p, options)
    const position = options.analysis?.positions?.[p.id]
    return { data: { id: p.id, name: label, ...rest }, ...(position ? { position } : {}) }
  })
  const edges = ties.map((t) => ({
    data: {
      id: t.id,
      source: t.a,
      target: t.b,
      interaction: t.type,
      weight: t.strength,
      ...edgeAttributes(t, options),
    },
  }))
  const file = {
    format_version: '1.0',
    generated_by: 'Kith',
    target_cytoscapejs_version: '~3.34',
    data: { name: 'Kith network' },
    elements: { nodes, edges },
  }
  return JSON.stringify(file, null, 1) + '\n'
}
