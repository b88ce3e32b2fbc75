import type { PersonId } from '../../shared/domain'
import type { CircleTemplate, Rhythm } from './circles'
import type { PersonName } from './names'
import type { Rng } from './random'
import type { Topic } from './topics'

/** Working state of one generated person before it becomes a Person record. */
export interface PersonDraft {
  index: number
  id: PersonId
  name: PersonName
  circle: number
  group: number
  /** Bridging people belong to a second circle too. */
  secondary?: { circle: number; group: number }
  organization: string
  title: string
  location: string
  rhythm: Rhythm
  /** The owner drifted away: their entries stop months before `now`. */
  cold: boolean
  ownerTie?: { strength: number; since: Date }
  seeks: { topic?: Topic; text: string }[]
  offers: { topic?: Topic; text: string }[]
  cadenceDays?: number
  /** ISO instant: these compare correctly as strings. */
  lastContactAt?: string
}

export interface CirclePlan {
  template: CircleTemplate
  members: number[]
  groups: number[]
}

/** Everything the generator steps share. */
export interface DemoContext {
  rng: Rng
  newId: <T extends string>() => T
  now: Date
  nowMs: number
  ownerId: PersonId
  people: PersonDraft[]
  circles: CirclePlan[]
  /** Member indices of each group, across all circles. */
  groups: number[][]
  groupName: string[]
}

export const DAY_MS = 86_400_000

const dayStrings = new Map<number, string>()

/** `YYYY-MM-DD` of an instant; cached per day because the generator formats millions of dates. */
export function isoDate(ms: number): string {
  const day = Math.floor(ms / DAY_MS)
  let text = dayStrings.get(day)
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10)
    dayStrings.set(day, text)
  }
  return text
}

const DIGIT_0 = 48
const timeCodes = Array.from('0000-00-00T00:00:00.000Z', (c) => c.charCodeAt(0))

/**
 * Same output as `Date.prototype.toISOString` (years 0-9999), built as one flat string: template
 * literals and `toISOString` both cost far more over the million timestamps of a 100k network.
 */
export function isoDateTime(ms: number): string {
  const whole = Math.floor(ms)
  const date = isoDate(whole)
  for (let i = 0; i < 10; i++) timeCodes[i] = date.charCodeAt(i)
  let rest = whole - Math.floor(whole / DAY_MS) * DAY_MS
  const put = (at: number, value: number, width: number): void => {
    for (let k = width - 1; k >= 0; k--) {
      timeCodes[at + k] = DIGIT_0 + (value % 10)
      value = Math.floor(value / 10)
    }
  }
  put(20, rest % 1000, 3)
  rest = Math.floor(rest / 1000)
  put(17, rest % 60, 2)
  rest = Math.floor(rest / 60)
  put(14, rest % 60, 2)
  put(11, Math.floor(rest / 60), 2)
  return String.fromCharCode(...timeCodes)
}

/** A moment between `fromMs` and `toMs`, at a believable hour of the day (UTC). */
export function daytime(rng: Rng, ms: number): number {
  const day = Math.floor(ms / DAY_MS) * DAY_MS
  return day + rng.int(8, 20) * 3_600_000 + rng.int(0, 3) * 15 * 60_000
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

export function fullName(name: PersonName): string {
  return `${name.first} ${name.last}`
}
