import path from 'node:path'
import type { ImportBatch } from '../../shared/domain'
import {
  PREVIEW_LIST_LIMIT,
  type IoExportFormat,
  type IoImportFormat,
  type IoMappableField,
  type ImportBatchView,
  type ImportPreviewView,
  type ioMethods,
} from '../../shared/ipc'
import { KithError } from '../errors'
import {
  commitImport,
  exportVault,
  EXPORT_EXTENSIONS,
  FileExistsError,
  ImportAbortedError,
  ImportFormatError,
  ImportProblemsError,
  ImportUndoError,
  stageImport,
  undoImport,
  writeFileAtomic,
  type ExportFormat,
  type ImportFormat,
  type MappableField,
  type StagedImport,
} from '../io'
import { sessionOf } from '../session/kithSession'
import { ensureDirectory, fileStamp } from '../session/vaultFiles'
import type { HandlerGroup } from './types'

type IoMethod = keyof typeof ioMethods

// The contract's format lists are written out in shared/ (which cannot import core): these
// assignments fail to compile the day the two sides stop naming the same formats.
const _importFormats: [IoImportFormat, ImportFormat] = ['' as ImportFormat, '' as IoImportFormat]
const _exportFormats: [IoExportFormat, ExportFormat] = ['' as ExportFormat, '' as IoExportFormat]
const _fields: [IoMappableField, MappableField] = ['' as MappableField, '' as IoMappableField]
void [_importFormats, _exportFormats, _fields]

/** Staged imports are plaintext: few are kept, only in memory, and only while the vault is open. */
const MAX_STAGED = 3
interface StagingArea {
  order: string[]
  byId: Map<string, StagedImport>
  /** Commits in progress, by staging id, so `io.cancel` can stop them. */
  running: Map<string, AbortController>
}
// Keyed by the open vault object: locking drops the session's reference to it, so its staged
// imports become unreachable with it (and a later unlock starts with an empty area).
const areas = new WeakMap<object, StagingArea>()

function areaOf(vault: object): StagingArea {
  let area = areas.get(vault)
  if (!area) {
    area = { order: [], byId: new Map(), running: new Map() }
    areas.set(vault, area)
  }
  return area
}

function keep(area: StagingArea, staged: StagedImport): string {
  const id = randomId()
  area.byId.set(id, staged)
  area.order.push(id)
  while (area.order.length > MAX_STAGED) area.byId.delete(area.order.shift() ?? '')
  return id
}

function drop(area: StagingArea, id: string): void {
  area.byId.delete(id)
  area.order = area.order.filter((x) => x !== id)
}

