import type {
  Entry,
  Introduction,
  IsoDate,
  NamedDate,
  PartialDate,
  Person,
  Tie,
} from '../../shared/domain'
import { addDays, daysBetween, endOfWeek, localDate } from './calendar'

/**
 * Reach out as a daily list, as one pure function: records and an instant in, four sections out.
 * "Today" is the user's local date in their IANA zone; after that everything is calendar-date
 * arithmetic, so DST days and zones east or west of UTC change nothing but which date is today.
 */

export const REACH_OUT_SECTIONS = ['overdue', 'today', 'thisWeek', 'later'] as const
export type ReachOutSection = (typeof REACH_OUT_SECTIONS)[number]

export type ReachOutKind = 'followUp' | 'date' | 'introduction' | 'cadence'

export interface ReachOutItem {
  /** Names this occurrence (snoozes and Done are kept under it). */
  key: string
  kind: ReachOutKind
  section: ReachOutSection
  /** The people it is about, for Log and for names. */
  personIds: string[]
  /** The local date it is due or happens. */
  dueOn: IsoDate
  /** Whole days past `dueOn` (0 when due today, negative when ahead). */
  daysOverdue: number
  /** The owner's strongest tie to the people concerned, 1 when untied. */
  strength: number
  /** Overdue order: days overdue times strength. */
  score: number
  /** What it is, in a few words: the follow-up's title, "Birthday", the date's label... */
  label: string
  /** Journal entry of a follow-up. */
  entryId?: string
  /** Introduction waiting for an answer. */
  introductionId?: string
  /** Days an introduction has waited since it was asked. */
  waitingDays?: number
  /** Age a birthday with a year turns on `dueOn`. */
  turns?: number
  /** Done puts the item aside until this date (follow-ups are marked done on their entry). */
  doneUntil?: IsoDate
}

export type ReachOutSections = Record<ReachOutSection, ReachOutItem[]>

export interface ReachOutInput {
  people: readonly Person[]
  entries: readonly Entry[]
  introductions: readonly Introduction[]
  ties: readonly Tie[]
  ownerId: string | null
  /** Item key to the local date it shows again (from settings). */
  snoozes?: Readonly<Record<string, IsoDate>>
}

export interface ReachOutOptions {
  now: Date
  timeZone: string
  /** 0 = Sunday, 1 = Monday (default). */
  weekStartsOn?: number
  /** Birthdays and dates this many days ahead (default 14). */
  dateHorizonDays?: number
  /** Follow-ups this many days ahead land in Later (default 30). */
  laterHorizonDays?: number
  /** An introduction asked this many days ago without an answer is due (default 5). */
  introductionWaitDays?: number
}

export const DONE_UNTIL: IsoDate = '9999-12-31'

/** The next date, on or after `from`, on which a (possibly yearless) date recurs. */
export function nextOccurrence(date: PartialDate, from: IsoDate): IsoDate {
  const month = Number(date.slice(-5, -3))
  const day = Number(date.slice(-2))
  let year = Number(from.slice(0, 4))
  for (;;) {
    const candidate = occurrenceIn(year, month, day)
    if (candidate >= from) return candidate
    year++
  }
}

