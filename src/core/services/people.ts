import type { z } from 'zod'
import { personSchema, type IsoDateTime, type Person, type PersonId } from '../../shared/domain'
import type { RecordStore } from '../store/recordStore'
import { freshId, nowIso, type ServiceDeps, byCodeUnit } from './deps'
import { conflict, invalid, invalidFromZod, notFound } from './errors'
import { commitWithUndo, type UndoToken } from './undo'

/** Everything a caller may set on a person; ids, timestamps and trash state are the service's. */
export const personInputSchema = personSchema.omit({
  kind: true,
  id: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
})
export type PersonInput = z.input<typeof personInputSchema>

/** A partial edit; the owner flag is not editable (see `createPerson` for the one-owner rule). */
export const personPatchSchema = personInputSchema.omit({ isMe: true }).partial()
export type PersonPatch = z.input<typeof personPatchSchema>

export function getPerson(store: RecordStore, id: string): Person | undefined {
  return store.get('person', id)
}

/** The person or `NotFound`; trashed people count as missing unless `allowTrashed`. */
export function requirePerson(store: RecordStore, id: string, allowTrashed = false): Person {
  const person = store.get('person', id)
  if (!person || (person.deletedAt && !allowTrashed)) throw notFound('person', id)
  return person
}

/** The vault's owner (`isMe`); there is at most one, and a created vault always has one. */
export function getOwner(store: RecordStore): Person | undefined {
  return store.list('person').find((person) => person.isMe)
}

export async function createPerson(
  store: RecordStore,
  deps: ServiceDeps,
  input: PersonInput,
): Promise<Person> {
  const parsed = personInputSchema.safeParse(input)
  if (!parsed.success) throw invalidFromZod('person', parsed.error.issues)
  const data = parsed.data
  if (data.isMe && getOwner(store)) throw conflict('This vault already has an owner.')
  if (data.metThrough) requirePerson(store, data.metThrough)
  const now = nowIso(deps)
  const person = personSchema.parse({
    ...data,
    tags: uniqueFolded(data.tags),
    offers: uniqueFolded(data.offers),
    seeks: uniqueFolded(data.seeks),
    kind: 'person',
    id: freshId<PersonId>(deps),
    createdAt: now,
    updatedAt: now,
  })
  await store.commit({ put: [person] })
  return person
}

/** Applies a partial edit; a key present with `undefined` clears an optional field. */
export async function updatePerson(
  store: RecordStore,
  deps: ServiceDeps,
  id: string,
  patch: PersonPatch,
): Promise<Person> {
  if ('isMe' in patch) throw invalid('The owner flag cannot be changed by an edit.')
  const parsed = personPatchSchema.strict().safeParse(patch)
  if (!parsed.success) throw invalidFromZod('person', parsed.error.issues)
  const current = requirePerson(store, id)
  if (parsed.data.metThrough !== undefined) {
    if (parsed.data.metThrough === id) throw invalid('A person cannot have met through themselves.')
    requirePerson(store, parsed.data.metThrough)
  }
  const next: Record<string, unknown> = { ...current, updatedAt: nowIso(deps) }
  // WARNING: zod's .partial() still fills defaults for absent keys; apply only the keys given.
  const given = parsed.data as Record<string, unknown>
  for (const key of Object.keys(patch)) {
    const value = given[key]
    if (value === undefined) delete next[key]
    else
      next[key] =
        Array.isArray(value) && !['emails', 'phones', 'links', 'dates'].includes(key)
          ? uniqueFolded(value as string[])
          : value
  }
  const result = personSchema.safeParse(next)
  if (!result.success) throw invalidFromZod('person', result.error.issues)
  await store.commit({ put: [result.data] })
  return result.data
}

/** Moves a person to the trash; their ties, entries and introductions stay intact for restore. */
export async function trashPerson(
  store: RecordStore,
  deps: ServiceDeps,
  id: string,
): Promise<UndoToken> {
  const person = requirePerson(store, id)
  if (person.isMe) throw conflict('The owner of the vault cannot be deleted.')
  const now = nowIso(deps)
  return commitWithUndo(store, `Delete ${person.name}`, now, {
    put: [{ ...person, deletedAt: now, updatedAt: now }],
    remove: [],
  })
}

export async function restorePerson(
  store: RecordStore,
  deps: ServiceDeps,
  id: string,
): Promise<Person> {
  const person = requirePerson(store, id, true)
  if (!person.deletedAt) return person
  const { deletedAt: _deletedAt, ...rest } = person
  const restored: Person = { ...rest, updatedAt: nowIso(deps) }
  await store.commit({ put: [restored] })
  return restored
}

export type PersonSort = 'name' | 'lastContact' | 'created' | 'updated'

export interface ListPeopleOptions {
  trash?: 'exclude' | 'include' | 'only'
  /** Case- and accent-insensitive exact tag. */
  tag?: string
  /** Case- and accent-insensitive exact organization. */
  organization?: string
  contactedSince?: IsoDateTime
  notContactedSince?: IsoDateTime
  sort?: PersonSort
  descending?: boolean
}

export function listPeople(store: RecordStore, options: ListPeopleOptions = {}): Person[] {
  const trash = options.trash ?? 'exclude'
  const tag = options.tag === undefined ? undefined : fold(options.tag)
  const organization = options.organization === undefined ? undefined : fold(options.organization)
  const since = options.contactedSince ? Date.parse(options.contactedSince) : undefined
  const notSince = options.notContactedSince ? Date.parse(options.notContactedSince) : undefined
  const people = store.list('person').filter((person) => {
    if (trash === 'exclude' && person.deletedAt) return false
    if (trash === 'only' && !person.deletedAt) return false
    if (tag !== undefined && !person.tags.some((t) => fold(t) === tag)) return false
    if (organization !== undefined && fold(person.organization ?? '') !== organization) return false
    const last = person.lastContactAt ? Date.parse(person.lastContactAt) : undefined
    if (since !== undefined && (last === undefined || last < since)) return false
    if (notSince !== undefined && last !== undefined && last >= notSince) return false
    return true
  })
  const compare = comparator(options.sort ?? 'name')
  people.sort((x, y) => compare(x, y) || byCodeUnit(x.id, y.id))
  if (options.descending) people.reverse()
  return people
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

function comparator(sort: PersonSort): (x: Person, y: Person) => number {
  switch (sort) {
    case 'name':
      return (x, y) => collator.compare(x.name, y.name)
    case 'lastContact':
      // Never contacted sorts first: the people most in need of attention.
      return (x, y) =>
        (x.lastContactAt ? Date.parse(x.lastContactAt) : -Infinity) -
          (y.lastContactAt ? Date.parse(y.lastContactAt) : -Infinity) || 0
    case 'created':
      return (x, y) => Date.parse(x.createdAt) - Date.parse(y.createdAt)
    case 'updated':
      return (x, y) => Date.parse(x.updatedAt) - Date.parse(y.updatedAt)
  }
}

/** Lower case without accents, NFC: how names, tags and organizations are compared. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC').trim()
}

/** Keeps the first spelling of each phrase, dropping repeats that differ only by case or accents. */
export function uniqueFolded(values: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const value of values) {
    const key = fold(value)
    if (seen.has(key)) continue
    seen.add(key)
    out.push(value)
  }
  return out
}
