import { describe, expect, it } from 'vitest'
import { findDropTarget } from '../../../src/renderer/src/features/map/dropTarget'
import { nextInDirection } from '../../../src/renderer/src/features/map/keyboardNav'
import {
  buildNeighbourhood,
  withinDepth,
} from '../../../src/renderer/src/features/map/neighbourhood'
import { optInDrafts } from '../../../src/renderer/src/features/map/optInDraft'
import { renderPolicy } from '../../../src/renderer/src/features/map/renderPolicy'
import { searchPeople } from '../../../src/renderer/src/features/map/searchPeople'
import { person } from './fixtures'

describe('nextInDirection', () => {
  const around = [
    { id: 'right', position: { x: 10, y: 1 } },
    { id: 'farRight', position: { x: 30, y: 0 } },
    { id: 'up', position: { x: 0, y: -10 } },
    { id: 'diagonal', position: { x: -8, y: 8 } },
  ]
  it('picks the nearest candidate that way', () => {
    expect(nextInDirection({ x: 0, y: 0 }, around, 'right')).toBe('right')
    expect(nextInDirection({ x: 0, y: 0 }, around, 'up')).toBe('up')
  })
  it('accepts a diagonal neighbour for either of its arrows', () => {
    expect(nextInDirection({ x: 0, y: 0 }, around, 'down')).toBe('diagonal')
    expect(nextInDirection({ x: 0, y: 0 }, around, 'left')).toBe('diagonal')
  })
  it('returns null when nobody is that way', () => {
    expect(nextInDirection({ x: 0, y: 0 }, around.slice(0, 2), 'left')).toBeNull()
  })
})

describe('findDropTarget', () => {
  const nodes = [
    { id: 'a', position: { x: 0, y: 0 }, size: 20 },
    { id: 'b', position: { x: 25, y: 0 }, size: 20 },
  ]
  it('finds the node under the pointer, never the dragged one', () => {
    expect(findDropTarget({ x: 3, y: 2 }, 'b', nodes, 4)).toBe('a')
    expect(findDropTarget({ x: 3, y: 2 }, 'a', nodes, 4)).toBeNull()
    expect(findDropTarget({ x: 20, y: 0 }, 'x', nodes, 4)).toBe('b')
  })
  it('returns null over empty space', () => {
    expect(findDropTarget({ x: 100, y: 100 }, 'x', nodes, 4)).toBeNull()
  })
})

describe('withinDepth', () => {
  const adj = buildNeighbourhood([
    { a: '1', b: '2' },
    { a: '2', b: '3' },
    { a: '3', b: '4' },
  ])
  it('walks breadth-first up to the depth', () => {
    expect([...withinDepth(adj, '1', 0)]).toEqual(['1'])
    expect([...withinDepth(adj, '1', 2)].sort()).toEqual(['1', '2', '3'])
  })
})

describe('searchPeople', () => {
  const people = [
    person(1, 'Zoë Adams'),
    person(2, 'Adam Smith'),
    person(3, 'Madame X'),
    person(4, 'Ann', { deletedAt: '2026-01-02T00:00:00.000Z' }),
  ]
  it('ranks prefix, then word start, then substring; folds accents and case', () => {
    expect(searchPeople(people, 'adam').map((p) => p.name)).toEqual([
      'Adam Smith',
      'Zoë Adams',
      'Madame X',
    ])
    expect(searchPeople(people, 'zoe').map((p) => p.name)).toEqual(['Zoë Adams'])
  })
  it('skips trashed people and empty queries', () => {
    expect(searchPeople(people, 'ann')).toEqual([])
    expect(searchPeople(people, '  ')).toEqual([])
  })
})

describe('optInDrafts', () => {
  it('writes one private message per side, with the reason and the owner signing', () => {
    const a = person(1, 'Ada Lovelace', { seeks: ['a seed investor'] })
    const b = person(2, 'Bob Stone', {
      offers: ['invests at seed', 'a seed investor'],
      organization: 'Acme',
    })
    const drafts = optInDrafts(
      a,
      b,
      'You both care about climate',
      person(0, 'Maya Chen', { isMe: true }),
    )
    expect(drafts.forA).toContain('Hi Ada,')
    expect(drafts.forA).toContain('Bob Stone (Acme)')
    expect(drafts.forA).toContain('You both care about climate.')
    expect(drafts.forA).toContain('looking for a seed investor')
    expect(drafts.forA.trim().endsWith('Maya')).toBe(true)
    expect(drafts.forB).toContain('Hi Bob,')
    expect(drafts.forB).toContain('only share your details if you both say yes')
  })
})

describe('renderPolicy', () => {
  it('keeps small maps pretty and big maps fast', () => {
    expect(renderPolicy(300).haystack).toBe(false)
    expect(renderPolicy(300).hideEdgesOnViewport).toBe(false)
    const big = renderPolicy(10_000)
    expect(big.haystack && big.hideEdgesOnViewport && big.textureOnViewport).toBe(true)
    expect(big.minZoomedFontSize).toBeGreaterThan(renderPolicy(300).minZoomedFontSize)
  })
})
