import { z } from 'zod'
import {
  clusterNameIdSchema,
  entryIdSchema,
  importBatchIdSchema,
  introductionIdSchema,
  personIdSchema,
  tieIdSchema,
} from './ids'
import { isoDateSchema, isoDateTimeSchema, partialDateSchema } from './time'

const shortText = z.string().trim().max(200)
const name = z.string().trim().min(1, 'a name is required').max(200)
const phrase = z.string().trim().min(1).max(200)
/** Markdown bodies and notes: generous, but bounded before anything is encrypted. */
export const MAX_MARKDOWN_CHARS = 1_000_000
const markdown = z.string().max(MAX_MARKDOWN_CHARS)

const timestamps = {
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
}

export const labelledValueSchema = z.object({
  label: shortText.optional(),
  value: z.string().trim().min(1).max(500),
})
export type LabelledValue = z.infer<typeof labelledValueSchema>

/** A small photo, stored inside the encrypted record: capped so one contact cannot bloat the vault. */
export const MAX_PHOTO_BYTES = 96 * 1024
export const photoSchema = z.object({
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/gif']),
  base64: z.string().max(Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 4),
})

export const namedDateSchema = z.object({
  label: z.string().trim().min(1).max(100),
  date: partialDateSchema,
})
export type NamedDate = z.infer<typeof namedDateSchema>

export const personSchema = z.object({
  kind: z.literal('person'),
  id: personIdSchema,
  name,
  isMe: z.boolean().default(false),
  organization: shortText.optional(),
  title: shortText.optional(),
  location: shortText.optional(),
  emails: z.array(labelledValueSchema).max(50).default([]),
  phones: z.array(labelledValueSchema).max(50).default([]),
  links: z.array(labelledValueSchema).max(50).default([]),
  tags: z.array(phrase).max(100).default([]),
  offers: z.array(phrase).max(50).default([]),
  seeks: z.array(phrase).max(50).default([]),
  howWeMet: z.string().trim().max(2000).optional(),
  metThrough: personIdSchema.optional(),
  notes: markdown.default(''),
  cadenceDays: z.number().int().min(1).max(3650).optional(),
  lastContactAt: isoDateTimeSchema.optional(),
  snoozedUntil: isoDateTimeSchema.optional(),
  /** `1984-02-29`, or `--02-29` when the year is not known (RFC 6350). */
  birthday: partialDateSchema.optional(),
  /** Other dates worth remembering: "work anniversary", "kids' birthdays"... */
  dates: z.array(namedDateSchema).max(50).optional(),
  photo: photoSchema.optional(),
  importBatch: importBatchIdSchema.optional(),
  externalIds: z.array(z.string().max(500)).max(20).default([]),
  ...timestamps,
  deletedAt: isoDateTimeSchema.optional(),
})
export type Person = z.infer<typeof personSchema>

export const TIE_TYPES = [
  'friend',
  'colleague',
  'family',
  'client',
  'mentor',
  'acquaintance',
  'partner',
  'other',
] as const
/** `evidence`: a likely tie (shared organisation, label...) the person confirmed or rejected. */
export const TIE_SOURCES = ['manual', 'introduction', 'import', 'journal', 'evidence'] as const

export const tieSchema = z
  .object({
    kind: z.literal('tie'),
    id: tieIdSchema,
    /** Undirected: `a < b` always (canonical order), so one pair has one key. */
    a: personIdSchema,
    b: personIdSchema,
    type: z.enum(TIE_TYPES).default('acquaintance'),
    customType: shortText.optional(),
    strength: z.number().int().min(1).max(5).default(3),
    since: isoDateSchema.optional(),
    note: z.string().max(5000).default(''),
    source: z.enum(TIE_SOURCES).default('manual'),
    introduction: introductionIdSchema.optional(),
    importBatch: importBatchIdSchema.optional(),
    ...timestamps,
    deletedAt: isoDateTimeSchema.optional(),
  })
  .refine((t) => t.a < t.b, {
    message: 'tie endpoints must be distinct and in canonical order (a < b)',
  })
export type Tie = z.infer<typeof tieSchema>

export const ENTRY_TYPES = ['meeting', 'call', 'message', 'event', 'note'] as const

export const entrySchema = z.object({
  kind: z.literal('entry'),
  id: entryIdSchema,
  at: isoDateTimeSchema,
  type: z.enum(ENTRY_TYPES).default('note'),
  title: z.string().trim().max(300).default(''),
  body: markdown.default(''),
  participants: z.array(personIdSchema).max(500).default([]),
  place: shortText.optional(),
  followUpOn: isoDateSchema.optional(),
  followUpDone: z.boolean().default(false),
  introduction: introductionIdSchema.optional(),
  ...timestamps,
  deletedAt: isoDateTimeSchema.optional(),
})
export type Entry = z.infer<typeof entrySchema>

export const INTRODUCTION_STATUSES = [
  'idea',
  'asked',
  'accepted',
  'made',
  'met',
  'declined',
  'closed',
] as const
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number]

export const introductionSchema = z.object({
  kind: z.literal('introduction'),
  id: introductionIdSchema,
  a: personIdSchema,
  b: personIdSchema,
  /** Who makes the introduction; the owner when absent. */
  introducer: personIdSchema.optional(),
  status: z.enum(INTRODUCTION_STATUSES),
  rationale: z.string().max(5000).default(''),
  channel: shortText.optional(),
  history: z
    .array(
      z.object({
        status: z.enum(INTRODUCTION_STATUSES),
        at: isoDateTimeSchema,
        note: z.string().max(5000).default(''),
      }),
    )
    .max(1000)
    .default([]),
  outcome: z.string().max(5000).default(''),
  tie: tieIdSchema.optional(),
  ...timestamps,
  deletedAt: isoDateTimeSchema.optional(),
})
export type Introduction = z.infer<typeof introductionSchema>

