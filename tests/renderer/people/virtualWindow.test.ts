import { describe, expect, it } from 'vitest'
import { rowWindow, scrollToReveal } from '../../../src/renderer/src/features/people/virtualWindow'

describe('rowWindow', () => {
  it('renders only the visible rows plus overscan for 10k people', () => {
    const w = rowWindow({
      count: 10_000,
      rowHeight: 40,
      scrollTop: 40_000,
      viewportHeight: 400,
      overscan: 5,
    })
    expect(w).toEqual({ start: 995, end: 1016, totalHeight: 400_000, offsetTop: 39_800 })
    expect(w.end - w.start).toBeLessThan(30)
  })
  it('clamps at the top and the bottom', () => {
    expect(
      rowWindow({ count: 100, rowHeight: 10, scrollTop: -50, viewportHeight: 50, overscan: 2 }),
    ).toMatchObject({ start: 0, end: 8 })
    const end = rowWindow({
      count: 100,
      rowHeight: 10,
      scrollTop: 99_999,
      viewportHeight: 50,
      overscan: 2,
    })
    expect(end.end).toBe(100)
    expect(end.start).toBe(93)
  })
  it('handles an empty list and a list shorter than the viewport', () => {
    expect(rowWindow({ count: 0, rowHeight: 40, scrollTop: 0, viewportHeight: 400 })).toEqual({
      start: 0,
      end: 0,
      totalHeight: 0,
      offsetTop: 0,
    })
    expect(rowWindow({ count: 3, rowHeight: 40, scrollTop: 0, viewportHeight: 400 })).toMatchObject(
      { start: 0, end: 3 },
    )
  })
})

describe('scrollToReveal', () => {
  it('scrolls up or down just enough, or not at all', () => {
    expect(scrollToReveal(2, 40, 200, 400)).toBe(80)
    expect(scrollToReveal(20, 40, 0, 400)).toBe(440)
    expect(scrollToReveal(5, 40, 0, 400)).toBeNull()
  })
})
