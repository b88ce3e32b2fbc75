import { describe, expect, it } from 'vitest'
import {
  digestContent,
  msUntilLocalTime,
  type DigestItem,
} from '../../../src/shared/reachOut/digest'

const items: DigestItem[] = [
  { kind: 'followUp', names: ['Dora Nwosu'], label: 'Send the deck', daysOverdue: 12 },
  { kind: 'date', names: ['Mariam Haddad'], label: 'Birthday', daysOverdue: 0 },
  { kind: 'introduction', names: ['Ana Silva', 'Ben Okafor'], label: '', daysOverdue: 3 },
  { kind: 'cadence', names: ['Eli Brandt'], label: 'Every 30 days', daysOverdue: 1 },
]

describe('daily digest notification', () => {
  it('says only the count and one first name without "show details"', () => {
    const content = digestContent({ items, locked: false, showDetails: false })
    expect(content).toEqual({
      title: '4 people to reach out to today',
      body: 'Dora and 3 more. Open Kith to see why.',
      view: 'reachout',
    })
    expect(JSON.stringify(content)).not.toMatch(/Nwosu|Mariam|deck|Birthday/)
    expect(digestContent({ items: items.slice(1, 2), locked: false, showDetails: false })).toEqual({
      title: '1 person to reach out to today',
      body: 'Mariam. Open Kith to see why.',
      view: 'reachout',
    })
  })

  it('names people and reasons, three at most, with "show details"', () => {
    expect(digestContent({ items, locked: false, showDetails: true })?.body).toBe(
      [
        'Dora Nwosu: follow-up, 12 days overdue',
        'Mariam Haddad: birthday',
        'Ana Silva & Ben Okafor: introduction waiting for an answer',
        'and 1 more',
      ].join('\n'),
    )
  })

  it('shows no content at all while the vault is locked, details allowed or not', () => {
    for (const showDetails of [false, true]) {
      const content = digestContent({ items, locked: true, showDetails })
      expect(content?.body).toBe('Unlock Kith to see today’s reminders.')
      expect(content?.title).toBe('Kith')
    }
  })

  it('stays quiet when there is nothing to do', () => {
    expect(digestContent({ items: [], locked: false, showDetails: true })).toBeNull()
  })

  it('waits until the chosen local time, today or tomorrow', () => {
    const now = new Date(2026, 11, 3, 7, 30)
    expect(msUntilLocalTime(now, '08:30')).toBe(60 * 60 * 1000)
    expect(msUntilLocalTime(new Date(2026, 11, 3, 9, 0), '08:30')).toBe(23.5 * 60 * 60 * 1000)
  })
})
