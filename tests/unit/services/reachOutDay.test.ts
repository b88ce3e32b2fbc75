import { describe, expect, it } from 'vitest'
import {
  entrySchema,
  introductionSchema,
  personSchema,
  tieSchema,
  type Entry,
  type Introduction,
  type Tie,
  type Person,
} from '../../../src/shared/domain'
import {
  nextOccurrence,
  pruneSnoozes,
  reachOutDay,
  type ReachOutInput,
  type ReachOutSections,
} from '../../../src/core/services/reachOutDay'

const T0 = '2025-01-01T00:00:00.000Z'
const ME = 'p_me'
/** Records are parsed with a valid id for their defaults, then given readable ids. */
const HEX = '0123456789abcdef0123456789abcdef'

function person(id: string, fields: Partial<Person> = {}): Person {
  const parsed = personSchema.parse({
    kind: 'person',
    id: HEX,
    name: id.slice(2),
    createdAt: T0,
    updatedAt: T0,
    ...fields,
  })
  return { ...parsed, id } as Person
}

function followUp(id: string, followUpOn: string, participants: string[] = []): Entry {
  const parsed = entrySchema.parse({
    kind: 'entry',
    id: HEX,
    at: T0,
    title: `Follow up ${id}`,
    followUpOn,
    createdAt: T0,
    updatedAt: T0,
  })
  return { ...parsed, id, participants } as Entry
}

function asked(id: string, a: string, b: string, at: string): Introduction {
  const parsed = introductionSchema.parse({
    kind: 'introduction',
    id: HEX,
    a: HEX,
    b: HEX,
    status: 'asked',
    history: [
      { status: 'idea', at: T0 },
      { status: 'asked', at },
    ],
    createdAt: T0,
    updatedAt: at,
  })
  return { ...parsed, id, a, b } as Introduction
}

function input(extra: Partial<ReachOutInput> = {}): ReachOutInput {
  return {
    people: [person(ME, { isMe: true }), ...(extra.people ?? [])],
    entries: extra.entries ?? [],
    introductions: extra.introductions ?? [],
    ties: extra.ties ?? [],
    ownerId: ME,
    ...(extra.snoozes ? { snoozes: extra.snoozes } : {}),
  }
}

const keys = (s: ReachOutSections) => ({
  overdue: s.overdue.map((i) => i.key),
  today: s.today.map((i) => i.key),
  thisWeek: s.thisWeek.map((i) => i.key),
  later: s.later.map((i) => i.key),
})

const NY = 'America/New_York'

