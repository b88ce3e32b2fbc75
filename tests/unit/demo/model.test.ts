import { describe, expect, it } from 'vitest'
import { isoDate, isoDateTime } from '../../../src/core/demo/model'
import { Rng } from '../../../src/core/demo/random'

describe('demo date formatting', () => {
  it('matches Date.prototype.toISOString, fractional milliseconds included', () => {
    const rng = new Rng(5)
    for (let i = 0; i < 2000; i++) {
      const ms = rng.next() * 3e12 + (i % 7) * 0.37
      expect(isoDateTime(ms)).toBe(new Date(Math.floor(ms)).toISOString())
      expect(isoDate(ms)).toBe(new Date(Math.floor(ms)).toISOString().slice(0, 10))
    }
    expect(isoDateTime(Date.UTC(2026, 0, 1, 23, 59, 59, 999))).toBe('2026-01-01T23:59:59.999Z')
  })
})
