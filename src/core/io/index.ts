/**
 * Import and export (formats.md): stage -> preview -> one-commit import batch -> undo as a whole;
 * exports to Kith JSON, vCard 4.0, CSV, GEXF, GraphML and Cytoscape `.cyjs`.
 */
import type { RecordStore } from '../store/recordStore'
import type { Person, Tie } from './domainTypes'
import { peopleToCsv, peopleToVcard } from './exportContacts'
import { toCyjs, toGexf, toGraphml, type GraphAnalysis } from './exportGraph'
import { exportKithJson } from './kithJson'

export { stageImport, type StageOptions } from './stage'
export { commitImport, mergeInto, type CommitOptions, type ImportProgress } from './commit'
export { undoImport, ImportUndoError, type UndoResult } from './undo'
export { writeFileAtomic, FileExistsError } from './writeFile'
export { decodeBytes, type TextEncodingUsed } from './decode'
export { sniffFormat } from './sniff'
export { guessMapping, MAPPABLE_FIELDS, type ColumnMapping, type MappableField } from './genericCsv'
export { IMPORT_LIMITS, ImportFormatError, ImportProblemsError, ImportAbortedError } from './limits'
export {
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportPreview,
  type ImportProblem,
  type StagedImport,
} from './staging'
export type { GraphAnalysis } from './exportGraph'

export const EXPORT_FORMATS = ['json', 'vcard', 'csv', 'gexf', 'graphml', 'cyjs'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  json: '.kith.json',
  vcard: '.vcf',
  csv: '.csv',
  gexf: '.gexf',
  graphml: '.graphml',
  cyjs: '.cyjs',
}

export interface ExportOptions {
  /** Notes and tie notes in contact/graph exports (Kith JSON is always complete). */
  includePrivate?: boolean
  /** Clusters, positions and colours for graph exports; positions default to the saved layout. */
  analysis?: GraphAnalysis
  /** For `exportedAt` in Kith JSON. */
  now?: Date
}

/** Live (not trashed) people and the ties between them. */
function liveGraph(store: RecordStore): { people: Person[]; ties: Tie[] } {
  const people = store.list('person').filter((p) => !p.deletedAt)
  const alive = new Set(people.map((p) => p.id))
  const ties = store.list('tie').filter((t) => !t.deletedAt && alive.has(t.a) && alive.has(t.b))
  const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
  return { people: people.sort(byId), ties: ties.sort(byId) }
}

/** Every export is plaintext outside the vault's protection: callers warn before writing it. */
export function exportVault(
  store: RecordStore,
  format: ExportFormat,
  options: ExportOptions = {},
): string {
  const graph = liveGraph(store)
  const contacts = graph.people.filter((p) => !p.isMe)
  const layout = store.get('layout', 'layout')
  const analysis: GraphAnalysis = { ...options.analysis }
  if (!analysis.positions && layout) analysis.positions = layout.positions
  const graphOptions = { includePrivate: options.includePrivate ?? false, analysis }
  switch (format) {
    case 'json':
      return exportKithJson(store, options.now ?? new Date())
    case 'vcard':
      return peopleToVcard(contacts, options)
    case 'csv':
      return peopleToCsv(contacts, options)
    case 'gexf':
      return toGexf(graph, graphOptions)
    case 'graphml':
      return toGraphml(graph, graphOptions)
    case 'cyjs':
      return toCyjs(graph, graphOptions)
  }
}
