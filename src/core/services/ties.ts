import { z } from 'zod'
import {
  pairKey,
  tieSchema,
  TIE_SOURCES,
  TIE_TYPES,
  type IntroductionId,
  type PersonId,
  type Tie,
  type TieId,
} from '../../shared/domain'
import type { RecordStore } from '../store/recordStore'
import { freshId, nowIso, type ServiceDeps } from './deps'
import { conflict, invalid, invalidFromZod, notFound } from './errors'
import { requirePerson } from './people'
import { commitWithUndo, type UndoToken } from './undo'

export const tieInputSchema = z.object({
  type: z.enum(TIE_TYPES).optional(),
  customType: z.string().trim().max(200).optional(),
  strength: z.number().int().min(1).max(5).optional(),
  since: z.iso.date().optional(),
  note: z.string().max(5000).optional(),
  source: z.enum(TIE_SOURCES).optional(),
})
export type TieInput = z.input<typeof tieInputSchema>
export type TiePatch = Omit<TieInput, 'source'>

/** Endpoints in canonical order (`a < b`), refusing self-ties. */
export function canonicalPair(x: string, y: string): [PersonId, PersonId] {
  if (x === y) throw invalid('A person cannot be tied to themselves.')
  return (x < y ? [x, y] : [y, x]) as [PersonId, PersonId]
}

/**
 * The record for a pair, active or trashed. A trashed tie with source `journal` is a rejected
 * suggestion (see suggestedTies.ts); reusing its id keeps one record per pair.
 */
export function findTieRecord(store: RecordStore, x: string, y: string): Tie | undefined {
  const key = pairKey(x, y)
  return store.list('tie').find((tie) => pairKey(tie.a, tie.b) === key)
}

/** The active tie between two people, if any. */
export function findTie(store: RecordStore, x: string, y: string): Tie | undefined {
  const tie = findTieRecord(store, x, y)
  return tie && !tie.deletedAt ? tie : undefined
}

/** Active ties whose two endpoints are active people (a trashed person hides their ties). */
export function listTies(store: RecordStore, personId?: string): Tie[] {
  return store.list('tie').filter((tie) => {
    if (tie.deletedAt) return false
    if (personId !== undefined && tie.a !== personId && tie.b !== personId) return false
    const a = store.get('person', tie.a)
    const b = store.get('person', tie.b)
    return Boolean(a && b && !a.deletedAt && !b.deletedAt)
  })
}

/** Builds (but does not commit) a new tie, or revives the pair's trashed record. */
export function planTie(
  store: RecordStore,
  deps: ServiceDeps,
  x: string,
  y: string,
  input: TieInput & { introduction?: IntroductionId },
): Tie {
  const parsed = tieInputSchema.safeParse(input)
  if (!parsed.success) throw invalidFromZod('tie', parsed.error.issues)
  const [a, b] = canonicalPair(x, y)
  requirePerson(store, a)
  requirePerson(store, b)
  const existing = findTieRecord(store, a, b)
  if (existing && !existing.deletedAt) {
    throw conflict(`These two people are already tied (tie ${existing.id}).`)
  }
  const now = nowIso(deps)
  return tieSchema.parse({
    ...stripUndefined(parsed.data),
    ...(input.introduction ? { introduction: input.introduction } : {}),
    kind: 'tie',
    id: existing?.id ?? freshId<TieId>(deps),
    a,
    b,
    createdAt: now,
    updatedAt: now,
  })
}

export async function addTie(
  store: RecordStore,
  deps: ServiceDeps,
  x: string,
  y: string,
  input: TieInput = {},
): Promise<Tie> {
  const tie = planTie(store, deps, x, y, input)
  await store.commit({ put: [tie] })
  return tie
}

export async function updateTie(
  store: RecordStore,
  deps: ServiceDeps,
  id: string,
  patch: TiePatch,
): Promise<Tie> {
  const parsed = tieInputSchema.omit({ source: true }).strict().safeParse(patch)
  if (!parsed.success) throw invalidFromZod('tie', parsed.error.issues)
  const current = store.get('tie', id)
  if (!current || current.deletedAt) throw notFound('tie', id)
  const next: Record<string, unknown> = { ...current, updatedAt: nowIso(deps) }
  for (const [key, value] of Object.entries(parsed.data)) {
    if (value === undefined) delete next[key]
    else next[key] = value
  }
  const tie = tieSchema.parse(next)
  await store.commit({ put: [tie] })
  return tie
}

/** Removes a tie for good; the token puts it (and any introduction's link to it) back. */
export async function removeTie(
  store: RecordStore,
  deps: ServiceDeps,
  id: string,
): Promise<UndoToken> {
  const tie = store.get('tie', id)
  if (!tie || tie.deletedAt) throw notFound('tie', id)
  const now = nowIso(deps)
  const unlinked = store
    .list('introduction')
    .filter((intro) => intro.tie === id)
    .map(({ tie: _tie, ...intro }) => ({ ...intro, updatedAt: now }))
  return commitWithUndo(store, 'Remove tie', now, { put: unlinked, remove: [tie] })
}

export function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
