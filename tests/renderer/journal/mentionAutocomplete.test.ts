import { describe, expect, it } from 'vitest'
import {
  applyPick,
  findActiveMention,
  isCompletedMention,
  mentionKey,
  mentionOptions,
  mentionToken,
  picksStillMentioned,
} from '../../../src/renderer/src/features/journal/mentionAutocomplete'

const people = [
  { id: '1', name: 'Ana Silva' },
  { id: '2', name: 'Ben Okafor' },
  { id: '3', name: 'José Álvarez' },
  { id: '4', name: 'Anaïs Dubois' },
  { id: '5', name: 'Zoë 🌱 Park' },
]

describe('findActiveMention', () => {
  it('finds the mention the caret is in', () => {
    const text = 'Coffee with @Ana Si'
    expect(findActiveMention(text, text.length)).toEqual({ start: 12, query: 'Ana Si' })
  })
  it('starts at the beginning of the text', () => {
    expect(findActiveMention('@b', 2)).toEqual({ start: 0, query: 'b' })
  })
  it('ignores e-mail addresses and text after a line break', () => {
    expect(findActiveMention('mail ana@example.org', 20)).toBeNull()
    expect(findActiveMention('@Ana\nnext', 9)).toBeNull()
  })
  it('closes after a space right after @ or too many words', () => {
    expect(findActiveMention('hi @ there', 10)).toBeNull()
    expect(findActiveMention('@a b c d e', 10)).toBeNull()
  })
  it('only looks before the caret', () => {
    expect(findActiveMention('@Ben and more', 4)).toEqual({ start: 0, query: 'Ben' })
  })
})

describe('mentionOptions', () => {
  it('folds accents and case, prefix matches first', () => {
    const options = mentionOptions('jose', people)
    expect(options[0]).toEqual({ kind: 'person', person: people[2] })
  })
  it('matches any word of the name and ranks whole-name prefixes first', () => {
    const names = mentionOptions('ana', people).map((o) =>
      o.kind === 'person' ? o.person.name : `create ${o.name}`,
    )
    expect(names).toEqual(['Ana Silva', 'Anaïs Dubois', 'create Ana'])
    expect(mentionOptions('okaf', people)[0]).toMatchObject({ person: { id: '2' } })
  })
  it('offers to create a person when nobody matches, capitalized', () => {
    expect(mentionOptions('carla', people)).toEqual([{ kind: 'create', name: 'Carla' }])
    expect(mentionOptions('Carla Mendes', people)).toEqual([
      { kind: 'create', name: 'Carla Mendes' },
    ])
  })
  it('offers "Create" only for the name, never for the sentence that goes on after it', () => {
    // A lower-case word after the name is the sentence, as saving reads it: the list closes.
    expect(mentionOptions('Zzyzx Newperson joined', people)).toEqual([])
    expect(mentionOptions('carla mendes', people)).toEqual([])
    expect(mentionOptions('Zzyzx Newperson ', people)).toEqual([
      { kind: 'create', name: 'Zzyzx Newperson' },
    ])
  })
  it('does not offer create when the name exists exactly', () => {
    expect(mentionOptions('ana silva', people).some((o) => o.kind === 'create')).toBe(false)
  })
  it('lists everyone (up to the limit) for an empty query, without create', () => {
    const options = mentionOptions('', people, 3)
    expect(options).toHaveLength(3)
    expect(options.every((o) => o.kind === 'person')).toBe(true)
  })
  it('handles emoji in names', () => {
    expect(mentionOptions('zoe', people)[0]).toMatchObject({ person: { id: '5' } })
  })
})

describe('findActiveMention at the end of a sentence', () => {
  it.each([
    ['@Zzyzx Newperson joined late.', null],
    ['Met @Ana.', null],
    ['Met @Ana, then', null],
    ['Met @J.R', { start: 4, query: 'J.R' }],
    ['Met @Zzyzx New', { start: 4, query: 'Zzyzx New' }],
  ])('%s', (text, expected) => {
    expect(findActiveMention(text, text.length)).toEqual(expected)
  })
})

describe('applyPick and mentionToken', () => {
  it('replaces the typed part with the full name and a space', () => {
    const text = 'Coffee with @an about'
    const caret = 15
    const mention = findActiveMention(text, caret)!
    expect(applyPick(text, mention, caret, 'Ana Silva')).toEqual({
      text: 'Coffee with @Ana Silva about',
      caret: 23,
    })
  })
  it('adds a space at the end of the text', () => {
    const mention = findActiveMention('@be', 3)!
    expect(applyPick('@be', mention, 3, 'Ben Okafor')).toEqual({ text: '@Ben Okafor ', caret: 12 })
  })
  it('brackets names the core would not read as one name', () => {
    expect(mentionToken('Ana Silva')).toBe('@Ana Silva')
    expect(mentionToken('Maria da Silva')).toBe('@[Maria da Silva]')
    expect(mentionToken('🌱 Gardener')).toBe('@[🌱 Gardener]')
  })
})

describe('mentionKey', () => {
  it('moves with wrap-around and picks with Enter or Tab', () => {
    expect(mentionKey('ArrowDown', 2, 3)).toEqual({ action: 'move', index: 0 })
    expect(mentionKey('ArrowUp', 0, 3)).toEqual({ action: 'move', index: 2 })
    expect(mentionKey('Enter', 1, 3)).toEqual({ action: 'pick', index: 1 })
    expect(mentionKey('Tab', 1, 3)).toEqual({ action: 'pick', index: 1 })
    expect(mentionKey('Escape', 1, 3)).toEqual({ action: 'close' })
    expect(mentionKey('a', 1, 3)).toEqual({ action: 'none' })
    expect(mentionKey('Enter', 0, 0)).toEqual({ action: 'none' })
  })
})

describe('picksStillMentioned', () => {
  it('drops picks whose mention was deleted', () => {
    const picks = [{ name: 'Ana Silva' }, { name: 'Ben Okafor' }]
    expect(picksStillMentioned('met @ana silva today', picks)).toEqual([{ name: 'Ana Silva' }])
  })
})

describe('completed mentions', () => {
  it('stops at punctuation', () => {
    expect(findActiveMention('With @Carla Mendes: ', 20)).toBeNull()
    expect(findActiveMention('@Ana, hi', 8)).toBeNull()
  })
  it('knows a full name followed by more words is complete', () => {
    expect(isCompletedMention('Ana Silva about', people)).toBe(true)
    expect(isCompletedMention('ana silva', people)).toBe(false)
    expect(isCompletedMention('Ana Si', people)).toBe(false)
    expect(isCompletedMention('Carla about', people)).toBe(false)
  })
})
