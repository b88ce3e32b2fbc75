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
