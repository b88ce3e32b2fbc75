import { z } from 'zod'

/** Instants are ISO-8601 strings in UTC (`2026-11-26T09:30:00.000Z`). */
export const isoDateTimeSchema = z.iso.datetime({ offset: true })
/** Calendar dates without a time (`2026-11-26`): birthdays, "since", follow-ups. */
export const isoDateSchema = z.iso.date()

export type IsoDateTime = z.infer<typeof isoDateTimeSchema>
export type IsoDate = z.infer<typeof isoDateSchema>

/** The clock is injected everywhere time matters, so tests can pin it. */
export type Clock = () => Date
export const systemClock: Clock = () => new Date()

/**
 * A date that may lack its year: `1984-02-29` or, per RFC 6350, `--02-29` (a birthday whose year
 * is not known). Month and day are checked; 29 February is allowed without a year.
 */
export const partialDateSchema = z.union([
  isoDateSchema,
  z
    .string()
    .regex(/^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date like 1984-02-29 or --02-29')
    .refine((value) => {
      const [month, day] = [Number(value.slice(2, 4)), Number(value.slice(5, 7))]
      return day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
    }, 'no such day in that month'),
])
export type PartialDate = z.infer<typeof partialDateSchema>