export const clusterNameSchema = z.object({
  kind: z.literal('clusterName'),
  id: clusterNameIdSchema,
  name: shortText.min(1),
  /** Members when the name was given; later runs match a cluster to this set by overlap. */
  members: z.array(personIdSchema).max(100_000),
  ...timestamps,
})
export type ClusterName = z.infer<typeof clusterNameSchema>

export const layoutSchema = z.object({
  kind: z.literal('layout'),
  id: z.literal('layout'),
  positions: z.record(z.string(), z.object({ x: z.number().finite(), y: z.number().finite() })),
  ...timestamps,
})
export type Layout = z.infer<typeof layoutSchema>

export const analysisWeightsSchema = z.object({
  complementarity: z.number().min(0).max(10),
  sharedInterests: z.number().min(0).max(10),
  structure: z.number().min(0).max(10),
  bridge: z.number().min(0).max(10),
  trust: z.number().min(0).max(10),
})
export type AnalysisWeights = z.infer<typeof analysisWeightsSchema>

export const settingsSchema = z.object({
  kind: z.literal('settings'),
  id: z.literal('settings'),
  autoLockMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(10),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  nodeSize: z.enum(['closeness', 'degree']).default('closeness'),
  suggestionsOnMap: z.number().int().min(0).max(200).default(15),
  showSuggestions: z.boolean().default(true),
  interactionHalfLifeDays: z.number().min(1).max(3650).default(180),
  weights: analysisWeightsSchema.optional(),
  /** Pairs the user snoozed until a date (`a|b` canonical key). */
  snoozedPairs: z.record(z.string(), isoDateTimeSchema).default({}),
  /**
   * Reach out items put aside: item key to the local date it comes back (`9999-12-31` for done).
   * Keys name one occurrence (a birthday's year, an introduction's last change), so the next one
   * shows again.
   */
  reachOutSnoozes: z.record(z.string(), isoDateSchema).optional(),
  /** Daily digest notification: off unless the user turns it on (absent = off). */
  digestEnabled: z.boolean().optional(),
  /** Local time of the digest, `HH:MM` (absent = 08:30). */
  digestTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .optional(),
  /** Names and reasons in the notification; otherwise only the count and one first name. */
  digestShowDetails: z.boolean().optional(),
  /** Electron only: start Kith when the user logs in, and keep a tray icon. */
  startAtLogin: z.boolean().optional(),
  trayIcon: z.boolean().optional(),
  ...timestamps,
})
export type Settings = z.infer<typeof settingsSchema>

/** Person fields an import fills only when they were empty, so undoing it clears them. */
export const IMPORT_FILLED_FIELDS = [
  'organization',
  'title',
  'location',
  'birthday',
  'photo',
  'notes',
] as const

/**
 * What an import added to a person it merged into. Only the additions are kept (not a snapshot of
 * the person): undo removes exactly them and keeps edits made since, and a batch that touched
 * thousands of people with photos and long notes stays far below the record size limit.
 */
export const importMergeSchema = z.object({
  person: personIdSchema,
  emails: z.array(labelledValueSchema).max(50).default([]),
  phones: z.array(labelledValueSchema).max(50).default([]),
  links: z.array(labelledValueSchema).max(50).default([]),
  tags: z.array(phrase).max(100).default([]),
  externalIds: z.array(z.string().max(500)).max(20).default([]),
  filled: z.array(z.enum(IMPORT_FILLED_FIELDS)).max(IMPORT_FILLED_FIELDS.length).default([]),
  /** The short values it filled: undo clears a field only while it still holds that value. */
  values: z
    .object({
      organization: shortText.optional(),
      title: shortText.optional(),
      location: shortText.optional(),
      birthday: partialDateSchema.optional(),
      /** Long fields are recognised by a fingerprint instead of a second copy. */
      notes: z.string().max(40).optional(),
      photo: z.string().max(40).optional(),
    })
    .default({}),
})
export type ImportMerge = z.infer<typeof importMergeSchema>

export const importBatchSchema = z.object({
  kind: z.literal('importBatch'),
  id: importBatchIdSchema,
  format: shortText,
  fileName: shortText.default(''),
  counts: z.record(z.string(), z.number().int().min(0)),
  undoneAt: isoDateTimeSchema.optional(),
  /** Ids of created records that cannot carry `importBatch` (Kith JSON entries, introductions...). */
  created: z.array(z.string().max(64)).max(1_000_000).default([]),
  /** Existing people the import merged into, with what it added to each. */
  merged: z.array(importMergeSchema).max(1_000_000).default([]),
  ...timestamps,
})
export type ImportBatch = z.infer<typeof importBatchSchema>

export const anyRecordSchema = z.union([
  personSchema,
  tieSchema,
  entrySchema,
  introductionSchema,
  clusterNameSchema,
  layoutSchema,
  settingsSchema,
  importBatchSchema,
])
export type AnyRecord = z.infer<typeof anyRecordSchema>
export type RecordKind = AnyRecord['kind']

/** Canonical key of an unordered pair of people. */
export function pairKey(x: string, y: string): string {
  return x < y ? `${x}|${y}` : `${y}|${x}`
}
