import { describe, expect, it } from 'vitest'
import {
  captureRequest,
  initialCaptureText,
  newMentionNames,
  toLocalInput,
} from '../../../src/renderer/src/features/journal/captureRequest'

const base = { when: '', type: 'meeting' as const, followUpOn: '', picks: [] }

describe('captureRequest', () => {
  it('creates on save a typed @name nobody is called, without a pick, as the core names it', () => {
    const people = [{ id: 'a', name: 'Ana Silva' }]
    const text = 'Lunch: @Zzyzx Newperson joined late. @Ana Silva too.'
    expect(newMentionNames(text, people)).toEqual(['Zzyzx Newperson'])
    expect(captureRequest({ ...base, text, people })?.createMissing).toBe(true)
    expect(
      captureRequest({ ...base, text: 'Lunch with @Ana Silva.', people })?.createMissing,
    ).toBeUndefined()
    expect(newMentionNames('@Zoe and @zoe and @Ana', people)).toEqual(['Zoe'])
  })
  it('passes picked people still mentioned as participants', () => {
    const request = captureRequest({
      ...base,
      text: 'Coffee with @Ana Silva about the fund',
      picks: [
        { id: 'a', name: 'Ana Silva', viaMention: true },
        { id: 'b', name: 'Ben Okafor', viaMention: true },
      ],
    })
    expect(request).toEqual({
      text: 'Coffee with @Ana Silva about the fund',
      type: 'meeting',
      participants: ['a'],
    })
  })
  it('asks to create missing people only when a created name is still mentioned', () => {
    const picks = [{ name: 'Carla Mendes', viaMention: true }]
    expect(captureRequest({ ...base, text: 'Met @Carla Mendes', picks })?.createMissing).toBe(true)
    expect(captureRequest({ ...base, text: 'Met nobody', picks })?.createMissing).toBeUndefined()
  })
  it('keeps pre-filled chips and writes a neutral text when there is none', () => {
    const request = captureRequest({
      ...base,
      type: 'call',
      text: ' ',
      picks: [{ id: 'a', name: 'Ana', viaMention: false }],
    })
    expect(request).toEqual({ text: 'Call with Ana', type: 'call', participants: ['a'] })
  })
  it('returns null for an empty form', () => {
    expect(captureRequest({ ...base, text: '  ' })).toBeNull()
  })
  it('converts the local date and keeps the follow-up', () => {
    const request = captureRequest({
      ...base,
      text: 'x',
      when: '2026-03-29T01:30',
      followUpOn: '2026-04-02',
    })
    expect(request?.at).toBe(new Date(2026, 2, 29, 1, 30).toISOString())
    expect(request?.followUpOn).toBe('2026-04-02')
  })
  it('formats a local datetime input value', () => {
    expect(toLocalInput(new Date(2026, 10, 5, 9, 7))).toBe('2026-11-05T09:07')
  })
})

describe('initialCaptureText', () => {
  it('mentions the people capture was opened for', () => {
    expect(initialCaptureText([])).toBe('')
    expect(initialCaptureText(['Ana Silva'])).toBe('With @Ana Silva: ')
    expect(initialCaptureText(['Ana Silva', 'Ben Okafor', 'Maria da Silva'])).toBe(
      'With @Ana Silva, @Ben Okafor and @[Maria da Silva]: ',
    )
  })
})