describe('reach out sections', () => {
  // Thursday 3 December 2026, 09:00 in New York.
  const now = new Date('2026-12-03T14:00:00.000Z')

  it('puts a follow-up in the section of its real date: last year is overdue, never today', () => {
    const day = reachOutDay(
      input({
        entries: [
          followUp('e_old', '2025-01-15'),
          followUp('e_yesterday', '2026-12-02'),
          followUp('e_today', '2026-12-03'),
          followUp('e_sunday', '2026-12-06'),
          followUp('e_next', '2026-12-10'),
          followUp('e_far', '2027-06-01'),
        ],
      }),
      { now, timeZone: NY },
    )
    expect(keys(day)).toEqual({
      overdue: ['followUp:e_old:2025-01-15', 'followUp:e_yesterday:2026-12-02'],
      today: ['followUp:e_today:2026-12-03'],
      thisWeek: ['followUp:e_sunday:2026-12-06'],
      later: ['followUp:e_next:2026-12-10'],
    })
    expect(day.overdue[0]?.daysOverdue).toBe(687)
  })

  it('labels a follow-up without a title by its first line, mentions without their @', () => {
    const entry = {
      ...followUp('e_1', '2026-12-03'),
      title: '',
      body: '\nSend @Ana Silva the deck (cc @Bo)\nmore',
    }
    expect(reachOutDay(input({ entries: [entry] }), { now, timeZone: NY }).today[0]?.label).toBe(
      'Send Ana Silva the deck (cc Bo)',
    )
  })

  it('orders overdue by days overdue times strength', () => {
    const tie = (b: string, strength: number) =>
      ({
        ...tieSchema.parse({
          kind: 'tie',
          id: HEX,
          a: '0'.repeat(32),
          b: HEX,
          strength,
          createdAt: T0,
          updatedAt: T0,
        }),
        a: ME < b ? ME : b,
        b: ME < b ? b : ME,
      }) as Tie
    const day = reachOutDay(
      input({
        people: [person('p_ana'), person('p_bo'), person('p_cy')],
        ties: [tie('p_ana', 5), tie('p_bo', 1), tie('p_cy', 2)],
        entries: [
          followUp('e_a', '2026-12-01', ['p_ana']), // 2 days × 5 = 10
          followUp('e_b', '2026-11-23', ['p_bo']), // 10 days × 1 = 10, later by days
          followUp('e_c', '2026-11-26', ['p_cy']), // 7 days × 2 = 14
        ],
      }),
      { now, timeZone: NY },
    )
    expect(day.overdue.map((i) => [i.entryId, i.score])).toEqual([
      ['e_c', 14],
      ['e_b', 10],
      ['e_a', 10],
    ])
  })

  it('takes today from the user time zone and counts calendar days over DST', () => {
    const entries = [followUp('e_1', '2026-03-08')]
    // 23:45 EST on Saturday 7 March, then 00:15 on Sunday the 8th (spring forward that night).
    expect(
      keys(
        reachOutDay(input({ entries }), {
          now: new Date('2026-03-08T04:45:00.000Z'),
          timeZone: NY,
        }),
      ).thisWeek,
    ).toEqual(['followUp:e_1:2026-03-08'])
    expect(
      keys(
        reachOutDay(input({ entries }), {
          now: new Date('2026-03-08T05:15:00.000Z'),
          timeZone: NY,
        }),
      ).today,
    ).toEqual(['followUp:e_1:2026-03-08'])
    // 23:59 EDT on Monday the 9th: one calendar day overdue although only ~47 hours passed.
    const late = reachOutDay(input({ entries }), {
      now: new Date('2026-03-10T03:59:00.000Z'),
      timeZone: NY,
    })
    expect(late.overdue[0]?.daysOverdue).toBe(1)
    // The same instant is already the next day in Tokyo and still the day before in Honolulu.
    const instant = new Date('2026-03-07T20:00:00.000Z')
    expect(
      reachOutDay(input({ entries }), { now: instant, timeZone: 'Asia/Tokyo' }).today,
    ).toHaveLength(1)
    expect(
      reachOutDay(input({ entries }), { now: instant, timeZone: 'Pacific/Honolulu' }).thisWeek,
    ).toHaveLength(1)
  })

  it('shows birthdays with and without a year and named dates in the next 14 days', () => {
    const day = reachOutDay(
      input({
        people: [
          person('p_ana', { birthday: '1986-12-05' }),
          person('p_bo', { birthday: '--12-03' }),
          person('p_cy', { dates: [{ label: 'Work anniversary', date: '2019-12-15' }] }),
          person('p_di', { birthday: '--12-18' }), // 15 days away: not yet
          person('p_ed', { birthday: '--12-01' }), // two days ago: next year's, not overdue
        ],
      }),
      { now, timeZone: NY },
    )
    expect(day.overdue).toEqual([])
    expect(day.today.map((i) => [i.personIds[0], i.label, i.turns])).toEqual([
      ['p_bo', 'Birthday', undefined],
    ])
    expect(day.thisWeek.map((i) => [i.personIds[0], i.dueOn, i.turns])).toEqual([
      ['p_ana', '2026-12-05', 40],
    ])
    expect(day.later.map((i) => [i.personIds[0], i.label])).toEqual([['p_cy', 'Work anniversary']])
  })

  it('keeps 29 February birthdays on 28 February in common years, and on the 29th in leap years', () => {
    expect(nextOccurrence('--02-29', '2027-02-01')).toBe('2027-02-28')
    expect(nextOccurrence('2000-02-29', '2028-02-01')).toBe('2028-02-29')
    expect(nextOccurrence('--02-29', '2027-03-01')).toBe('2028-02-29')
    expect(nextOccurrence('--12-31', '2026-12-31')).toBe('2026-12-31')
    expect(nextOccurrence('--01-01', '2026-12-31')).toBe('2027-01-01')
    const leapling = person('p_leap', { birthday: '2000-02-29' })
    const feb28 = reachOutDay(input({ people: [leapling] }), {
      now: new Date('2027-02-28T15:00:00.000Z'),
      timeZone: NY,
    })
    expect(feb28.today.map((i) => [i.dueOn, i.turns])).toEqual([['2027-02-28', 27]])
  })

  it('lists introductions asked a few days ago and still unanswered, with how long they waited', () => {
    const day = reachOutDay(
      input({
        people: [person('p_ana'), person('p_bo')],
        introductions: [
          asked('i_old', 'p_ana', 'p_bo', '2026-11-20T15:00:00.000Z'),
          asked('i_new', 'p_ana', 'p_bo', '2026-12-01T15:00:00.000Z'),
        ],
      }),
      { now, timeZone: NY },
    )
    expect(day.overdue.map((i) => [i.introductionId, i.waitingDays, i.dueOn])).toEqual([
      ['i_old', 13, '2026-11-25'],
    ])
    expect([...day.today, ...day.thisWeek, ...day.later]).toEqual([])
  })

  it('lists people going cold against their cadence, and this week those about to', () => {
    const day = reachOutDay(
      input({
        people: [
          person('p_cold', { cadenceDays: 30, lastContactAt: '2026-10-01T12:00:00.000Z' }),
          person('p_soon', { cadenceDays: 7, lastContactAt: '2026-11-29T12:00:00.000Z' }),
          person('p_fine', { cadenceDays: 90, lastContactAt: '2026-11-29T12:00:00.000Z' }),
          person('p_snoozed', {
            cadenceDays: 7,
            lastContactAt: '2026-10-01T12:00:00.000Z',
            snoozedUntil: '2026-12-10T05:00:00.000Z',
          }),
        ],
      }),
      { now, timeZone: NY },
    )
    expect(day.overdue.map((i) => [i.personIds[0], i.daysOverdue])).toEqual([['p_cold', 33]])
    expect(day.thisWeek.map((i) => [i.personIds[0], i.dueOn])).toEqual([['p_soon', '2026-12-06']])
    expect(day.later).toEqual([])
  })

  it('hides a snoozed or done item until its date, and shows the next occurrence again', () => {
    const people = [person('p_bo', { birthday: '--12-03' })]
    const entries = [followUp('e_1', '2026-11-01')]
    const snoozes = {
      'date:p_bo:Birthday:2026-12-03': '9999-12-31',
      'followUp:e_1:2026-11-01': '2026-12-04',
    }
    const day = reachOutDay(input({ people, entries, snoozes }), { now, timeZone: NY })
    expect(keys(day)).toEqual({ overdue: [], today: [], thisWeek: [], later: [] })
    const tomorrow = reachOutDay(input({ people, entries, snoozes }), {
      now: new Date('2026-12-04T14:00:00.000Z'),
      timeZone: NY,
    })
    expect(keys(tomorrow).overdue).toEqual(['followUp:e_1:2026-11-01'])
    const nextYear = reachOutDay(input({ people, snoozes }), {
      now: new Date('2027-12-03T14:00:00.000Z'),
      timeZone: NY,
    })
    expect(keys(nextYear).today).toEqual(['date:p_bo:Birthday:2027-12-03'])
    expect(pruneSnoozes(snoozes, '2026-12-04')).toEqual({
      'date:p_bo:Birthday:2026-12-03': '9999-12-31',
    })
  })

  it('accepts old people records without dates, and rejects impossible yearless dates', () => {
    expect(person('p_old').dates).toBeUndefined()
    expect(personSchema.safeParse({ ...person('p_x'), id: HEX, birthday: '--02-30' }).success).toBe(
      false,
    )
    expect(personSchema.safeParse({ ...person('p_x'), id: HEX, birthday: '--02-29' }).success).toBe(
      true,
    )
    expect(
      personSchema.safeParse({ ...person('p_x'), id: HEX, birthday: '1990-07-04' }).success,
    ).toBe(true)
  })
})
