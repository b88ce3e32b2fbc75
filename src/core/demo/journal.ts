import type { Entry, EntryId, PersonId } from '../../shared/domain'
import { RHYTHM_DAYS } from './circles'
import { DAY_MS, daytime, isoDate, isoDateTime, type DemoContext, type PersonDraft } from './model'
import { entryBody } from './text'

export const JOURNAL_DAYS = 730
const CADENCES = [7, 14, 30, 60, 90]
const RHYTHMIC = new Set(['weekly', 'biweekly', 'monthly', 'quarterly'])

interface Series {
  person: PersonDraft
  startMs: number
  endMs: number
  intervalDays: number
}

/**
 * Keep-in-touch cadences for a subset, and a few people the owner drifted away from: their
 * entries stop well before `now`, so their cadence is overdue.
 */
export function assignCadences(ctx: DemoContext): void {
  const { rng } = ctx
  const rhythmic = ctx.people.filter((p) => p.ownerTie && RHYTHMIC.has(p.rhythm))
  const coldCount = Math.min(rhythmic.length, Math.max(3, Math.round(rhythmic.length * 0.12)))
  for (const p of rng.sample(rhythmic, coldCount)) p.cold = true
  for (const p of rhythmic) {
    if (!p.cold && !rng.chance(0.35)) continue
    const natural = RHYTHM_DAYS[p.rhythm] * 1.3
    p.cadenceDays = CADENCES.find((c) => c >= natural) ?? 90
  }
}

function planSeries(ctx: DemoContext): Series[] {
  const { rng, nowMs } = ctx
  const earliest = nowMs - JOURNAL_DAYS * DAY_MS
  const series: Series[] = []
  for (const p of ctx.people) {
    if (p.rhythm === 'none') continue
    const gapDays = p.cold ? (p.cadenceDays ?? 60) + rng.int(20, 200) : rng.int(0, 6)
    const endMs = nowMs - gapDays * DAY_MS
    // Someone the owner drifted from was known before the silence began.
    const startMs = Math.min(endMs, Math.max(earliest, p.ownerTie?.since.getTime() ?? earliest))
    const intervalDays = p.rhythm === 'once' ? 0 : RHYTHM_DAYS[p.rhythm]
    series.push({ person: p, startMs, endMs, intervalDays })
  }
  return series
}

function expectedCount(s: Series, scale: number): number {
  if (s.intervalDays === 0) return 1
  return 1 + (s.endMs - s.startMs) / ((s.intervalDays / scale) * DAY_MS)
}

/**
 * Two years of journal entries following each person's rhythm (weekly, monthly, once...), group
 * events with several participants.
 * `target` fixes the total number of entries (benchmarks); rhythms are scaled to reach it.
 */
export function buildJournal(ctx: DemoContext, target: number | undefined): Entry[] {
  const { rng, nowMs } = ctx
  const series = planSeries(ctx)
  let scale = 1
  if (target !== undefined && series.length > 0) {
    const natural = series.reduce((sum, s) => sum + expectedCount(s, 1), 0)
    scale = Math.max(0.05, target / natural)
  }
  const entries: Entry[] = []
  const emit = (p: PersonDraft, atMs: number): void => {
    entries.push(entryRecord(ctx, p, daytime(rng, atMs)))
  }
  for (const s of series) {
    const span = s.endMs - s.startMs
    if (s.intervalDays === 0) {
      emit(s.person, s.startMs + rng.next() * span)
      continue
    }
    const step = (s.intervalDays / scale) * DAY_MS
    let t = s.startMs + rng.next() * Math.min(step, span)
    emit(s.person, t)
    for (t += step * (0.7 + rng.next() * 0.6); t <= s.endMs; t += step * (0.7 + rng.next() * 0.6)) {
      emit(s.person, t)
    }
  }
  if (target !== undefined) {
    while (entries.length > target) {
      const i = rng.int(0, entries.length - 1)
      entries[i] = entries[entries.length - 1]!
      entries.pop()
    }
    const reachable = ctx.people.filter((p) => p.ownerTie)
    while (entries.length < target && reachable.length > 0) {
      emit(rng.pick(reachable), nowMs - rng.next() * JOURNAL_DAYS * DAY_MS)
    }
  }
  return entries
}

/** Logging an entry updates each participant's last contact (design.md, section 3). */
export function applyLastContact(ctx: DemoContext, entries: readonly Entry[]): void {
  const byId = new Map(ctx.people.map((p) => [p.id as string, p]))
  for (const entry of entries) {
    for (const id of entry.participants) {
      const p = byId.get(id)
      if (p && (p.lastContactAt === undefined || entry.at > p.lastContactAt))
        p.lastContactAt = entry.at
    }
  }
}

function entryRecord(ctx: DemoContext, p: PersonDraft, atMs: number): Entry {
  const { rng, nowMs } = ctx
  const t = ctx.circles[p.circle]!.template
  const template = rng.chance(0.05)
    ? { type: 'note' as const, title: `Note about {first}`, extra: undefined, place: undefined }
    : rng.pick(t.entries)
  const others: PersonDraft[] = []
  if (template.extra) {
    const group = ctx.groups[p.group]!
    const want = rng.int(template.extra[0], template.extra[1])
    for (let k = 0; k < want * 2 && others.length < want; k++) {
      const other = ctx.people[rng.pick(group)]!
      if (other !== p && !others.includes(other)) others.push(other)
    }
  }
  const followUp = rng.chance(0.12)
  const at = isoDateTime(atMs)
  const entry: Entry = {
    kind: 'entry',
    id: ctx.newId<EntryId>(),
    at,
    type: template.type,
    title: template.title.replace('{first}', p.name.first),
    body: entryBody(rng, t.key, p, others, followUp),
    participants: [p.id, ...others.map((o) => o.id)] as PersonId[],
    followUpDone: false,
    createdAt: at,
    updatedAt: at,
  }
  if (template.place) entry.place = template.place
  if (followUp) {
    const dueMs = atMs + rng.int(3, 14) * DAY_MS
    entry.followUpOn = isoDate(dueMs)
    entry.followUpDone = dueMs < nowMs - 3 * DAY_MS && rng.chance(0.85)
  }
  return entry
}
