import { describe, expect, it } from 'vitest'
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatDay,
  formatRelative,
} from '../../../src/renderer/src/format'

describe('format', () => {
  const at = new Date(2026, 11, 3, 16, 14)

  it('formats dates in the given locale, one style everywhere', () => {
    expect(formatDate(at, 'en-US')).toBe('Dec 3, 2026')
    expect(formatDate(at, 'en-GB')).toBe('3 Dec 2026')
    expect(formatDateTime(at, 'en-US')).toMatch(/^Dec 3, 2026, 4:14\sPM$/)
    expect(formatDateTime(at, 'de-DE')).toBe('03.12.2026, 16:14')
  })

  it('shows a calendar day as that day, not shifted by a time zone', () => {
    expect(formatDay('2026-01-01', 'en-US')).toBe('Jan 1, 2026')
    expect(formatDay('2024-02-29', 'en-GB')).toBe('29 Feb 2024')
    expect(formatDay('not a date', 'en-US')).toBe('not a date')
  })

  it('says how long ago or ahead in words', () => {
    const now = new Date(2026, 11, 3, 9, 0)
    const days = (n: number) => new Date(2026, 11, 3 + n, 12, 0)
    expect(formatRelative(days(0), now, 'en')).toBe('today')
    expect(formatRelative(days(-1), now, 'en')).toBe('yesterday')
    expect(formatRelative(days(-3), now, 'en')).toBe('3 days ago')
    expect(formatRelative(days(2), now, 'en')).toBe('in 2 days')
    expect(formatRelative(days(-21), now, 'en')).toBe('3 weeks ago')
    expect(formatRelative(days(-200), now, 'en')).toBe('6 months ago')
    expect(formatRelative(days(-800), now, 'en')).toBe('2 years ago')
    expect(formatRelative(days(-3), now, 'fr')).toBe('il y a 3 jours')
  })

  it('counts with plural rules', () => {
    expect(formatCount(1, 'person', 'people', 'en')).toBe('1 person')
    expect(formatCount(0, 'person', 'people', 'en')).toBe('0 people')
    expect(formatCount(2, 'tie', undefined, 'en')).toBe('2 ties')
    expect(formatCount(1234, 'entry', 'entries', 'en')).toBe('1,234 entries')
  })
})
