import { z } from 'zod'
import {
  ENTRY_TYPES,
  INTRODUCTION_STATUSES,
  TIE_TYPES,
  MAX_REVIEW_PAIRS,
  analysisWeightsSchema,
  clusterNameSchema,
  entrySchema,
  idSchema,
  introductionSchema,
  isoDateSchema,
  isoDateTimeSchema,
  layoutSchema,
  namedDateSchema,
  partialDateSchema,
  personSchema,
  settingsSchema,
  tieSchema,
} from '../../domain'
import { byId, empty, timeZone, undoable } from './common'

const phrases = z.array(z.string().trim().min(1).max(200)).max(100)
const labelled = z
  .array(z.object({ label: z.string().max(200).optional(), value: z.string().min(1).max(500) }))
  .max(50)

/** What a person form may set; ids, timestamps and the owner flag are the core's business. */
export const personFieldsSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    organization: z.string().trim().max(200).optional(),
    title: z.string().trim().max(200).optional(),
    location: z.string().trim().max(200).optional(),
    emails: labelled.optional(),
    phones: labelled.optional(),
    links: labelled.optional(),
    tags: phrases.optional(),
    offers: phrases.optional(),
    seeks: phrases.optional(),
    howWeMet: z.string().max(2000).optional(),
    metThrough: idSchema.optional(),
    notes: z.string().max(1_000_000).optional(),
    cadenceDays: z.number().int().min(1).max(3650).optional(),
    birthday: partialDateSchema.optional(),
    dates: z.array(namedDateSchema).max(50).optional(),
  })
  .strict()

const interaction = z.object({
  id: z.string(),
  at: isoDateTimeSchema,
  participants: z.array(z.string()),
})

export const snapshotSchema = z.object({
  ownerId: z.string().nullable(),
  people: z.array(personSchema),
  ties: z.array(tieSchema),
  introductions: z.array(introductionSchema),
  clusterNames: z.array(clusterNameSchema),
  layout: layoutSchema.nullable(),
  settings: settingsSchema.nullable(),
  /** Journal entries reduced to who met when: what the analysis needs, without private text. */
  interactions: z.array(interaction),
})
export type NetworkSnapshot = z.infer<typeof snapshotSchema>

export const personDetailSchema = z.object({
  person: personSchema,
  ties: z.array(tieSchema),
  entries: z.array(entrySchema),
  introductions: z.array(introductionSchema),
})

const tieFields = {
  type: z.enum(TIE_TYPES).optional(),
  strength: z.number().int().min(1).max(5).optional(),
  note: z.string().max(5000).optional(),
  since: isoDateSchema.optional(),
}

