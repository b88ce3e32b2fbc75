/**
 * GraphML, read ourselves over xmldom's DOM. graphology-graphml (0.5) cannot read what yEd,
 * yFiles and namespace-prefixed writers produce: it ignores `<key for="all">`, the labels inside
 * `y:NodeLabel`, `<ns:graphml>` prefixes and nested (compound) graphs, and reports XML errors on
 * the console instead of to its caller. The XML parsing itself stays xmldom's.
 */
import type { XmlElement as Element } from '@xmldom/xmldom/lib/index.js'
import { ImportFormatError } from './limits'
import { childElements, descendants, parseXml } from './xml'
import type { RawGraph } from './graphReaders'

interface Key {
  name: string
  for: string
  /** yFiles graphics (`yfiles.type="nodegraphics"`): the label is inside, the rest is drawing. */
  graphics: boolean
  default?: string
}

/** yFiles keeps the visible label in `y:NodeLabel` (a group node has one per state). */
function graphicsLabel(data: Element): string {
  for (const label of descendants(data, 'NodeLabel')) {
    const value = (label.textContent ?? '').trim()
    if (value) return value
  }
  return ''
}

export function graphFromGraphml(text: string): RawGraph {
  const doc = parseXml(text, 'GraphML')
  const root = doc.documentElement
  if (!root || root.localName !== 'graphml')
    throw new ImportFormatError('not a GraphML file: the root element is not <graphml>')
  const keys = new Map<string, Key>()
  for (const key of childElements(root, 'key')) {
    const id = key.getAttribute('id') ?? ''
    const def = childElements(key, 'default')[0]
    keys.set(id, {
      name: key.getAttribute('attr.name') || id,
      for: key.getAttribute('for') || 'all',
      graphics: /graphics$/.test(key.getAttribute('yfiles.type') ?? ''),
      ...(def ? { default: (def.textContent ?? '').trim() } : {}),
    })
  }
  const defaults = (kind: 'node' | 'edge'): Record<string, unknown> => {
    const out: Record<string, unknown> = {}
    for (const key of keys.values())
      if ((key.for === kind || key.for === 'all') && key.default !== undefined)
        out[key.name] = key.default
    return out
  }
  const dataOf = (el: Element, kind: 'node' | 'edge'): Record<string, unknown> => {
    const attributes = defaults(kind)
    for (const data of childElements(el, 'data')) {
      const key = keys.get(data.getAttribute('key') ?? '')
      if (key?.graphics) {
        const label = graphicsLabel(data)
        if (label) attributes.label ??= label
        continue
      }
      const name = key?.name ?? data.getAttribute('key') ?? ''
      if (name) attributes[name] = (data.textContent ?? '').trim()
    }
    return attributes
  }

  const raw: RawGraph = { nodes: [], edges: [], groups: [] }
  const walkGraph = (graph: Element, parents: string[]) => {
    for (const el of childElements(graph)) {
      if (el.localName === 'node') {
        const id = el.getAttribute('id') ?? ''
        if (!id) continue
        const attributes = dataOf(el, 'node')
        const inner = childElements(el, 'graph')
        if (inner.length > 0 || el.getAttribute('yfiles.foldertype') === 'group') {
          // A compound (group) node: a label on the people inside, not a person.
          const named = attributes.label ?? attributes.name
          const label = typeof named === 'string' && named ? named : id
          raw.groups.push({ id, label })
          for (const g of inner) walkGraph(g, [...parents, label])
          continue
        }
        raw.nodes.push({ id, attributes, parents })
      } else if (el.localName === 'edge') {
        const source = el.getAttribute('source') ?? ''
        const target = el.getAttribute('target') ?? ''
        if (!source || !target) continue
        const attributes = dataOf(el, 'edge')
        const weight = Number(attributes.weight)
        raw.edges.push({
          source,
          target,
          attributes,
          ...(Number.isFinite(weight) ? { weight } : {}),
        })
      }
    }
    // Edges may also stand inside nested graphs or after them; all are read once above.
  }
  const graphs = childElements(root, 'graph')
  if (graphs.length === 0) throw new ImportFormatError('a GraphML file needs a <graph> element')
  for (const graph of graphs) walkGraph(graph, [])
  return raw
}
