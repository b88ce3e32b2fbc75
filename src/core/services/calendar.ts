import type { IsoDate, IsoDateTime } from '../../shared/domain'

/**
 * Calendar arithmetic on dates as the user sees them. Instants become local dates in an IANA
 * time zone first; after that, adding and counting days happens on plain dates, so a 23- or
 * 25-hour day around a DST change is still one day.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    formatters.set(timeZone, format)
  }
  return format
}

/** Throws a RangeError for an unknown zone, like Intl does. */
export function assertTimeZone(timeZone: string): void {
  formatter(timeZone)
}

/** The calendar date of an instant in a time zone. */
export function localDate(instant: Date | string, timeZone: string): IsoDate {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  const formatted = formatter(timeZone).format(date)
  // en-CA gives YYYY-MM-DD; the slower part-by-part path covers any ICU that formats otherwise.
  if (/^\d{4}-\d{2}-\d{2}$/.test(formatted)) return formatted
  const parts = formatter(timeZone).formatToParts(date)
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}

function dayNumber(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000)
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10)
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from)
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(dayNumber(date) * 86_400_000).getUTCDay()
}

/** The last day of the week containing `date`, weeks starting on `weekStartsOn` (1 = Monday). */
export function endOfWeek(date: IsoDate, weekStartsOn = 1): IsoDate {
  const sinceStart = (weekday(date) - weekStartsOn + 7) % 7
  return addDays(date, 6 - sinceStart)
}

/**
 * The UTC instant at which a local date begins in a zone. Found by correcting a first guess with
 * the zone's offset at that guess; two rounds settle DST transitions.
 */
export function startOfLocalDay(date: IsoDate, timeZone: string): IsoDateTime {
  const target = Date.parse(`${date}T00:00:00Z`)
  let guess = target
  for (let round = 0; round < 3; round++) {
    const offset = zoneOffsetMs(new Date(guess), timeZone)
    const next = target - offset
    if (next === guess) break
    guess = next
  }
  return new Date(guess).toISOString()
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>()

function zoneOffsetMs(instant: Date, timeZone: string): number {
  let format = offsetFormatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    offsetFormatters.set(timeZone, format)
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]))
  const asUtc = Date.UTC(
    Number(parts['year']),
    Number(parts['month']) - 1,
    Number(parts['day']),
    Number(parts['hour']),
    Number(parts['minute']),
    Number(parts['second']),
  )
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000
}
