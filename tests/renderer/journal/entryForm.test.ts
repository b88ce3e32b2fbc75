import type { PersonId } from '../../../src/shared/domain'
import { describe, expect, it } from 'vitest'
import type { Entry } from '../../../src/shared/domain'
import {
  addParticipant,
  editFormFromEntry,
  editFormHasContent,
  entryChanges,
  followUpTogglePatch,
  fullPatch,
  fromLocalInput,
  mentionPeople,
  removeParticipant,
  toLocalInput,
} from '../../../src/renderer/src/features/journal/entryForm'

const entry = {
  kind: 'entry',
  id: 'e1',
  at: '2026-03-04T10:15:00.000Z',
  type: 'meeting',
  title: 'Fund chat',
  body: 'Coffee with @Ana Silva and @Ben Okafor',
  participants: ['a', 'b'],
  followUpOn: '2026-03-10',
  followUpDone: false,
  createdAt: '2026-03-04T10:15:00.000Z',
  updatedAt: '2026-03-04T10:15:00.000Z',
} as unknown as Entry // the fields the form reads; timestamps' exact shape does not matter here

const names: Record<string, string> = { a: 'Ana Silva', b: 'Ben Okafor' }
const nameOf = (id: string) => names[id] ?? '?'

describe('editFormFromEntry', () => {
  it('prefills every field, people as chips with names', () => {
    const form = editFormFromEntry(entry, nameOf)
    expect(form).toEqual({
      title: 'Fund chat',
      body: entry.body,
      when: toLocalInput(new Date(entry.at)),
      type: 'meeting',
      followUpOn: '2026-03-10',
      followUpDone: false,
      participants: [
        { id: 'a', name: 'Ana Silva' },
        { id: 'b', name: 'Ben Okafor' },
      ],
    })
  })
  it('leaves the follow-up empty when the entry has none', () => {
    const { followUpOn: _, ...rest } = entry
    expect(editFormFromEntry(rest as Entry, nameOf).followUpOn).toBe('')
  })
})

describe('entryChanges', () => {
  const form = () => editFormFromEntry(entry, nameOf)
  it('is null when nothing changed (the time round-trips through the minute input)', () => {
    expect(entryChanges(entry, form())).toBeNull()
  })
  it('holds only the changed fields', () => {
    const edited = {
      ...form(),
      body: 'Coffee with @Ana Silva',
      participants: removeParticipant(form().participants, 'b'),
    }
    expect(entryChanges(entry, edited)).toEqual({
      body: 'Coffee with @Ana Silva',
      participants: ['a'],
    })
  })
  it('trims the title, converts the local time, and carries type and follow-up', () => {
    const when = '2026-05-06T08:30'
    const patch = entryChanges(entry, {
      ...form(),
      title: '  New title ',
      when,
      type: 'call',
      followUpOn: '2026-06-01',
      followUpDone: true,
    })
    expect(patch).toEqual({
      title: 'New title',
      at: new Date(when).toISOString(),
      type: 'call',
      followUpOn: '2026-06-01',
      followUpDone: true,
    })
  })
  it('does not send a cleared follow-up date or an invalid time', () => {
    expect(entryChanges(entry, { ...form(), followUpOn: '', when: 'garbage' })).toBeNull()
  })
  it('sees reordered participants as unchanged and an added one as a change', () => {
    const reordered = { ...form(), participants: [...form().participants].reverse() }
    expect(entryChanges(entry, reordered)).toBeNull()
    const added = {
      ...form(),
      participants: addParticipant(form().participants, { id: 'c', name: 'Carla' }),
    }
    expect(entryChanges(entry, added)).toEqual({ participants: ['a', 'b', 'c'] })
  })
})

describe('participants', () => {
  it('adds a person once and removes by id', () => {
    const one = addParticipant([], { id: 'a', name: 'Ana' })
    expect(addParticipant(one, { id: 'a', name: 'Ana' })).toBe(one)
    expect(removeParticipant(one, 'a')).toEqual([])
  })
})

describe('helpers', () => {
  it('offers living people other than me for mentions', () => {
    expect(
      mentionPeople([
        { id: 'a' as PersonId, name: 'Ana', organization: 'Fundo', isMe: false },
        { id: 'm' as PersonId, name: 'Me', isMe: true },
        { id: 'd' as PersonId, name: 'Gone', isMe: false, deletedAt: '2026-01-01T00:00:00.000Z' },
      ]),
    ).toEqual([{ id: 'a', name: 'Ana', organization: 'Fundo' }])
  })
  it('converts datetime-local values both ways', () => {
    expect(fromLocalInput('')).toBeUndefined()
    expect(fromLocalInput('nope')).toBeUndefined()
    const iso = fromLocalInput('2026-01-02T03:04')!
    expect(toLocalInput(new Date(iso))).toBe('2026-01-02T03:04')
  })
  it('knows when an edited entry still has content', () => {
    const empty = { ...editFormFromEntry(entry, nameOf), title: '', body: ' ', participants: [] }
    expect(editFormHasContent(empty)).toBe(false)
    expect(editFormHasContent({ ...empty, title: 'x' })).toBe(true)
  })
})

describe('fullPatch', () => {
  it('carries every editable field so the core keeps what the edit did not touch', () => {
    expect(fullPatch(entry, { body: 'new' })).toEqual({
      title: 'Fund chat',
      body: 'new',
      at: entry.at,
      type: 'meeting',
      followUpOn: '2026-03-10',
      followUpDone: false,
      participants: ['a', 'b'],
    })
  })
  it('toggles the follow-up both ways', () => {
    expect(followUpTogglePatch(entry).followUpDone).toBe(true)
    expect(followUpTogglePatch({ ...entry, followUpDone: true }).followUpDone).toBe(false)
    expect(followUpTogglePatch(entry).body).toBe(entry.body)
  })
})