function randomId(): string {
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Engine errors carry their own codes; the API speaks KithError codes. */
function apiError(error: unknown): unknown {
  if (error instanceof ImportAbortedError) return new KithError('Conflict', error.message)
  if (error instanceof ImportFormatError) return new KithError('ImportFailed', error.message)
  if (error instanceof ImportProblemsError) return new KithError('Invalid', error.message)
  if (error instanceof ImportUndoError) {
    const code = /already undone/.test(error.message) ? 'Conflict' : 'NotFound'
    return new KithError(code, error.message)
  }
  return error
}

function batchView(batch: ImportBatch): ImportBatchView {
  return {
    id: batch.id,
    format: batch.format,
    fileName: batch.fileName,
    counts: batch.counts,
    createdAt: batch.createdAt,
    undoneAt: batch.undoneAt ?? null,
  }
}

function previewOf(
  stagingId: string,
  staged: StagedImport,
  extra: { columns: string[] | null; mapping: Record<string, MappableField> | null },
  graphNodes: { id: string; name: string }[] | null,
): ImportPreviewView {
  const { preview } = staged
  const errors = preview.problems.filter((p) => p.severity === 'error').length
  const ownerNode = staged.owner.nodeKey?.replace(/^node:/, '') ?? null
  return {
    stagingId,
    format: preview.format,
    fileName: preview.fileName,
    encoding: preview.encoding,
    counts: { ...preview.counts, errors, warnings: preview.problems.length - errors },
    duplicates: preview.duplicates.slice(0, PREVIEW_LIST_LIMIT).map((d) => ({
      name: d.name,
      personId: d.personId,
      existingName: d.existingName,
      reason: d.reason,
    })),
    // Errors first: they are what the user must decide about.
    problems: [...preview.problems]
      .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
      .slice(0, PREVIEW_LIST_LIMIT),
    columns: extra.columns,
    mapping: extra.mapping,
    graphNodes,
    owner: { mode: staged.owner.mode, nodeId: ownerNode },
    limits: preview.limits,
    dropped: preview.dropped.slice(0, PREVIEW_LIST_LIMIT),
    sampleRows: preview.csv?.sampleRows ?? null,
    headerless: preview.csv?.headerless ?? false,
    nodeAttributes: preview.nodeAttributes ?? null,
    graph: preview.graph ?? null,
  }
}

const GRAPH_FORMATS = new Set<ImportFormat>(['gexf', 'graphml', 'cyjs', 'edgelist'])

/** A name in `exports/` that is not taken yet; the atomic write refuses to overwrite anyway. */
async function writeExport(folder: string, base: string, ext: string, data: string) {
  for (let n = 1; n < 1000; n++) {
    const fileName = n === 1 ? `${base}${ext}` : `${base}-${n}${ext}`
    try {
      await writeFileAtomic(path.join(folder, fileName), data)
      return fileName
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error
    }
  }
  throw new KithError('Conflict', 'Too many exports with the same name in the exports folder.')
}

export const ioHandlers: HandlerGroup<IoMethod> = {
  'io.stage': (input, env) => {
    const vault = sessionOf(env).require()
    const bytes = new Uint8Array(Buffer.from(input.contentBase64, 'base64'))
    let staged: StagedImport
    try {
      staged = stageImport(
        bytes,
        {
          fileName: path.basename(input.fileName),
          ...(input.format ? { format: input.format } : {}),
          ...(input.mapping ? { mapping: input.mapping } : {}),
          ...(input.linkOwner ? { linkOwner: true } : {}),
          ...(input.ownerNodeId !== undefined ? { ownerNodeId: input.ownerNodeId } : {}),
        },
        vault,
      )
    } catch (error) {
      throw apiError(error)
    }
    const layout = staged.preview.csv
    const columns = layout?.columns ?? null
    const mapping = layout ? (layout.mapping as Record<string, MappableField>) : null
    const graphNodes = GRAPH_FORMATS.has(staged.format)
      ? staged.people
          .filter((p) => p.key.startsWith('node:'))
          .slice(0, PREVIEW_LIST_LIMIT)
          .map((p) => ({ id: p.key.slice('node:'.length), name: p.name }))
      : null
    const stagingId = keep(areaOf(vault), staged)
    return previewOf(stagingId, staged, { columns, mapping }, graphNodes)
  },

  'io.commit': async (input, env) => {
    const vault = sessionOf(env).require()
    const area = areaOf(vault)
    const staged = area.byId.get(input.stagingId)
    if (!staged) {
      throw new KithError(
        'NotFound',
        'That preview is no longer available (the vault was locked or it was replaced): choose the file again.',
      )
    }
    if (area.running.has(input.stagingId)) {
      throw new KithError('Conflict', 'This import is already being written.')
    }
    const controller = new AbortController()
    area.running.set(input.stagingId, controller)
    let batch: ImportBatch
    try {
      batch = await commitImport(staged, vault, {
        clock: env.clock,
        acceptProblems: input.acceptProblems,
        signal: controller.signal,
      })
    } catch (error) {
      throw apiError(error)
    } finally {
      area.running.delete(input.stagingId)
    }
    drop(area, input.stagingId)
    return batchView(batch)
  },

  'io.cancel': (input, env) => {
    const controller = areaOf(sessionOf(env).require()).running.get(input.stagingId)
    controller?.abort()
    return { cancelled: controller !== undefined }
  },

  'io.batches': (_input, env) => {
    const vault = sessionOf(env).require()
    return vault
      .list('importBatch')
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map(batchView)
  },

  'io.undo': async (input, env) => {
    const vault = sessionOf(env).require()
    try {
      const result = await undoImport(input.batchId, vault, env.clock)
      return { batch: batchView(result.batch), removed: result.removed, reverted: result.reverted }
    } catch (error) {
      throw apiError(error)
    }
  },

  'io.export': async (input, env) => {
    const session = sessionOf(env)
    const vault = session.require()
    const now = env.clock()
    const data = exportVault(vault, input.format, {
      includePrivate: input.includePrivate,
      now,
      ...(input.clusters ? { analysis: { clusters: input.clusters } } : {}),
    })
    const folder = path.join(env.dataDirectory, 'exports')
    ensureDirectory(folder)
    const base = `kith-${session.vaultName.replace(/\s+/g, '-')}-${fileStamp(now)}`
    const fileName = await writeExport(folder, base, EXPORT_EXTENSIONS[input.format], data)
    env.log(`io.export: wrote ${input.format} export`)
    return { fileName, folder, bytes: Buffer.byteLength(data) }
  },
}
