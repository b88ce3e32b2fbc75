import type { PartialDate } from '../../shared/domain'
import { parseIsoDate } from './normalize'

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function yearless(month: number, day: number): PartialDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return undefined
  return `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * A date that may have no year: `1984-02-29`, `19840229`, and the yearless forms contact files
 * write: RFC 6350's `--0229` or `--02-29` (Google too), and Apple's placeholder year 1604 (what
 * Contacts writes with `X-APPLE-OMIT-YEAR=1604`).
 */
export function parsePartialDate(value: string): PartialDate | undefined {
  const text = value.trim()
  const noYear = /^--(\d{2})-?(\d{2})(?:[T\s].*)?$/.exec(text)
  if (noYear) return yearless(Number(noYear[1]), Number(noYear[2]))
  const apple = /^1604-?(\d{2})-?(\d{2})(?:[T\s].*)?$/.exec(text)
  if (apple) return yearless(Number(apple[1]), Number(apple[2]))
  return parseIsoDate(text)
}

/** Month and day cells without a year (Thunderbird's Birth Month and Birth Day). */
export function yearlessFromParts(month: string, day: string): PartialDate | undefined {
  if (!/^\d{1,2}$/.test(month.trim()) || !/^\d{1,2}$/.test(day.trim())) return undefined
  return yearless(Number(month), Number(day))
}

/** How a vCard writes a date that may have no year: `BDAY:19840229` or `BDAY:--0229`. */
export function vcardDate(date: PartialDate): string {
  return date.startsWith('--') ? `--${date.slice(2).replace('-', '')}` : date.replace(/-/g, '')
}
