import type { IoExportFormat } from '../../../../shared/ipc'
import type { NetworkAnalysis } from '../../../../shared/graph'

export const EXPORT_CHOICES: readonly {
  format: IoExportFormat
  label: string
  description: string
  graph: boolean
}[] = [
  {
    format: 'json',
    label: 'Kith JSON',
    description: 'Everything, lossless: people, ties, journal, introductions. Re-importable.',
    graph: false,
  },
  {
    format: 'vcard',
    label: 'vCard 4.0',
    description: 'Your contacts, for a phone or another address book.',
    graph: false,
  },
  { format: 'csv', label: 'CSV', description: 'Your contacts as a spreadsheet.', graph: false },
  {
    format: 'gexf',
    label: 'GEXF',
    description: 'The network for Gephi, with clusters, tie strength and colours.',
    graph: true,
  },
  {
    format: 'graphml',
    label: 'GraphML',
    description: 'The network for Cytoscape, yEd, NetworkX or igraph.',
    graph: true,
  },
  {
    format: 'cyjs',
    label: 'Cytoscape JSON',
    description: 'The network for Cytoscape desktop (.cyjs).',
    graph: true,
  },
]

/** Kith JSON always holds private text (it is the lossless format); the others only when asked. */
export function exportsPrivateText(format: IoExportFormat, includePrivate: boolean): boolean {
  return format === 'json' || includePrivate
}

/** Person id -> cluster label, so a graph export shows the same groups as the map. */
export function clustersForExport(
  analysis: Pick<NetworkAnalysis, 'clusters'> | null,
): Record<string, string> | undefined {
  if (!analysis || analysis.clusters.length === 0) return undefined
  const out: Record<string, string> = {}
  for (const cluster of analysis.clusters) {
    for (const member of cluster.members) out[member] = cluster.label.slice(0, 200)
  }
  return out
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
