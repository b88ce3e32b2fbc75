import { describe, expect, it } from 'vitest'
import { personSchema, type Person } from '../../../src/shared/domain'
import { mergePreview } from '../../../src/renderer/src/features/people/mergePreview'
import { formatDate } from '../../../src/renderer/src/format'

function person(id: string, fields: Partial<Person> & { name: string }): Person {
  return personSchema.parse({
    kind: 'person',
    id: id.repeat(32),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  })
}

describe('mergePreview', () => {
  const keep = person('a', {
    name: 'Ana Silva',
    organization: 'Fundo Verde',
    tags: ['climate'],
    emails: [{ value: 'ana@verde.org' }],
    cadenceDays: 30,
    lastContactAt: '2026-01-01T00:00:00.000Z',
  })
  const merge = person('b', {
    name: 'Ana S.',
    title: 'Partner',
    tags: ['Climate', 'impact'],
    emails: [{ value: 'ana@gmail.com' }],
    notes: 'Met at COP',
    cadenceDays: 14,
    lastContactAt: '2026-06-01T00:00:00.000Z',
  })
  const rows = Object.fromEntries(mergePreview(keep, merge).map((row) => [row.field, row]))

  it('keeps single values of the kept person and fills gaps from the other', () => {
    expect(rows['Name']).toMatchObject({ result: 'Ana Silva', winner: 'keep' })
    expect(rows['Organization']).toMatchObject({ result: 'Fundo Verde', winner: 'keep' })
    expect(rows['Title']).toMatchObject({ result: 'Partner', winner: 'merge' })
  })
  it('unions lists case-insensitively', () => {
    expect(rows['Tags']).toMatchObject({ result: 'climate, impact', winner: 'both' })
    expect(rows['Emails']).toMatchObject({ result: 'ana@verde.org, ana@gmail.com', winner: 'both' })
  })
  it('keeps the shorter cadence, the latest contact and the notes', () => {
    expect(rows['Keep in touch']).toMatchObject({ result: 'every 14 days', winner: 'merge' })
    expect(rows['Last contact']).toMatchObject({
      result: formatDate('2026-06-01T00:00:00.000Z'),
      winner: 'merge',
    })
    expect(rows['Notes']).toMatchObject({ result: 'Met at COP', winner: 'merge' })
  })
  it('omits fields neither has', () => {
    expect(rows['Location']).toBeUndefined()
    expect(rows['Phones']).toBeUndefined()
  })
})
