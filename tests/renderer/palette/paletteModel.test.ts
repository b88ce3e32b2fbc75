import { describe, expect, it } from 'vitest'
import type { PaletteCommand } from '../../../src/renderer/src/state/commands'
import {
  commandScore,
  moveActive,
  paletteItems,
  withinOneEdit,
} from '../../../src/renderer/src/features/palette/paletteModel'
import { formatDate } from '../../../src/renderer/src/format'

const noop = () => undefined
const commands: PaletteCommand[] = [
  { id: 'people.new', label: 'New person', group: 'People', shortcut: 'N', run: noop },
  {
    id: 'journal.log',
    label: 'Log an interaction',
    group: 'Journal',
    keywords: ['entry', 'capture'],
    run: noop,
  },
  { id: 'go.introductions', label: 'Go to introductions', group: 'Navigate', run: noop },
]

describe('commandScore', () => {
  it('matches word prefixes, keywords and one typo', () => {
    expect(commandScore(commands[0]!, 'new')).toBe(0)
    expect(commandScore(commands[1]!, 'entry')).toBe(0)
    expect(commandScore(commands[2]!, 'introdcutions')).toBeNull()
    expect(commandScore(commands[2]!, 'intrductions')).toBe(2)
    expect(commandScore(commands[0]!, 'zzz')).toBeNull()
  })
  it('needs every word to match', () => {
    expect(commandScore(commands[0]!, 'new person')).toBe(0)
    expect(commandScore(commands[0]!, 'new journal')).toBeNull()
  })
})

describe('withinOneEdit', () => {
  it('accepts one substitution, insertion or deletion', () => {
    expect(withinOneEdit('peple', 'people')).toBe(true)
    expect(withinOneEdit('peiple', 'people')).toBe(true)
    expect(withinOneEdit('peoople', 'people')).toBe(true)
    expect(withinOneEdit('pxxple', 'people')).toBe(false)
  })
})

describe('paletteItems', () => {
  const hits = [
    {
      kind: 'entry' as const,
      id: 'e1',
      title: 'Coffee',
      subtitle: 'meeting',
      at: '2026-11-01T12:00:00.000Z',
      score: 3,
    },
    { kind: 'person' as const, id: 'p1', title: 'Ana Silva', subtitle: 'Fundo Verde', score: 9 },
  ]
  it('lists every command for an empty query', () => {
    expect(paletteItems('', commands, []).map((i) => i.id)).toEqual([
      'command:go.introductions',
      'command:journal.log',
      'command:people.new',
    ])
  })
  it('puts exact command matches before hits, grouped by kind', () => {
    const items = paletteItems('new', commands, hits)
    expect(items.map((i) => i.id)).toEqual(['command:people.new', 'person:p1', 'entry:e1'])
    expect(items[1]!.group).toBe('People')
  })
  it('puts hits first when no command matches well', () => {
    expect(paletteItems('ana', commands, hits)[0]!.id).toBe('person:p1')
  })
  it("shows an entry's date in the user's locale, never ISO", () => {
    const entry = paletteItems('ana', commands, hits).find((i) => i.id === 'entry:e1')
    expect(entry?.type === 'hit' && entry.subtitle).toBe(
      `meeting, ${formatDate('2026-11-01T12:00:00.000Z')}`,
    )
    expect(entry?.type === 'hit' && entry.subtitle).not.toMatch(/\d{4}-\d{2}/)
  })
})

describe('moveActive', () => {
  it('wraps and jumps', () => {
    expect(moveActive('ArrowDown', 2, 3)).toBe(0)
    expect(moveActive('ArrowUp', 0, 3)).toBe(2)
    expect(moveActive('End', 0, 3)).toBe(2)
    expect(moveActive('Home', 2, 3)).toBe(0)
    expect(moveActive('ArrowDown', 0, 0)).toBe(-1)
  })
})
