import type { Entry, Tie } from '../../shared/domain'

export type CircleKey =
  | 'work'
  | 'former'
  | 'university'
  | 'climbing'
  | 'neighbours'
  | 'conference'
  | 'family'
  | 'investors'
  | 'founders'
  | 'choir'
  | 'opensource'
  | 'school'

/** How often the owner is in touch with someone: entries over two years follow it. */
export const RHYTHMS = [
  'weekly',
  'biweekly',
  'monthly',
  'quarterly',
  'yearly',
  'once',
  'none',
] as const
export type Rhythm = (typeof RHYTHMS)[number]
export const RHYTHM_DAYS: Record<Rhythm, number> = {
  weekly: 7,
  biweekly: 14,
  monthly: 30,
  quarterly: 91,
  yearly: 240,
  once: 0,
  none: 0,
}

export interface EntryTemplate {
  type: Entry['type']
  /** `{first}` is replaced by the main participant's first name. */
  title: string
  place?: string
  /** Other members of the same circle who join (group events). */
  extra?: [number, number]
}

export interface CircleTemplate {
  key: CircleKey
  name: string
  /** Share of the people; normalised over the chosen circles. */
  weight: number
  maxSize?: number
  /** Circles split into groups (teams, cohorts, crews) that are denser still. */
  groupSize: number
  groupNames?: readonly string[]
  /** Expected ties per member inside the member's group and to the rest of the circle. */
  inGroupDegree: number
  inCircleDegree: number
  tieTypes: readonly Tie['type'][]
  strength: [number, number]
  ownerTieShare: number
  ownerStrength: [number, number]
  ownerTieType: Tie['type']
  /** When these relationships began, in years before now. */
  sinceYears: [number, number]
  /** One shared organisation, or a list to draw from. */
  organizations: readonly string[]
  titles: readonly string[]
  tags: readonly string[]
  howWeMet: readonly string[]
  locations: readonly string[]
  /** Weights over RHYTHMS. */
  rhythm: readonly number[]
  entries: readonly EntryTemplate[]
}

/** Every demo network has these; the rest are drawn per seed so networks differ in shape. */
export const CORE_CIRCLES: readonly CircleKey[] = [
  'work',
  'former',
  'university',
  'climbing',
  'neighbours',
  'conference',
  'family',
  'investors',
]
