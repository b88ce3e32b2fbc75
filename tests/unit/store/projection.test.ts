import { describe, expect, it } from 'vitest'
import { Projection } from '../../../src/core/store/projection'
import type { AnyRecord } from '../../../src/shared/domain'

const at = '2026-11-26T09:00:00.000Z'
const person = (id: string, name: string) =>
  ({ kind: 'person', id, name, createdAt: at, updatedAt: at }) as unknown as AnyRecord
const entry = (id: string) =>
  ({ kind: 'entry', id, at, createdAt: at, updatedAt: at }) as unknown as AnyRecord

describe('Projection', () => {
  it('lists one kind in insertion order without the others', () => {
    const projection = Projection.from([person('a', 'Ana'), entry('e1'), person('b', 'Ben')])
    expect(projection.list('person').map((p) => p.name)).toEqual(['Ana', 'Ben'])
    expect(projection.list('entry').map((e) => e.id)).toEqual(['e1'])
    expect(projection.list('tie')).toEqual([])
    expect(projection.size).toBe(3)
  })

  it('answers get only for the right kind, and keeps position when a record is replaced', () => {
    const projection = Projection.from([person('a', 'Ana'), person('b', 'Ben')])
    expect(projection.get('person', 'a')?.name).toBe('Ana')
    expect(projection.get('entry', 'a')).toBeUndefined()
    projection.set(person('a', 'Ana Silva'))
    expect(projection.list('person').map((p) => p.name)).toEqual(['Ana Silva', 'Ben'])
  })

  it('removes a record from both indexes, even when its kind changed', () => {
    const projection = Projection.from([person('a', 'Ana')])
    projection.set(entry('a'))
    expect(projection.list('person')).toEqual([])
    expect(projection.delete('a')?.kind).toBe('entry')
    expect(projection.list('entry')).toEqual([])
    expect(projection.has('a')).toBe(false)
    expect(projection.delete('a')).toBeUndefined()
  })
})
