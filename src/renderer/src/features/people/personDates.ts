import type { PartialDate } from '../../../../shared/domain'

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** "5 December" or "5 December 1986" in the user's locale; a yearless date never shows a year. */
export function formatPartialDate(date: PartialDate, locale?: string): string {
  const yearless = date.startsWith('--')
  const month = Number(date.slice(-5, -3))
  const day = Number(date.slice(-2))
  // A leap year stands in for a missing one, so 29 February formats.
  const year = yearless ? 2000 : Number(date.slice(0, 4))
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(yearless ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)))
}

/** A stored date from the form's month, day and optional year; undefined when impossible. */
export function partialFromParts(
  year: string,
  month: string,
  day: string,
): PartialDate | undefined {
  const m = Number(month)
  const d = Number(day)
  if (!Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return undefined
  if (d > (DAYS_IN_MONTH[m - 1] ?? 0)) return undefined
  const mm = String(m).padStart(2, '0')
  const dd = String(d).padStart(2, '0')
  if (!year.trim()) return `--${mm}-${dd}`
  const y = Number(year)
  if (!Number.isInteger(y) || y < 1000 || y > 9999) return undefined
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  if (m === 2 && d === 29 && !leap) return undefined
  return `${y}-${mm}-${dd}`
}

/** Month names for the form's select, in the user's locale. */
export function monthNames(locale?: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' })
  return Array.from({ length: 12 }, (_, k) => format.format(new Date(Date.UTC(2000, k, 1))))
}
