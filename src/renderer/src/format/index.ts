/**
 * The one way the renderer shows dates and counts: `Intl` in the user's locale (the browser's, or
 * the one a test passes). Every view formats through here, so a date never reads
 * "12/3/2026, 4:14:00 PM" in one place and "2026-12-03" in another.
 */

const DAY_MS = 86_400_000

type When = string | number | Date

function toDate(when: When): Date {
  return when instanceof Date ? when : new Date(when)
}

const cache = new Map<string, Intl.DateTimeFormat>()

function dateTimeFormat(options: Intl.DateTimeFormatOptions, locale?: string) {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    cache.set(key, format)
  }
  return format
}

/** "3 Dec 2026": an instant's calendar day in the local time zone. */
export function formatDate(when: When, locale?: string): string {
  return dateTimeFormat({ dateStyle: 'medium' }, locale).format(toDate(when))
}

/** "3 Dec 2026, 16:14": an instant to the minute. */
export function formatDateTime(when: When, locale?: string): string {
  return dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' }, locale).format(toDate(when))
}

/**
 * A calendar day stored as `YYYY-MM-DD` (a follow-up date, a birthday): shown as that day
 * wherever the user is, never shifted by parsing it as UTC midnight.
 */
export function formatDay(isoDate: string, locale?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate)
  if (!match) return isoDate
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return dateTimeFormat({ dateStyle: 'medium', timeZone: 'UTC' }, locale).format(day)
}

/**
 * "today", "yesterday", "3 days ago", "in 2 weeks", "5 months ago": how far `when` is from `now`,
 * in whole local days, with `Intl.RelativeTimeFormat`.
 */
export function formatRelative(when: When, now: Date, locale?: string): string {
  const days = Math.round((startOfDay(toDate(when)) - startOfDay(now)) / DAY_MS)
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  const size = Math.abs(days)
  if (size < 14) return format.format(days, 'day')
  if (size < 60) return format.format(Math.trunc(days / 7), 'week')
  if (size < 730) return format.format(Math.trunc(days / 30), 'month')
  return format.format(Math.trunc(days / 365), 'year')
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime()
}

/** A number in the user's locale ("1,234"). */
export function formatNumber(n: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(n)
}

// The words are English, so English plural rules pick between them; the number itself is local.
const englishPlural = new Intl.PluralRules('en')

/** "1 person", "2 people", "0 people": `many` defaults to `one` + "s". */
export function formatCount(n: number, one: string, many = `${one}s`, locale?: string): string {
  return `${formatNumber(n, locale)} ${englishPlural.select(n) === 'one' ? one : many}`
}

/** The English noun for a count, without the number ("person" / "people"). */
export function pluralWord(n: number, one: string, many = `${one}s`): string {
  return englishPlural.select(n) === 'one' ? one : many
}
