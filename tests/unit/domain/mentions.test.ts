import { describe, expect, it } from 'vitest'
import { lexMentions, newNameAt, type MentionCandidate } from '../../../src/shared/domain'

const people: MentionCandidate[] = [
  { id: 'ana', name: 'Ana Silva' },
  { id: 'ben', name: 'Ben Okafor' },
  { id: 'jose', name: 'José Ñúñez' },
  { id: 'maria', name: 'Maria da Silva' },
  { id: 'zoe', name: 'Zoë Müller-Straße' },
  { id: 'oconnor', name: "Siobhán O'Connor" },
]

/** Each mention as "typed → id" (or "typed → new"), in order. */
function lexed(text: string): string[] {
  return lexMentions(text, people).map(
    (m) => `${m.text} → ${m.matches.map((p) => p.id).join('|') || 'new'}`,
  )
}

describe('lexMentions', () => {
  it.each([
    // Names with spaces: the longest full name wins, the sentence goes on after it.
    ['Coffee with @Ana Silva about the fund', ['Ana Silva → ana']],
    ['@Maria da Silva and @Ben', ['Maria da Silva → maria', 'Ben → ben']],
    ['@ana silva', ['ana silva → ana']],
    // Accents: folded both ways, the typed spelling kept.
    ['Lunch with @Jose Nunez', ['Jose Nunez → jose']],
    ['Lunch with @JOSÉ ÑÚÑEZ!', ['JOSÉ ÑÚÑEZ → jose']],
    // "ß" does not fold to "ss": the full name misses, the unique first name still finds her.
    ['Call @Zoe Muller-Strasse', ['Zoe → zoe']],
    ['Call @Zoë Müller-Straße', ['Zoë Müller-Straße → zoe']],
    ["Met @Siobhán O'Connor.", ["Siobhán O'Connor → oconnor"]],
    // Punctuation at the end of a sentence is never part of the name.
    ['Thanks @Ana Silva.', ['Ana Silva → ana']],
    ['Thanks @Ana Silva, see you', ['Ana Silva → ana']],
    ['Was that @Ben?', ['Ben → ben']],
    ['Saw @Ben Okafor!', ['Ben Okafor → ben']],
    ['(with @Ben)', ['Ben → ben']],
    ['Met @Zzyzx Newperson.', ['Zzyzx Newperson → new']],
    ['@Zzyzx Newperson joined late.', ['Zzyzx Newperson → new']],
    ['Met @Zzyzx, then left', ['Zzyzx → new']],
    ["Met @O'Hara's team", ["O'Hara's → new"]],
    // Explicit and non-mentions.
    ['@[van der Berg] called', ['van der Berg → new']],
    ['mail ana@example.org', []],
  ])('%s', (text, expected) => {
    expect(lexed(text)).toEqual(expected)
  })

  it('gives offsets of the span typed, `@` included', () => {
    const [mention] = lexMentions('Thanks @Ana Silva.', people)
    expect(mention).toMatchObject({ start: 7, end: 17 })
  })
})

describe('newNameAt', () => {
  it.each([
    ['Carla Mendes about', 'Carla Mendes'],
    ['Carla. Then', 'Carla'],
    ['Zoë Ærø, later', 'Zoë Ærø'],
    ['Jean-Luc Picard Was Here Too', 'Jean-Luc Picard Was Here'],
    ['carla mendes', 'carla'],
  ])('%s', (text, expected) => {
    expect(newNameAt(text, 0)).toBe(expected)
  })
})
