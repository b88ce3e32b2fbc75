import { IO_IMPORT_FORMATS } from '../../shared/ipc/schemas/io'
import type { AnyRecord, ImportBatch, LabelledValue, PersonId, TieType } from './domainTypes'
import type { TextEncodingUsed } from './decode'
import type { ProblemLocation } from './limits'
import type { DroppedValues } from './report'

export type { DroppedValues }

/** A generic CSV's columns as the mapping step shows them. */
export interface CsvLayout {
  /** Column names (`Column N` where the file has no header row or an empty header). */
  columns: string[]
  /** The first rows' cells, so a user can see what each column holds. */
  sampleRows: string[][]
  /** The mapping in use (guessed unless one was given). */
  mapping: Record<string, string>
  /** The file has no header row: its first row is a contact. */
  headerless: boolean
}

/** Declared once, in the API contract, so the app's format choice and the importer agree. */
export const IMPORT_FORMATS = IO_IMPORT_FORMATS
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

/** Formats whose people are all the owner's contacts (tied to the owner on commit). */
export const CONTACT_FORMATS: ReadonlySet<ImportFormat> = new Set([
  'vcard',
  'linkedin',
  'google',
  'outlook',
  'thunderbird',
  'csv',
])

/** One person as parsed from the file; nothing here is a record yet. */
export interface StagedPerson {
  /** Unique inside the staged import (row number, card number or node id). */
  key: string
  at: ProblemLocation
  name: string
  organization?: string
  title?: string
  location?: string
  emails: LabelledValue[]
  phones: LabelledValue[]
  links: LabelledValue[]
  tags: string[]
  birthday?: string
  /** Named dates: anniversaries, Apple's labelled dates (`X-ABDATE`). */
  dates?: { label: string; date: string }[]
  notes?: string
  photo?: { mime: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif'; base64: string }
  /** vCard UID, LinkedIn profile URL, graph node id: identity for re-import. */
  externalIds: string[]
  /** When the owner and this person connected (LinkedIn `Connected On`). */
  connectedOn?: string
  /** A Kith person id found in the file (our own graph exports): matched first. */
  knownId?: string
}

/** A tie seeded by the file: between two staged keys, or to a name (vCard related names). */
export interface StagedTie {
  a: string
  /** A staged key, or undefined when only `bName` is known. */
  b?: string
  bName?: string
  strength: number
  type?: TieType
  customType?: string
  since?: string
  /** The tie's note (graph files that carry one, such as our own exports with private text). */
  note?: string
  at: ProblemLocation
}

export interface ImportProblem extends ProblemLocation {
  severity: 'error' | 'warning'
  message: string
}

export interface DuplicateMatch {
  key: string
  name: string
  personId: PersonId
  existingName: string
  reason: 'id' | 'externalId' | 'email' | 'phone' | 'profileUrl' | 'name+organization' | 'name'
}

export interface ImportPreview {
  format: ImportFormat
  fileName: string
  encoding: TextEncodingUsed | 'binary' | 'vcard-charset'
  counts: {
    people: number
    newPeople: number
    matched: number
    ties: number
    rowsWithProblems: number
    /** Records of other kinds (Kith JSON: entries, introductions, cluster names). */
    otherRecords: number
  }
  duplicates: DuplicateMatch[]
  problems: ImportProblem[]
  /** Limits that applied, so a UI can say them. */
  limits: Record<string, number>
  /** Columns, properties and attributes that map to nothing, and values read but not kept. */
  dropped: DroppedValues[]
  /** Graph files: how many parallel edges were merged and self-loops left out. */
  graph?: GraphShape
  /** Generic CSV: columns, sample rows and the mapping in use. */
  csv?: CsvLayout
  /** Graph files: node attribute names (any may be chosen as the name). */
  nodeAttributes?: string[]
}

export interface GraphShape {
  nodes: number
  edges: number
  /** Edges beyond the first between the same two nodes (merged; strength from their count). */
  parallelEdges: number
  /** Distinct pairs that had more than one edge. */
  parallelPairs: number
  selfLoops: number
  /** Compound/group nodes that became labels on their children instead of people. */
  groupNodes: number
}

export interface OwnerLink {
  /** 'contacts': every person is tied to the owner; 'node': one node is the owner. */
  mode: 'contacts' | 'node' | 'linkAll' | 'none'
  nodeKey?: string
}

export interface StagedImport {
  format: ImportFormat
  fileName: string
  encoding: TextEncodingUsed | 'binary' | 'vcard-charset'
  people: StagedPerson[]
  ties: StagedTie[]
  problems: ImportProblem[]
  owner: OwnerLink
  /** Staged key -> existing person it will update instead of creating a new one. */
  matches: Map<string, DuplicateMatch>
  /** Kith JSON only: the records as read (validated), applied as they are. */
  records?: AnyRecord[]
  preview: ImportPreview
}

export type { ImportBatch }

/** What each parser returns before matching and bounding. */
export interface ParsedFile {
  /** A node the file itself marks as the owner (our own graph exports: `isMe`). */
  ownerKey?: string
  people: StagedPerson[]
  ties: StagedTie[]
  problems: ImportProblem[]
  dropped?: DroppedValues[]
  csv?: CsvLayout
  graph?: GraphShape
  nodeAttributes?: string[]
}
