import { describe, expect, it } from 'vitest'
import { introductionSchema, type Introduction } from '../../../src/shared/domain'
import {
  NEXT_STATUSES,
  boardColumns,
  createsTie,
  ledgerFor,
  reachedAt,
} from '../../../src/renderer/src/features/introductions/introBoard'

const A = 'a'.repeat(32)
const B = 'b'.repeat(32)
const C = 'c'.repeat(32) as Introduction['a']
function intro(id: string, fields: Partial<Introduction>): Introduction {
  return introductionSchema.parse({
    kind: 'introduction',
    id: id.repeat(32),
    a: A,
    b: B,
    status: 'idea',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  })
}

describe('introduction board', () => {
  const one = intro('1', { status: 'asked', updatedAt: '2026-02-01T00:00:00.000Z' })
  const two = intro('2', { status: 'asked', updatedAt: '2026-03-01T00:00:00.000Z', introducer: C })
  const gone = intro('3', { status: 'idea', deletedAt: '2026-03-01T00:00:00.000Z' })

  it('has one column per status in order, newest first, without deleted cards', () => {
    const columns = boardColumns([one, two, gone])
    expect(columns.map((c) => c.status)).toEqual([
      'idea',
      'asked',
      'accepted',
      'made',
      'met',
      'declined',
      'closed',
    ])
    expect(columns[0]!.cards).toEqual([])
    expect(columns[1]!.cards.map((c) => c.id)).toEqual([two.id, one.id])
  })
  it('offers the moves the core allows and knows which create a tie', () => {
    expect(NEXT_STATUSES.accepted).toContain('made')
    expect(NEXT_STATUSES.met).toEqual(['closed'])
    expect(createsTie('made')).toBe(true)
    expect(createsTie('met')).toBe(true)
    expect(createsTie('accepted')).toBe(false)
  })
  it('builds a person ledger', () => {
    expect(ledgerFor(A, [one, two, gone]).received).toHaveLength(2)
    expect(ledgerFor(C, [one, two]).given).toEqual([two])
  })
  it('finds when a status was reached', () => {
    const withHistory = intro('4', {
      history: [
        { status: 'idea', at: '2026-01-01T00:00:00.000Z', note: '' },
        { status: 'made', at: '2026-02-02T00:00:00.000Z', note: 'email' },
      ],
    })
    expect(reachedAt(withHistory, 'made')).toBe('2026-02-02T00:00:00.000Z')
    expect(reachedAt(withHistory, 'met')).toBeUndefined()
  })
})
