import { describe, expect, it } from 'vitest'
import {
  formatPartialDate,
  partialFromParts,
} from '../../../src/renderer/src/features/people/personDates'

describe('person dates in the panel', () => {
  it('formats a date with its year, and a yearless one (29 February too) without', () => {
    expect(formatPartialDate('1986-12-05', 'en-GB')).toBe('5 December 1986')
    expect(formatPartialDate('--12-05', 'en-GB')).toBe('5 December')
    expect(formatPartialDate('--02-29', 'en-GB')).toBe('29 February')
    expect(formatPartialDate('--02-29', 'en-US')).toBe('February 29')
  })

  it('builds the stored form from the fields, refusing days that do not exist', () => {
    expect(partialFromParts('', '2', '29')).toBe('--02-29')
    expect(partialFromParts('2000', '2', '29')).toBe('2000-02-29')
    expect(partialFromParts('2001', '2', '29')).toBeUndefined()
    expect(partialFromParts('', '4', '31')).toBeUndefined()
    expect(partialFromParts('1986', '12', '5')).toBe('1986-12-05')
    expect(partialFromParts('86', '12', '5')).toBeUndefined()
  })
})
