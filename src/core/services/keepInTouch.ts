import type { Entry, IsoDate, IsoDateTime, Person } from '../../shared/domain'
import type { RecordStore } from '../store/recordStore'
import {
  addDays,
  assertTimeZone,
  daysBetween,
  endOfWeek,
  localDate,
  startOfLocalDay,
} from './calendar'
import { nowIso, type ServiceDeps, byCodeUnit } from './deps'
import { invalid } from './errors'
import { getOwner, requirePerson } from './people'

export interface ReachOut {
  person: Person
  /** The local date contact became due. */
  dueOn: IsoDate
  /** Whole calendar days past due (0 = due today). */
  daysOverdue: number
  /** Strength of the owner's tie to them, 1 when untied. */
  strength: number
  /** `(1 + daysOverdue / cadenceDays) * strength`: how late relative to the rhythm, times trust. */
  score: number
}

export interface CalendarOptions {
  /** IANA zone of the user, e.g. `Europe/Lisbon`. */
  timeZone: string
}

/**
 * People whose keep-in-touch cadence has run out, most pressing first. Due means `cadenceDays`
 * calendar days after the local date of the last contact (or of creation, for people never
 * contacted). Snoozed people stay off the list until their snooze ends.
 */
export function reachOutList(
  store: RecordStore,
  deps: ServiceDeps,
  options: CalendarOptions,
): ReachOut[] {
  assertTimeZone(options.timeZone)
  const now = deps.clock()
  const today = localDate(now, options.timeZone)
  const ownerStrength = ownerTieStrengths(store)
  const out: ReachOut[] = []
  for (const person of store.list('person')) {
    if (person.deletedAt || person.isMe || person.cadenceDays === undefined) continue
    if (person.snoozedUntil && Date.parse(person.snoozedUntil) > now.getTime()) continue
    const base = localDate(person.lastContactAt ?? person.createdAt, options.timeZone)
    const dueOn = addDays(base, person.cadenceDays)
    const daysOverdue = daysBetween(dueOn, today)
    if (daysOverdue < 0) continue
    const strength = ownerStrength.get(person.id) ?? 1
    const score = (1 + daysOverdue / person.cadenceDays) * strength
    out.push({ person, dueOn, daysOverdue, strength, score })
  }
  return out.sort(
    (x, y) =>
      y.score - x.score || y.daysOverdue - x.daysOverdue || byCodeUnit(x.person.id, y.person.id),
  )
}

/** Snoozes until the start of the local day `days` from today in the user's zone. */
export function snoozeUntilFor(
  deps: ServiceDeps,
  days: number,
  options: CalendarOptions,
): IsoDateTime {
  if (!Number.isInteger(days) || days < 1 || days > 3650)
    throw invalid('Snooze between 1 and 3650 days.')
  const target = addDays(localDate(deps.clock(), options.timeZone), days)
  return startOfLocalDay(target, options.timeZone)
}

export async function snoozePerson(
  store: RecordStore,
  deps: ServiceDeps,
  id: string,
  until: IsoDateTime | undefined,
): Promise<Person> {
  const person = requirePerson(store, id)
  const now = nowIso(deps)
  if (until !== undefined && Number.isNaN(Date.parse(until)))
    throw invalid('Snooze date is not a date.')
  const { snoozedUntil: _old, ...rest } = person
  const next: Person =
    until === undefined
      ? { ...rest, updatedAt: now }
      : { ...rest, snoozedUntil: until, updatedAt: now }
  await store.commit({ put: [next] })
  return next
}

/** Strength of the owner's active tie to each person, from one pass over the ties. */
function ownerTieStrengths(store: RecordStore): Map<string, number> {
  const owner = getOwner(store)
  const strengths = new Map<string, number>()
  if (!owner) return strengths
  for (const tie of store.list('tie')) {
    if (tie.deletedAt) continue
    if (tie.a === owner.id) strengths.set(tie.b, tie.strength)
    else if (tie.b === owner.id) strengths.set(tie.a, tie.strength)
  }
  return strengths
}

export interface FollowUps {
  /** Due before today and not done. */
  overdue: Entry[]
  today: Entry[]
  /** After today, up to the end of this week. */
  thisWeek: Entry[]
}

export function followUps(
  store: RecordStore,
  deps: ServiceDeps,
  options: CalendarOptions & { weekStartsOn?: number },
): FollowUps {
  assertTimeZone(options.timeZone)
  const today = localDate(deps.clock(), options.timeZone)
  const weekEnd = endOfWeek(today, options.weekStartsOn ?? 1)
  const result: FollowUps = { overdue: [], today: [], thisWeek: [] }
  for (const entry of store.list('entry')) {
    if (entry.deletedAt || entry.followUpDone || !entry.followUpOn) continue
    if (entry.followUpOn < today) result.overdue.push(entry)
    else if (entry.followUpOn === today) result.today.push(entry)
    else if (entry.followUpOn <= weekEnd) result.thisWeek.push(entry)
  }
  const byDate = (x: Entry, y: Entry): number =>
    byCodeUnit(x.followUpOn ?? '', y.followUpOn ?? '') || byCodeUnit(x.at, y.at)
  result.overdue.sort(byDate)
  result.today.sort(byDate)
  result.thisWeek.sort(byDate)
  return result
}