/** 29 February falls on 28 February in a common year: the day people celebrate it early. */
function occurrenceIn(year: number, month: number, day: number): IsoDate {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const realDay = month === 2 && day === 29 && !leap ? 28 : day
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(realDay).padStart(2, '0')}`
}

function yearOf(date: PartialDate): number | undefined {
  return date.startsWith('--') ? undefined : Number(date.slice(0, 4))
}

export function reachOutDay(input: ReachOutInput, options: ReachOutOptions): ReachOutSections {
  const today = localDate(options.now, options.timeZone)
  const weekEnd = endOfWeek(today, options.weekStartsOn ?? 1)
  const dateHorizon = addDays(today, options.dateHorizonDays ?? 14)
  const laterHorizon = addDays(today, options.laterHorizonDays ?? 30)
  const waitDays = options.introductionWaitDays ?? 5
  const snoozes = input.snoozes ?? {}
  const people = new Map<string, Person>(
    input.people.filter((p) => !p.deletedAt).map((p) => [p.id, p]),
  )
  const strengths = ownerStrengths(input.ties, input.ownerId)
  const strengthOf = (ids: readonly string[]): number =>
    Math.max(1, ...ids.map((id) => strengths.get(id) ?? 1))
  const sections: ReachOutSections = { overdue: [], today: [], thisWeek: [], later: [] }

  const sectionOf = (dueOn: IsoDate): ReachOutSection =>
    dueOn < today ? 'overdue' : dueOn === today ? 'today' : dueOn <= weekEnd ? 'thisWeek' : 'later'
  const add = (item: Omit<ReachOutItem, 'section' | 'daysOverdue' | 'score'>): void => {
    const until = snoozes[item.key]
    if (until !== undefined && until > today) return
    const daysOverdue = daysBetween(item.dueOn, today)
    const section = sectionOf(item.dueOn)
    sections[section].push({
      ...item,
      section,
      daysOverdue,
      score: Math.max(0, daysOverdue) * item.strength,
    })
  }

  for (const entry of input.entries) {
    if (entry.deletedAt || entry.followUpDone || !entry.followUpOn) continue
    if (entry.followUpOn > laterHorizon) continue
    const personIds = entry.participants.filter((id) => people.has(id))
    add({
      key: `followUp:${entry.id}:${entry.followUpOn}`,
      kind: 'followUp',
      personIds,
      dueOn: entry.followUpOn,
      strength: strengthOf(personIds),
      label: entry.title || firstLine(entry.body) || 'Follow up',
      entryId: entry.id,
    })
  }

  for (const person of people.values()) {
    if (person.isMe) continue
    const dates: { label: string; date: PartialDate; birthday: boolean }[] = []
    if (person.birthday) dates.push({ label: 'Birthday', date: person.birthday, birthday: true })
    for (const named of person.dates ?? ([] as NamedDate[]))
      dates.push({ label: named.label, date: named.date, birthday: false })
    for (const { label, date, birthday } of dates) {
      const on = nextOccurrence(date, today)
      if (on > dateHorizon) continue
      const born = yearOf(date)
      const age = born !== undefined ? Number(on.slice(0, 4)) - born : undefined
      add({
        key: `date:${person.id}:${label}:${on}`,
        kind: 'date',
        personIds: [person.id],
        dueOn: on,
        strength: strengthOf([person.id]),
        label,
        doneUntil: DONE_UNTIL,
        ...(birthday && age !== undefined && age > 0 ? { turns: age } : {}),
      })
    }
    if (person.cadenceDays !== undefined) {
      if (person.snoozedUntil && Date.parse(person.snoozedUntil) > options.now.getTime()) continue
      const base = localDate(person.lastContactAt ?? person.createdAt, options.timeZone)
      const dueOn = addDays(base, person.cadenceDays)
      if (dueOn > weekEnd) continue
      add({
        key: `cadence:${person.id}:${dueOn}`,
        kind: 'cadence',
        personIds: [person.id],
        dueOn,
        strength: strengthOf([person.id]),
        label: `Every ${person.cadenceDays} days`,
        // Done: reached out today, so the next round is a full cadence away.
        doneUntil: addDays(today, person.cadenceDays),
      })
    }
  }

  for (const intro of input.introductions) {
    if (intro.deletedAt || intro.status !== 'asked') continue
    const askedAt =
      [...intro.history].reverse().find((step) => step.status === 'asked')?.at ?? intro.updatedAt
    const askedOn = localDate(askedAt, options.timeZone)
    const waitingDays = daysBetween(askedOn, today)
    if (waitingDays < waitDays) continue
    const personIds = [intro.a, intro.b].filter((id) => people.has(id))
    add({
      key: `introduction:${intro.id}:${askedAt}`,
      kind: 'introduction',
      personIds,
      dueOn: addDays(askedOn, waitDays),
      strength: strengthOf(personIds),
      label: 'Introduction waiting for an answer',
      introductionId: intro.id,
      waitingDays,
      doneUntil: DONE_UNTIL,
    })
  }

  const name = (item: ReachOutItem): string => people.get(item.personIds[0] ?? '')?.name ?? ''
  const byKey = (x: ReachOutItem, y: ReachOutItem): number =>
    x.key < y.key ? -1 : x.key > y.key ? 1 : 0
  sections.overdue.sort(
    (x, y) =>
      y.score - x.score ||
      y.daysOverdue - x.daysOverdue ||
      name(x).localeCompare(name(y)) ||
      byKey(x, y),
  )
  for (const section of ['today', 'thisWeek', 'later'] as const)
    sections[section].sort(
      (x, y) =>
        (x.dueOn < y.dueOn ? -1 : x.dueOn > y.dueOn ? 1 : 0) ||
        y.strength - x.strength ||
        name(x).localeCompare(name(y)) ||
        byKey(x, y),
    )
  return sections
}

/** The first line of a body, with `@` taken off mentions: the list reads as plain words. */
function firstLine(text: string): string {
  const line = (text.split('\n').find((l) => l.trim()) ?? '').trim()
  return line.replace(/(^|[\s(])@(?=\p{L})/gu, '$1').slice(0, 100)
}

function ownerStrengths(ties: readonly Tie[], ownerId: string | null): Map<string, number> {
  const out = new Map<string, number>()
  if (!ownerId) return out
  for (const tie of ties) {
    if (tie.deletedAt) continue
    if (tie.a === ownerId) out.set(tie.b, tie.strength)
    else if (tie.b === ownerId) out.set(tie.a, tie.strength)
  }
  return out
}

/** Snoozes that still matter on `today`: expired ones are dropped when one is written. */
export function pruneSnoozes(
  snoozes: Readonly<Record<string, IsoDate>>,
  today: IsoDate,
  max = 5000,
): Record<string, IsoDate> {
  const live = Object.entries(snoozes).filter(([, until]) => until > today)
  return Object.fromEntries(live.slice(Math.max(0, live.length - max)))
}
