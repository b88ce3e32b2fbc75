import { describe, expect, it } from 'vitest'
import {
  addDays,
  addEntry,
  addTie,
  daysBetween,
  followUps,
  localDate,
  reachOutList,
  snoozePerson,
  snoozeUntilFor,
  startOfLocalDay,
} from '../../../src/core/services'
import { storeWithOwner } from './fixtures'

const NY = { timeZone: 'America/New_York' }

describe('calendar arithmetic', () => {
  it('counts calendar days, not 24-hour blocks, across DST changes', () => {
    // 2026-03-08 in New York has 23 hours; 2026-11-01 has 25.
    expect(localDate('2026-03-08T04:59:00.000Z', 'America/New_York')).toBe('2026-03-07')
    expect(localDate('2026-03-08T05:00:00.000Z', 'America/New_York')).toBe('2026-03-08')
    expect(localDate('2026-03-09T03:59:00.000Z', 'America/New_York')).toBe('2026-03-08')
    expect(localDate('2026-03-09T04:00:00.000Z', 'America/New_York')).toBe('2026-03-09')
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(daysBetween('2026-03-01', '2026-11-01')).toBe(245)
    expect(startOfLocalDay('2026-03-08', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z')
    expect(startOfLocalDay('2026-03-09', 'America/New_York')).toBe('2026-03-09T04:00:00.000Z')
    expect(startOfLocalDay('2026-11-02', 'America/New_York')).toBe('2026-11-02T05:00:00.000Z')
    expect(startOfLocalDay('2026-03-29', 'Europe/Lisbon')).toBe('2026-03-29T00:00:00.000Z')
    expect(startOfLocalDay('2026-03-30', 'Europe/Lisbon')).toBe('2026-03-29T23:00:00.000Z')
    expect(startOfLocalDay('2026-06-01', 'Asia/Kolkata')).toBe('2026-05-31T18:30:00.000Z')
  })
})

describe('reach-out list', () => {
  it('is due on the calendar day even when fewer than 24 hours passed over spring-forward', async () => {
    const { store, deps, add } = await storeWithOwner('2026-03-01T00:00:00.000Z')
    // 00:30 EST on Saturday 7 March; cadence of one day.
    const ana = await add({
      name: 'Ana',
      cadenceDays: 1,
      lastContactAt: '2026-03-07T05:30:00.000Z',
    })
    deps.time.set('2026-03-08T04:45:00.000Z') // 23:45 EST on the 7th
    expect(reachOutList(store, deps, NY)).toEqual([])
    deps.time.set('2026-03-08T05:15:00.000Z') // 00:15 on Sunday the 8th, only 23h45 later
    const [due] = reachOutList(store, deps, NY)
    expect(due).toMatchObject({ dueOn: '2026-03-08', daysOverdue: 0 })
    expect(due?.person.id).toBe(ana.id)
    deps.time.set('2026-03-10T03:59:00.000Z') // 23:59 EDT on the 9th
    expect(reachOutList(store, deps, NY)[0]?.daysOverdue).toBe(1)
  })

  it('depends on the user time zone', async () => {
    const { store, deps, add } = await storeWithOwner('2026-03-01T00:00:00.000Z')
    await add({ name: 'Ana', cadenceDays: 30, lastContactAt: '2026-03-15T10:00:00.000Z' })
    deps.time.set('2026-04-13T23:30:00.000Z') // already 14 April in Lisbon (WEST), not in UTC
    expect(reachOutList(store, deps, { timeZone: 'Europe/Lisbon' })).toHaveLength(1)
    expect(reachOutList(store, deps, { timeZone: 'UTC' })).toHaveLength(0)
  })

  it('orders by how overdue times the owner tie strength (untied counts as 1), skips snoozed, resets on a logged entry', async () => {
    const { store, deps, owner, add } = await storeWithOwner('2026-01-01T00:00:00.000Z')
    const weak = await add({
      name: 'Weak',
      cadenceDays: 10,
      lastContactAt: '2026-01-01T00:00:00.000Z',
    })
    const strong = await add({
      name: 'Strong',
      cadenceDays: 10,
      lastContactAt: '2026-01-05T00:00:00.000Z',
    })
    const later = await add({
      name: 'Later',
      cadenceDays: 10,
      lastContactAt: '2026-01-01T00:00:00.000Z',
    })
    await add({ name: 'No cadence' })
    await addTie(store, deps, owner.id, weak.id, { strength: 2 })
    await addTie(store, deps, owner.id, strong.id, { strength: 5 })
    deps.time.set('2026-01-21T12:00:00.000Z')
    expect(
      reachOutList(store, deps, { timeZone: 'UTC' }).map((r) => [r.person.name, r.daysOverdue]),
    ).toEqual([
      ['Strong', 6],
      ['Weak', 10],
      ['Later', 10],
    ])
    const until = snoozeUntilFor(deps, 7, { timeZone: 'UTC' })
    expect(until).toBe('2026-01-28T00:00:00.000Z')
    await snoozePerson(store, deps, later.id, until)
    await addEntry(store, deps, { participants: [strong.id] })
    expect(reachOutList(store, deps, { timeZone: 'UTC' }).map((r) => r.person.name)).toEqual([
      'Weak',
    ])
    deps.time.set('2026-01-28T00:00:00.000Z')
    expect(reachOutList(store, deps, { timeZone: 'UTC' }).map((r) => r.person.name)).toContain(
      'Later',
    )
  })
})

describe('follow-ups', () => {
  it('splits overdue, today and this week in the user time zone', async () => {
    const { store, deps } = await storeWithOwner('2026-03-01T00:00:00.000Z')
    const dates = ['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09']
    for (const followUpOn of dates) await addEntry(store, deps, { followUpOn, title: followUpOn })
    await addEntry(store, deps, { followUpOn: '2026-03-07', followUpDone: true, title: 'done' })
    deps.time.set('2026-03-08T03:00:00.000Z') // Saturday the 7th in New York, Sunday the 8th in UTC
    const titles = (list: { title: string }[]) => list.map((e) => e.title)
    const ny = followUps(store, deps, NY)
    expect([titles(ny.overdue), titles(ny.today), titles(ny.thisWeek)]).toEqual([
      ['2026-03-06'],
      ['2026-03-07'],
      ['2026-03-08'],
    ])
    const utc = followUps(store, deps, { timeZone: 'UTC' })
    expect([titles(utc.overdue), titles(utc.today), titles(utc.thisWeek)]).toEqual([
      ['2026-03-06', '2026-03-07'],
      ['2026-03-08'],
      [],
    ])
  })

  it('rejects an unknown time zone', async () => {
    const { store, deps } = await storeWithOwner()
    expect(() => reachOutList(store, deps, { timeZone: 'Mars/Olympus' })).toThrow(RangeError)
  })
})
