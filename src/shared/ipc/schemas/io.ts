import { z } from 'zod'
import { idSchema } from '../../domain'
import { empty } from './common'

/** Formats the importer reads (the core checks at compile time that it reads exactly these). */
export const IO_IMPORT_FORMATS = [
  'vcard',
  'linkedin',
  'google',
  'outlook',
  'thunderbird',
  'csv',
  'gexf',
  'graphml',
  'cyjs',
  'edgelist',
  'kith-json',
] as const
export type IoImportFormat = (typeof IO_IMPORT_FORMATS)[number]

export const IO_EXPORT_FORMATS = ['json', 'vcard', 'csv', 'gexf', 'graphml', 'cyjs'] as const
export type IoExportFormat = (typeof IO_EXPORT_FORMATS)[number]

/** Fields a generic CSV column can be mapped to ('ignore' skips the column). */
export const IO_MAPPABLE_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'organization',
  'title',
  'location',
  'email',
  'phone',
  'link',
  'tags',
  'birthday',
  'notes',
  'ignore',
] as const
export type IoMappableField = (typeof IO_MAPPABLE_FIELDS)[number]

/** 50 MB (the importer's file limit) in base64, with room to spare. */
export const MAX_IMPORT_BASE64_CHARS = 70 * 1024 * 1024
/** A preview lists at most this many problems, duplicates and graph nodes (totals are counted). */
export const PREVIEW_LIST_LIMIT = 2000

const columnMapping = z
  .record(z.string().max(500), z.enum(IO_MAPPABLE_FIELDS))
  .refine((m) => Object.keys(m).length <= 1000, 'at most 1000 mapped columns')

export const importProblemSchema = z.object({
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  line: z.number().optional(),
  card: z.number().optional(),
  row: z.number().optional(),
})
export type ImportProblemView = z.infer<typeof importProblemSchema>

export const importPreviewSchema = z.object({
  stagingId: z.string(),
  format: z.enum(IO_IMPORT_FORMATS),
  fileName: z.string(),
  encoding: z.string(),
  counts: z.object({
    people: z.number(),
    newPeople: z.number(),
    matched: z.number(),
    ties: z.number(),
    rowsWithProblems: z.number(),
    otherRecords: z.number(),
    errors: z.number(),
    warnings: z.number(),
  }),
  duplicates: z.array(
    z.object({
      name: z.string(),
      personId: z.string(),
      existingName: z.string(),
      reason: z.string(),
    }),
  ),
  problems: z.array(importProblemSchema),
  /** Generic CSV: the file's columns and the mapping used (guessed unless one was given). */
  columns: z.array(z.string()).nullable(),
  mapping: z.record(z.string(), z.enum(IO_MAPPABLE_FIELDS)).nullable(),
  /** Graph formats: nodes the user may pick as the owner (ids as in the file). */
  graphNodes: z.array(z.object({ id: z.string(), name: z.string() })).nullable(),
  owner: z.object({
    mode: z.enum(['contacts', 'node', 'linkAll', 'none']),
    nodeId: z.string().nullable(),
  }),
  limits: z.record(z.string(), z.number()),
  /**
   * Everything in the file the import would not keep: columns/properties/attributes that map to
   * nothing (mappable: the user may map them and stage again) and values read but not kept.
   */
  dropped: z.array(
    z.object({
      source: z.string(),
      kind: z.enum(['unmapped', 'notKept']),
      count: z.number(),
      sample: z.string(),
      reason: z.string().optional(),
      mappable: z.boolean(),
    }),
  ),
  /** Generic CSV: the first rows as read, so a file without a header can be mapped. */
  sampleRows: z.array(z.array(z.string())).nullable(),
  headerless: z.boolean(),
  /** Graph files: node attribute names (any may be chosen as the name) and merge counts. */
  nodeAttributes: z.array(z.string()).nullable(),
  graph: z
    .object({
      nodes: z.number(),
      edges: z.number(),
      parallelEdges: z.number(),
      parallelPairs: z.number(),
      selfLoops: z.number(),
      groupNodes: z.number(),
    })
    .nullable(),
})
export type ImportPreviewView = z.infer<typeof importPreviewSchema>

export const importBatchViewSchema = z.object({
  id: z.string(),
  format: z.string(),
  fileName: z.string(),
  counts: z.record(z.string(), z.number()),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
})
export type ImportBatchView = z.infer<typeof importBatchViewSchema>

export const ioMethods = {
  'io.stage': {
    input: z
      .object({
        fileName: z.string().max(500),
        contentBase64: z
          .string()
          .max(MAX_IMPORT_BASE64_CHARS, 'the file is larger than 50 MB')
          .regex(/^[A-Za-z0-9+/=\r\n]*$/, 'the content must be base64'),
        format: z.enum(IO_IMPORT_FORMATS).optional(),
        mapping: columnMapping.optional(),
        linkOwner: z.boolean().optional(),
        ownerNodeId: z.string().max(500).optional(),
      })
      .strict(),
    output: importPreviewSchema,
  },
  'io.commit': {
    input: z.object({ stagingId: z.string().max(100), acceptProblems: z.boolean() }).strict(),
    output: importBatchViewSchema,
  },
  /** Stops a running commit of that preview before it writes; nothing is written then. */
  'io.cancel': {
    input: z.object({ stagingId: z.string().max(100) }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  'io.batches': { input: empty, output: z.array(importBatchViewSchema) },
  'io.undo': {
    input: z.object({ batchId: idSchema }).strict(),
    output: z.object({ batch: importBatchViewSchema, removed: z.number(), reverted: z.number() }),
  },
  'io.export': {
    input: z
      .object({
        format: z.enum(IO_EXPORT_FORMATS),
        includePrivate: z.boolean(),
        /** Graph exports: person id -> cluster, from the renderer's analysis. */
        clusters: z
          .record(idSchema, z.union([z.string().max(200), z.number()]))
          .refine((m) => Object.keys(m).length <= 200_000)
          .optional(),
      })
      .strict(),
    output: z.object({ fileName: z.string(), folder: z.string(), bytes: z.number() }),
  },
}
