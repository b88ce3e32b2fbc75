import { z } from 'zod'
import { isoDateSchema } from '../../domain'
import { timeZone } from './common'

export const reachOutItemSchema = z.object({
  key: z.string(),
  kind: z.enum(['followUp', 'date', 'introduction', 'cadence']),
  section: z.enum(['overdue', 'today', 'thisWeek', 'later']),
  personIds: z.array(z.string()),
  /** The people's names, in `personIds` order. */
  names: z.array(z.string()),
  dueOn: isoDateSchema,
  daysOverdue: z.number().int(),
  strength: z.number(),
  score: z.number(),
  label: z.string(),
  entryId: z.string().optional(),
  introductionId: z.string().optional(),
  waitingDays: z.number().int().optional(),
  turns: z.number().int().optional(),
  doneUntil: isoDateSchema.optional(),
})
export type ReachOutItemView = z.infer<typeof reachOutItemSchema>

const items = z.array(reachOutItemSchema)

export const reachOutMethods = {
  /** The daily list in the user's zone: Overdue, Today, This week, Later. */
  'reachOut.day': {
    input: z.object({ timeZone }).strict(),
    output: z.object({
      /** The user's local date the list was made for. */
      date: isoDateSchema,
      sections: z.object({ overdue: items, today: items, thisWeek: items, later: items }),
    }),
  },
  /** Puts an item aside until a local date (`9999-12-31`: done for this occurrence). */
  'reachOut.snooze': {
    input: z.object({ key: z.string().min(1).max(300), until: isoDateSchema, timeZone }).strict(),
    output: z.object({}),
  },
} as const
