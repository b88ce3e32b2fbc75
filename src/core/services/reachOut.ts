import { settingsSchema, type IsoDate, type Settings } from '../../shared/domain'
import type { RecordStore } from '../store/recordStore'
import { assertTimeZone, localDate } from './calendar'
import { nowIso, type ServiceDeps } from './deps'
import { invalid } from './errors'
import { getOwner } from './people'
import {
  pruneSnoozes,
  reachOutDay,
  type ReachOutItem,
  type ReachOutOptions,
  type ReachOutSections,
} from './reachOutDay'

export interface ReachOutDayView {
  date: IsoDate
  sections: Record<keyof ReachOutSections, (ReachOutItem & { names: string[] })[]>
}

/** The daily list from a vault: the pure sections, with the people's names filled in. */
export function reachOutFromStore(
  store: RecordStore,
  deps: ServiceDeps,
  options: Omit<ReachOutOptions, 'now'>,
): ReachOutDayView {
  assertTimeZone(options.timeZone)
  const now = deps.clock()
  const people = store.list('person')
  const sections = reachOutDay(
    {
      people,
      entries: store.list('entry'),
      introductions: store.list('introduction'),
      ties: store.list('tie'),
      ownerId: getOwner(store)?.id ?? null,
      snoozes: store.get('settings', 'settings')?.reachOutSnoozes ?? {},
    },
    { ...options, now },
  )
  const names = new Map<string, string>(people.map((p) => [p.id, p.name]))
  const named = (list: ReachOutItem[]) =>
    list.map((item) => ({ ...item, names: item.personIds.map((id) => names.get(id) ?? '?') }))
  return {
    date: localDate(now, options.timeZone),
    sections: {
      overdue: named(sections.overdue),
      today: named(sections.today),
      thisWeek: named(sections.thisWeek),
      later: named(sections.later),
    },
  }
}

/** Puts one reach-out item aside until a local date; `DONE_UNTIL` marks it done. */
export async function snoozeReachOutItem(
  store: RecordStore,
  deps: ServiceDeps,
  key: string,
  until: IsoDate,
  timeZone: string,
): Promise<Settings> {
  assertTimeZone(timeZone)
  const today = localDate(deps.clock(), timeZone)
  if (until <= today) throw invalid('Snooze until a later day.')
  const now = nowIso(deps)
  const current =
    store.get('settings', 'settings') ??
    settingsSchema.parse({ kind: 'settings', id: 'settings', createdAt: now, updatedAt: now })
  const next: Settings = {
    ...current,
    reachOutSnoozes: { ...pruneSnoozes(current.reachOutSnoozes ?? {}, today), [key]: until },
    updatedAt: now,
  }
  await store.commit({ put: [next] })
  return next
}
