import { describe, expect, it } from 'vitest'
import { personSchema, type Person } from '../../../src/shared/domain'
import {
  EMPTY_FILTER,
  facetValues,
  filterPeople,
  overdueDays,
  relativeDays,
  sortPeople,
} from '../../../src/renderer/src/features/people/peopleQuery'

const NOW = new Date('2026-11-26T12:00:00.000Z')
let n = 0
function person(fields: Partial<Person> & { name: string }): Person {
  n += 1
  return personSchema.parse({
    kind: 'person',
    id: n.toString(16).padStart(32, '0'),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  })
}

const ana = person({
  name: 'Ana Silva',
  organization: 'Fundo Verde',
  tags: ['climate'],
  lastContactAt: '2026-11-24T00:00:00.000Z',
})
const ben = person({
  name: 'Ben Okafor',
  organization: 'Acme',
  tags: ['Climate', 'vc'],
  lastContactAt: '2025-01-01T00:00:00.000Z',
})
const zoe = person({ name: 'Zoë Park' })
const all = [ben, zoe, ana]

describe('filterPeople', () => {
  it('filters by text with accents folded', () => {
    expect(filterPeople(all, { ...EMPTY_FILTER, text: 'zoe' }, {}, NOW)).toEqual([zoe])
    expect(filterPeople(all, { ...EMPTY_FILTER, text: 'acme' }, {}, NOW)).toEqual([ben])
  })
  it('filters by tag (case-insensitive), organization and cluster', () => {
    expect(filterPeople(all, { ...EMPTY_FILTER, tag: 'climate' }, {}, NOW)).toEqual([ben, ana])
    expect(filterPeople(all, { ...EMPTY_FILTER, organization: 'acme' }, {}, NOW)).toEqual([ben])
    const clusterOf = { [ana.id]: 'c1', [ben.id]: 'c2' }
    expect(filterPeople(all, { ...EMPTY_FILTER, cluster: 'c1' }, clusterOf, NOW)).toEqual([ana])
  })
  it('filters by last contact', () => {
    expect(filterPeople(all, { ...EMPTY_FILTER, lastContact: 'week' }, {}, NOW)).toEqual([ana])
    expect(filterPeople(all, { ...EMPTY_FILTER, lastContact: 'never' }, {}, NOW)).toEqual([zoe])
    expect(filterPeople(all, { ...EMPTY_FILTER, lastContact: 'stale' }, {}, NOW)).toEqual([
      ben,
      zoe,
    ])
  })
})

describe('sortPeople', () => {
  it('sorts by name both ways', () => {
    expect(sortPeople(all, 'name', 'asc').map((p) => p.name)).toEqual([
      'Ana Silva',
      'Ben Okafor',
      'Zoë Park',
    ])
    expect(sortPeople(all, 'name', 'desc').map((p) => p.name)).toEqual([
      'Zoë Park',
      'Ben Okafor',
      'Ana Silva',
    ])
  })
  it('keeps empty values last in either direction', () => {
    expect(sortPeople(all, 'organization', 'asc').map((p) => p.name)).toEqual([
      'Ben Okafor',
      'Ana Silva',
      'Zoë Park',
    ])
    expect(sortPeople(all, 'lastContact', 'desc').map((p) => p.name)).toEqual([
      'Ana Silva',
      'Ben Okafor',
      'Zoë Park',
    ])
    expect(sortPeople(all, 'lastContact', 'asc').map((p) => p.name)).toEqual([
      'Ben Okafor',
      'Ana Silva',
      'Zoë Park',
    ])
  })
  it('does not mutate its input', () => {
    const copy = [...all]
    sortPeople(all, 'name', 'asc')
    expect(all).toEqual(copy)
  })
})

describe('facets, relative days and overdue', () => {
  it('counts tag values case-insensitively', () => {
    expect(facetValues(all, (p) => p.tags)).toEqual([
      { value: 'Climate', count: 2 },
      { value: 'vc', count: 1 },
    ])
  })
  it('describes last contact relative to now', () => {
    expect(relativeDays(undefined, NOW)).toBe('never')
    expect(relativeDays('2026-11-26T08:00:00.000Z', NOW)).toBe('today')
    expect(relativeDays('2026-11-24T00:00:00.000Z', NOW)).toBe('2 days ago')
    expect(relativeDays('2026-11-25T00:00:00.000Z', NOW)).toBe('yesterday')
    expect(relativeDays('2026-11-05T00:00:00.000Z', NOW)).toBe('3 weeks ago')
    expect(relativeDays('2025-01-01T00:00:00.000Z', NOW)).toBe('23 months ago')
  })
  it('computes days overdue from the cadence, respecting snoozes', () => {
    expect(overdueDays({ ...ana, cadenceDays: 1 }, NOW)).toBe(1)
    expect(overdueDays({ ...ana, cadenceDays: 30 }, NOW)).toBeNull()
    expect(overdueDays({ ...zoe, cadenceDays: 30 }, NOW)).toBe(299)
    expect(
      overdueDays({ ...ana, cadenceDays: 1, snoozedUntil: '2026-12-01T00:00:00.000Z' }, NOW),
    ).toBeNull()
    expect(overdueDays(ana, NOW)).toBeNull()
  })
})