export const recordMethods = {
  'network.snapshot': { input: empty, output: snapshotSchema },
  'people.list': {
    input: z.object({ trash: z.enum(['exclude', 'only', 'include']).optional() }).strict(),
    output: z.array(personSchema),
  },
  'people.get': { input: byId, output: personDetailSchema },
  'people.create': { input: personFieldsSchema, output: personSchema },
  'people.update': {
    input: z.object({ id: idSchema, patch: personFieldsSchema.partial() }).strict(),
    output: personSchema,
  },
  'people.trash': { input: byId, output: undoable },
  'people.restore': { input: byId, output: personSchema },
  'people.merge': {
    input: z.object({ keepId: idSchema, mergeId: idSchema }).strict(),
    output: z.object({ person: personSchema, undoLabel: z.string() }),
  },
  'ties.create': {
    input: z.object({ a: idSchema, b: idSchema, ...tieFields }).strict(),
    output: tieSchema,
  },
  'ties.update': {
    input: z.object({ id: idSchema, patch: z.object(tieFields).strict() }).strict(),
    output: tieSchema,
  },
  'ties.remove': { input: byId, output: undoable },
  'ties.suggested': {
    input: empty,
    output: z.array(
      z.object({ a: z.string(), b: z.string(), count: z.number(), lastAt: z.string() }),
    ),
  },
  'ties.reviewSuggested': {
    input: z.object({ a: idSchema, b: idSchema, accept: z.boolean() }).strict(),
    output: z.object({}),
  },
  /** Likely ties (inferred from shared organisation, labels...): one pair or a whole group. */
  'ties.reviewLikely': {
    input: z
      .object({
        pairs: z
          .array(z.object({ a: idSchema, b: idSchema }).strict())
          .min(1)
          .max(MAX_REVIEW_PAIRS),
        accept: z.boolean(),
        type: z.enum(TIE_TYPES).optional(),
        strength: z.number().int().min(1).max(5).optional(),
      })
      .strict(),
    output: z.object({ decided: z.number().int(), alreadyDecided: z.number().int() }),
  },
  'journal.list': {
    input: z
      .object({
        personId: idSchema.optional(),
        query: z.string().max(200).optional(),
        type: z.enum(ENTRY_TYPES).optional(),
        limit: z.number().int().min(1).max(10_000).optional(),
      })
      .strict(),
    output: z.array(entrySchema),
  },
  'journal.log': {
    input: z
      .object({
        text: z.string().min(1).max(1_000_000),
        title: z.string().max(300).optional(),
        at: isoDateTimeSchema.optional(),
        type: z.enum(ENTRY_TYPES).optional(),
        place: z.string().max(200).optional(),
        followUpOn: isoDateSchema.optional(),
        createMissing: z.boolean().optional(),
        /** People picked in the autocomplete, in addition to @mentions in the text. */
        participants: z.array(idSchema).max(500).optional(),
        introduction: idSchema.optional(),
      })
      .strict(),
    output: z.object({ entry: entrySchema, created: z.array(personSchema) }),
  },
  'journal.update': {
    input: z
      .object({
        id: idSchema,
        patch: z
          .object({
            title: z.string().max(300).optional(),
            body: z.string().max(1_000_000).optional(),
            at: isoDateTimeSchema.optional(),
            type: z.enum(ENTRY_TYPES).optional(),
            followUpOn: isoDateSchema.optional(),
            followUpDone: z.boolean().optional(),
            participants: z.array(idSchema).max(500).optional(),
          })
          .strict(),
      })
      .strict(),
    output: entrySchema,
  },
  'journal.delete': { input: byId, output: undoable },
  /** Ticks or clears one Markdown task box (`- [ ] …`) in an entry's body; `offset` is its `[`. */
  'journal.toggleTask': {
    input: z
      .object({
        id: idSchema,
        offset: z.number().int().min(0).max(1_000_000),
        done: z.boolean(),
      })
      .strict(),
    output: entrySchema,
  },
  'introductions.list': { input: empty, output: z.array(introductionSchema) },
  'introductions.create': {
    input: z
      .object({
        a: idSchema,
        b: idSchema,
        status: z.enum(['idea', 'asked']),
        rationale: z.string().max(5000).optional(),
        channel: z.string().max(200).optional(),
        /** Also write a journal entry about it (the default when made from the map). */
        logEntry: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ introduction: introductionSchema, entry: entrySchema.nullable() }),
  },
  'introductions.transition': {
    input: z
      .object({
        id: idSchema,
        to: z.enum(INTRODUCTION_STATUSES),
        note: z.string().max(5000).optional(),
      })
      .strict(),
    output: z.object({ introduction: introductionSchema, tie: tieSchema.nullable() }),
  },
  'introductions.drafts': {
    input: byId,
    output: z.object({ forA: z.string(), forB: z.string() }),
  },
  'suggestions.dismiss': {
    input: z
      .object({ a: idSchema, b: idSchema, rationale: z.string().max(5000).optional() })
      .strict(),
    output: z.object({}),
  },
  'suggestions.snooze': {
    input: z.object({ a: idSchema, b: idSchema, days: z.number().int().min(1).max(3650) }).strict(),
    output: z.object({}),
  },
  'clusters.rename': {
    input: z
      .object({ members: z.array(idSchema).min(1).max(100_000), name: z.string().trim().max(200) })
      .strict(),
    output: z.object({}),
  },
  'layout.save': {
    input: z
      .object({
        positions: z.record(idSchema, z.object({ x: z.number().finite(), y: z.number().finite() })),
      })
      .strict(),
    output: z.object({}),
  },
  'settings.update': {
    // Spelled out rather than settingsSchema.pick().partial(): zod's partial() would fill every
    // absent field with its default and reset settings the user did not touch.
    input: z
      .object({
        patch: z
          .object({
            autoLockMinutes: z
              .number()
              .int()
              .min(0)
              .max(24 * 60)
              .optional(),
            theme: z.enum(['system', 'light', 'dark']).optional(),
            nodeSize: z.enum(['closeness', 'degree']).optional(),
            suggestionsOnMap: z.number().int().min(0).max(200).optional(),
            showSuggestions: z.boolean().optional(),
            interactionHalfLifeDays: z.number().min(1).max(3650).optional(),
            weights: analysisWeightsSchema.optional(),
            digestEnabled: z.boolean().optional(),
            digestTime: z
              .string()
              .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
              .optional(),
            digestShowDetails: z.boolean().optional(),
            startAtLogin: z.boolean().optional(),
            trayIcon: z.boolean().optional(),
          })
          .strict(),
      })
      .strict(),
    output: settingsSchema,
  },
  'search.query': {
    input: z
      .object({ q: z.string().max(200), limit: z.number().int().min(1).max(100).optional() })
      .strict(),
    output: z.array(
      z.object({
        kind: z.enum(['person', 'entry', 'introduction']),
        id: z.string(),
        title: z.string(),
        subtitle: z.string(),
        /** For an entry: when it happened, for the renderer to show in the user's locale. */
        at: isoDateTimeSchema.optional(),
        score: z.number(),
      }),
    ),
  },
  'keepInTouch.list': {
    input: z.object({ timeZone }).strict(),
    output: z.object({
      reachOut: z.array(
        z.object({
          personId: z.string(),
          name: z.string(),
          daysOverdue: z.number(),
          strength: z.number(),
        }),
      ),
      followUpsToday: z.array(entrySchema),
      followUpsThisWeek: z.array(entrySchema),
    }),
  },
  'keepInTouch.snooze': {
    input: z
      .object({ personId: idSchema, days: z.number().int().min(1).max(365), timeZone })
      .strict(),
    output: z.object({}),
  },
  'undo.last': { input: empty, output: z.object({ undone: z.string().nullable() }) },
} as const
