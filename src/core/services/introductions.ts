import {
  introductionSchema,
  pairKey,
  type Introduction,
  type IntroductionId,
  type IntroductionStatus,
  type IsoDateTime,
  type PersonId,
  type Tie,
} from '../../shared/domain'
import type { RecordStore } from '../store/recordStore'
import { localDate } from './calendar'
import { freshId, nowIso, type ServiceDeps, byCodeUnit } from './deps'
import { conflict, invalid, notFound } from './errors'
import { getOwner, requirePerson } from './people'
import { findTie, planTie } from './ties'

/**
 * Allowed moves. `idea -> made` is there because many connectors introduce without asking first;
 * `declined` and `closed` can be reopened as an idea, which is an explicit choice by the user.
 */
export const INTRODUCTION_TRANSITIONS: Readonly<
  Record<IntroductionStatus, readonly IntroductionStatus[]>
> = {
  idea: ['asked', 'made', 'declined', 'closed'],
  asked: ['accepted', 'declined', 'closed'],
  accepted: ['made', 'declined', 'closed'],
  made: ['met', 'closed'],
  met: ['closed'],
  declined: ['idea', 'closed'],
  closed: ['idea'],
}

const OPEN_STATUSES: readonly IntroductionStatus[] = ['idea', 'asked', 'accepted']
const TIE_STATUSES: readonly IntroductionStatus[] = ['made', 'met']

export function canTransition(from: IntroductionStatus, to: IntroductionStatus): boolean {
  return INTRODUCTION_TRANSITIONS[from].includes(to)
}

export interface CreateIntroductionInput {
  a: string
  b: string
  /** Defaults to the owner (stored as absent, as the schema documents). */
  introducer?: string
  status?: IntroductionStatus
  rationale?: string
  channel?: string
  note?: string
  /** When the status was reached; defaults to now. */
  at?: IsoDateTime
}

export interface IntroductionOptions {
  /** The user's zone, for the local date a created tie is `since`. Defaults to UTC. */
  timeZone?: string
}

export interface IntroductionResult {
  introduction: Introduction
  /** The tie created or linked when the status reached `made`/`met`. */
  tie?: Tie
}

export async function createIntroduction(
  store: RecordStore,
  deps: ServiceDeps,
  input: CreateIntroductionInput,
  options: IntroductionOptions = {},
): Promise<IntroductionResult> {
  if (input.a === input.b) throw invalid('An introduction needs two different people.')
  requirePerson(store, input.a)
  requirePerson(store, input.b)
  const owner = getOwner(store)
  let introducer: PersonId | undefined
  if (input.introducer !== undefined && input.introducer !== owner?.id) {
    introducer = requirePerson(store, input.introducer).id
    if (introducer === input.a || introducer === input.b) {
      throw invalid('The introducer cannot be one of the two people.')
    }
  }
  // Someone else may introduce the owner ("who can introduce me to X"); the owner cannot.
  if (!introducer && (input.a === owner?.id || input.b === owner?.id)) {
    throw invalid('The owner cannot introduce themselves; name who introduces them.')
  }
  const key = pairKey(input.a, input.b)
  const open = store
    .list('introduction')
    .find(
      (intro) =>
        !intro.deletedAt &&
        pairKey(intro.a, intro.b) === key &&
        OPEN_STATUSES.includes(intro.status),
    )
  if (open) throw conflict(`An introduction between these two is already open (${open.id}).`)
  const now = nowIso(deps)
  const at = input.at ?? now
  const status = input.status ?? 'idea'
  let introduction = introductionSchema.parse({
    kind: 'introduction',
    id: freshId<IntroductionId>(deps),
    a: input.a,
    b: input.b,
    ...(introducer ? { introducer } : {}),
    status,
    rationale: input.rationale ?? '',
    ...(input.channel ? { channel: input.channel } : {}),
    history: [{ status, at, note: input.note ?? '' }],
    createdAt: now,
    updatedAt: now,
  })
  const tie = TIE_STATUSES.includes(status)
    ? linkTie(store, deps, introduction, at, options)
    : undefined
  if (tie) introduction = { ...introduction, tie: tie.record.id }
  await store.commit({ put: tie?.created ? [introduction, tie.record] : [introduction] })
  return { introduction, ...(tie ? { tie: tie.record } : {}) }
}

