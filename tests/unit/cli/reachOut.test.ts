import { describe, expect, it } from 'vitest'
import { reachOutWith } from '../../../src/cli/commands/reachOut'
import type { CliError } from '../../../src/cli/exitCodes'
import { EXIT } from '../../../src/cli/exitCodes'
import { MemoryStore } from '../../../src/core/store/memoryStore'
import type { Entry } from '../../../src/shared/domain'
import { fakeId, person, tie } from '../graph/fixtures'
import { fakeIo } from './fakeIo'

const args = (values: Record<string, string | boolean>) => ({ values, positionals: [] })

function followUp(n: number, followUpOn: string, who: number): Entry {
  return {
    kind: 'entry',
    id: `f${n.toString(16).padStart(31, '0')}` as Entry['id'],
    at: '2025-01-01T10:00:00.000Z',
    type: 'note',
    title: `Send the deck ${n}`,
    body: '',
    participants: [fakeId(who)],
    followUpOn,
    followUpDone: false,
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-01-01T10:00:00.000Z',
  }
}

function vault(): MemoryStore {
  return new MemoryStore([
    person(0, 'Me', { isMe: true }),
    person(1, 'Ana Silva', { birthday: '--11-28' }),
    person(2, 'Ben Okafor'),
    tie(0, 1, 4),
    followUp(1, '2025-01-15', 2),
    followUp(2, '2026-11-26', 1),
  ])
}

describe('kith reach-out', () => {
  // fakeIo's clock: Thursday 26 November 2026, 09:00 UTC.
  it('prints the four sections; a follow-up dated last year is overdue, not today', async () => {
    const io = fakeIo()
    expect(await reachOutWith(vault(), args({ tz: 'Europe/Lisbon' }), io)).toBe(EXIT.ok)
    const text = io.out.join('')
    expect(text).toContain('Reach out, 2026-11-26')
    const overdue = text.slice(text.indexOf('Overdue'), text.indexOf('Today'))
    const today = text.slice(text.indexOf('Today'), text.indexOf('This week'))
    const week = text.slice(text.indexOf('This week'), text.indexOf('Later'))
    expect(overdue).toContain('Ben Okafor  follow-up: Send the deck 1  (680 days overdue)')
    expect(today).toContain('Ana Silva  follow-up: Send the deck 2  (today)')
    expect(today).not.toContain('Send the deck 1')
    expect(week).toContain('Ana Silva  Birthday  (2026-11-28')
  })

  it('gives the same sections as JSON, in the zone asked for', async () => {
    const io = fakeIo({}, '2026-11-27T23:30:00.000Z')
    await reachOutWith(vault(), args({ json: true, tz: 'Asia/Tokyo' }), io)
    const out = JSON.parse(io.out.join('')) as {
      date: string
      sections: Record<string, { kind: string; names: string[]; daysOverdue: number }[]>
    }
    // Already Saturday the 28th in Tokyo: Ana's birthday is today there.
    expect(out.date).toBe('2026-11-28')
    expect(out.sections['today']?.map((i) => [i.kind, i.names])).toEqual([['date', ['Ana Silva']]])
    expect(out.sections['overdue']?.map((i) => i.daysOverdue)).toEqual([682, 2])
  })

  it('refuses an unknown time zone as a usage error', async () => {
    await expect(
      reachOutWith(vault(), args({ tz: 'Mars/Olympus' }), fakeIo()),
    ).rejects.toMatchObject({ exitCode: EXIT.usage } satisfies Partial<CliError>)
  })
})
