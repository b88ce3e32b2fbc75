import { describe, expect, it } from 'vitest'
import { parseMentions, ServiceError, type PersonInput } from '../../../src/core/services'
import { personSchema, type Person } from '../../../src/shared/domain'

let next = 0
function person(name: string, extra: Partial<PersonInput> = {}): Person {
  next += 1
  return personSchema.parse({
    kind: 'person',
    id: next.toString(16).padStart(32, '0'),
    name,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  })
}

const ana = person('Ana Silva')
const anaB = person('Ana')
const ben = person('Ben Okafor')
const jose = person('José Ñúñez')
const fox = person('🦊 Fox')
const zoe = person('Zoë Müller-Straße')

function names(text: string, people: Person[], createMissing = false): string[] {
  const { participants } = parseMentions(text, people, { createMissing })
  return participants.map((id) => people.find((p) => p.id === id)?.name ?? '?')
}

describe('parseMentions', () => {
  it('matches the longest name first, so names with spaces work', () => {
    expect(
      names('Coffee with @Ana Silva and @Ben Okafor about the fund', [anaB, ana, ben]),
    ).toEqual(['Ana Silva', 'Ben Okafor'])
    expect(names('Lunch with @Ana and @Ana Silva.', [anaB, ana])).toEqual(['Ana', 'Ana Silva'])
  })

  it('resolves a unique first name', () => {
    expect(names('Call with @Ben tomorrow', [ana, ben])).toEqual(['Ben Okafor'])
  })

  it('ignores case and accents, and keeps accented names intact', () => {
    expect(names('met @jose ñuñez, then @JOSÉ Ñúñez again', [jose])).toEqual(['José Ñúñez'])
    // ß does not fold to ss; the unique first name still finds her, and the rest stays text.
    const parsed = parseMentions('with @zoe müller-strasse', [zoe])
    expect(parsed.mentions[0]?.text).toBe('zoe')
    expect(parsed.participants).toEqual([zoe.id])
  })

  it('handles decomposed (NFD) input and emoji names', () => {
    expect(names('hi @Jose\u0301 N\u0303u\u0301n\u0303ez!', [jose])).toEqual(['José Ñúñez'])
    expect(names('walk with @🦊 Fox and @zoë müller-straße', [fox, zoe])).toEqual([
      '🦊 Fox',
      'Zoë Müller-Straße',
    ])
  })

  it('requires a word boundary and ignores e-mail addresses', () => {
    expect(names('mail ana@example.com about @Ben', [ana, anaB, ben])).toEqual(['Ben Okafor'])
    expect(() => parseMentions('@Anabel came', [anaB])).toThrow(/Anabel/)
  })

  it('reports an ambiguous mention with its candidates', () => {
    const silva2 = person('Ana Silva')
    let error: unknown
    try {
      parseMentions('with @ana silva', [ana, silva2])
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ServiceError)
    const serviceError = error as ServiceError
    expect(serviceError.code).toBe('Ambiguous')
    expect(serviceError.candidates.map((c) => c.id).sort()).toEqual([ana.id, silva2.id].sort())
    expect(serviceError.message).toContain(ana.id)
  })

  it('prefers an exact spelling among names that fold the same', () => {
    const lower = person('ana silva')
    expect(names('with @ana silva', [ana, lower])).toEqual(['ana silva'])
  })

  it('reports an ambiguous first name', () => {
    const anaCosta = person('Ana Costa')
    expect(() => parseMentions('with @Ana today', [ana, anaCosta])).toThrow(
      expect.objectContaining({ code: 'Ambiguous' }),
    )
  })

  it('fails on unknown names unless asked to create them', () => {
    expect(() => parseMentions('with @Carla Mendes', [ana])).toThrow(
      expect.objectContaining({ code: 'NotFound' }),
    )
    const parsed = parseMentions(
      'with @Carla Mendes about @[van der Berg] and @Carla Mendes',
      [ana],
      {
        createMissing: true,
      },
    )
    expect(parsed.missing).toEqual(['Carla Mendes', 'van der Berg'])
    expect(parsed.participants).toEqual([])
  })

  it('ignores trashed people', () => {
    const trashed = person('Old Friend', { notes: '' })
    const gone = { ...trashed, deletedAt: '2026-01-02T00:00:00.000Z' }
    expect(() => parseMentions('@Old Friend', [gone])).toThrow(
      expect.objectContaining({ code: 'NotFound' }),
    )
  })
})