/**
 * Moves an introduction along its board and records the move in its history. Reaching
 * `made`/`met` ties the two people in the same commit (or links their existing tie).
 */
export async function transitionIntroduction(
  store: RecordStore,
  deps: ServiceDeps,
  id: string,
  to: IntroductionStatus,
  options: IntroductionOptions & { note?: string; at?: IsoDateTime } = {},
): Promise<IntroductionResult> {
  const current = store.get('introduction', id)
  if (!current || current.deletedAt) throw notFound('introduction', id)
  if (!canTransition(current.status, to)) {
    throw invalid(`An introduction cannot go from ${current.status} to ${to}.`)
  }
  const now = nowIso(deps)
  const at = options.at ?? now
  let introduction = introductionSchema.parse({
    ...current,
    status: to,
    history: [...current.history, { status: to, at, note: options.note ?? '' }],
    updatedAt: now,
  })
  let tie: { record: Tie; created: boolean } | undefined
  if (TIE_STATUSES.includes(to)) {
    requirePerson(store, current.a)
    requirePerson(store, current.b)
    tie = linkTie(store, deps, introduction, at, options)
    introduction = { ...introduction, tie: tie.record.id }
  }
  await store.commit({ put: tie?.created ? [introduction, tie.record] : [introduction] })
  return { introduction, ...(tie ? { tie: tie.record } : {}) }
}

export async function updateIntroduction(
  store: RecordStore,
  deps: ServiceDeps,
  id: string,
  patch: { rationale?: string; channel?: string; outcome?: string },
): Promise<Introduction> {
  const current = store.get('introduction', id)
  if (!current || current.deletedAt) throw notFound('introduction', id)
  const parsed = introductionSchema.safeParse({ ...current, ...patch, updatedAt: nowIso(deps) })
  if (!parsed.success)
    throw invalid('Invalid introduction: rationale, channel or outcome too long.')
  await store.commit({ put: [parsed.data] })
  return parsed.data
}

function linkTie(
  store: RecordStore,
  deps: ServiceDeps,
  introduction: Introduction,
  at: IsoDateTime,
  options: IntroductionOptions,
): { record: Tie; created: boolean } {
  const existing = findTie(store, introduction.a, introduction.b)
  if (existing) return { record: existing, created: false }
  const record = planTie(store, deps, introduction.a, introduction.b, {
    source: 'introduction',
    introduction: introduction.id,
    since: localDate(at, options.timeZone ?? 'UTC'),
  })
  return { record, created: true }
}

export interface ListIntroductionsOptions {
  status?: IntroductionStatus
  person?: string
  includeTrashed?: boolean
}

/** Most recently changed first. */
export function listIntroductions(
  store: RecordStore,
  options: ListIntroductionsOptions = {},
): Introduction[] {
  return store
    .list('introduction')
    .filter((intro) => {
      if (intro.deletedAt && !options.includeTrashed) return false
      if (options.status && intro.status !== options.status) return false
      if (options.person && intro.a !== options.person && intro.b !== options.person) return false
      return true
    })
    .sort((x, y) => byCodeUnit(y.updatedAt, x.updatedAt) || byCodeUnit(x.id, y.id))
}

export interface IntroductionLedger {
  /** Introductions in which they are one of the two people. */
  madeForThem: Introduction[]
  /** Introductions they make (the owner's are those without an introducer). */
  madeByThem: Introduction[]
}

export function introductionLedger(store: RecordStore, personId: string): IntroductionLedger {
  const owner = getOwner(store)
  const isOwner = owner?.id === personId
  const all = listIntroductions(store)
  return {
    madeForThem: all.filter((intro) => intro.a === personId || intro.b === personId),
    madeByThem: all.filter((intro) =>
      intro.introducer === undefined ? isOwner : intro.introducer === personId,
    ),
  }
}

/**
 * Pairs (`pairKey`) that ever declined an introduction: the analysis never suggests them again.
 * History is checked rather than the current status, so closing a declined card keeps it out.
 */
export function declinedPairs(store: RecordStore): Set<string> {
  const pairs = new Set<string>()
  for (const intro of store.list('introduction')) {
    if (intro.deletedAt) continue
    if (intro.status === 'declined' || intro.history.some((step) => step.status === 'declined')) {
      pairs.add(pairKey(intro.a, intro.b))
    }
  }
  return pairs
}
