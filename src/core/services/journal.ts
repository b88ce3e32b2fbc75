import type { z } from 'zod'
import type { ENTRY_TYPES } from '../../shared/domain'
import {
  entrySchema,
  personSchema,
  type Entry,
  type EntryId,
  type IntroductionId,
  type IsoDateTime,
  type Person,
  type PersonId,
  setTaskBox,
} from '../../shared/domain'
import type { RecordStore } from '../store/recordStore'
import { freshId, nowIso, type ServiceDeps, byCodeUnit } from './deps'
import { invalidFromZod, notFound, ServiceError } from './errors'
import { parseMentions } from './mentions'
import { requirePerson } from './people'
import { commitWithUndo, type UndoToken } from './undo'

export const entryInputSchema = entrySchema
  .omit({
    kind: true,
    id: true,
    createdAt: true,
    updatedAt: true,
    deletedAt: true,
  })
  .extend({ at: entrySchema.shape.at.optional() })
export type EntryInput = z.input<typeof entryInputSchema>
export type EntryPatch = Partial<EntryInput>
export type EntryType = (typeof ENTRY_TYPES)[number]

export async function addEntry(
  store: RecordStore,
  deps: ServiceDeps,
  input: EntryInput,
): Promise<Entry> {
  const { entry, touched } = planEntry(store, deps, input)
  await store.commit({ put: [entry, ...touched] })
  return entry
}

export interface LogInput {
  text: string
  at?: IsoDateTime
  type?: EntryType
  title?: string
  followUpOn?: string
  place?: string
  /** Creates a person for each unknown mention instead of failing. */
  createMissing?: boolean
  /** People picked explicitly (e.g. in the capture dialog), in addition to the @mentions. */
  participants?: readonly string[]
  /** The introduction this entry is about. */
  introduction?: IntroductionId
}

export interface LogResult {
  entry: Entry
  created: Person[]
}

/** Quick capture: resolves the text's @mentions into participants, all in one commit. */
export async function logEntry(
  store: RecordStore,
  deps: ServiceDeps,
  input: LogInput,
): Promise<LogResult> {
  const people = store.list('person')
  const parsed = parseMentions(input.text, people, { createMissing: input.createMissing ?? false })
  const now = nowIso(deps)
  const created = parsed.missing.map((name) =>
    personSchema.parse({
      kind: 'person',
      id: freshId<PersonId>(deps),
      name,
      createdAt: now,
      updatedAt: now,
    }),
  )
  const byName = new Map(parsed.missing.map((name, i) => [name, created[i]!.id]))
  const participants: PersonId[] = []
  for (const mention of parsed.mentions) {
    const id = mention.personId ?? (mention.newName ? byName.get(mention.newName) : undefined)
    if (id && !participants.includes(id)) participants.push(id)
  }
  for (const id of input.participants ?? []) {
    requirePerson(store, id)
    if (!participants.includes(id as PersonId)) participants.push(id as PersonId)
  }
  const { entry, touched } = planEntry(
    store,
    deps,
    {
      at: input.at,
      type: input.type,
      title: input.title,
      body: input.text,
      place: input.place,
      followUpOn: input.followUpOn,
      participants,
      ...(input.introduction ? { introduction: input.introduction } : {}),
    },
    created,
  )
  // A new person is also a touched participant: commit one version of each record.
  const finalCreated = created.map((person) => touched.find((t) => t.id === person.id) ?? person)
  const touchedExisting = touched.filter((t) => !created.some((person) => person.id === t.id))
  await store.commit({ put: [...finalCreated, entry, ...touchedExisting] })
  return { entry, created: finalCreated }
}

export async function updateEntry(
  store: RecordStore,
  deps: ServiceDeps,
  id: string,
  patch: EntryPatch,
): Promise<Entry> {
  const current = store.get('entry', id)
  if (!current || current.deletedAt) throw notFound('entry', id)
  const parsed = entryInputSchema.partial().strict().safeParse(patch)
  if (!parsed.success) throw invalidFromZod('entry', parsed.error.issues)
  const next: Record<string, unknown> = { ...current, updatedAt: nowIso(deps) }
  // WARNING: zod's .partial() still fills defaults for absent keys; apply only the keys given.
  const given = parsed.data as Record<string, unknown>
  for (const key of Object.keys(patch)) {
    const value = given[key]
    if (value === undefined) delete next[key]
    else next[key] = value
  }
  if (next['at'] === undefined) next['at'] = current.at
  const result = entrySchema.safeParse(next)
  if (!result.success) throw invalidFromZod('entry', result.error.issues)
  const entry = { ...result.data, participants: unique(result.data.participants) }
  for (const personId of entry.participants) {
    if (!current.participants.includes(personId)) requirePerson(store, personId)
  }
  const touched = touchLastContact(store, deps, entry, [])
  await store.commit({ put: [entry, ...touched] })
  return entry
}

/**
 * Ticks or clears the Markdown task box whose `[` is at `offset` in the entry's body. Refuses an
 * offset that is not a task box (the body changed since it was shown), so it never edits text.
 */
export async function toggleEntryTask(
  store: RecordStore,
  deps: ServiceDeps,
  id: string,
  offset: number,
  done: boolean,
): Promise<Entry> {
  const current = store.get('entry', id)
  if (!current || current.deletedAt) throw notFound('entry', id)
  const body = setTaskBox(current.body, offset, done)
  if (body === undefined) {
    throw new ServiceError('Conflict', 'This task changed since it was shown. Reload the entry.')
  }
  if (body === current.body) return current
  const entry = { ...current, body, updatedAt: nowIso(deps) }
  await store.commit({ put: [entry] })
  return entry
}

/**
 * Trashes an entry. Participants keep their last-contact date: it records that contact happened,
 * and recomputing it could erase a date that came from an import.
 */
export async function deleteEntry(
  store: RecordStore,
  deps: ServiceDeps,
  id: string,
): Promise<UndoToken> {
  const entry = store.get('entry', id)
  if (!entry || entry.deletedAt) throw notFound('entry', id)
  const now = nowIso(deps)
  return commitWithUndo(store, 'Delete journal entry', now, {
    put: [{ ...entry, deletedAt: now, updatedAt: now }],
    remove: [],
  })
}

export interface ListEntriesOptions {
  person?: string
  type?: EntryType
  from?: IsoDateTime
  to?: IsoDateTime
  includeTrashed?: boolean
}

/** Entries newest first. */
export function listEntries(store: RecordStore, options: ListEntriesOptions = {}): Entry[] {
  const from = options.from ? Date.parse(options.from) : -Infinity
  const to = options.to ? Date.parse(options.to) : Infinity
  return store
    .list('entry')
    .filter((entry) => {
      if (entry.deletedAt && !options.includeTrashed) return false
      if (options.person && !entry.participants.includes(options.person as PersonId)) return false
      if (options.type && entry.type !== options.type) return false
      const at = Date.parse(entry.at)
      return at >= from && at <= to
    })
    .sort((x, y) => Date.parse(y.at) - Date.parse(x.at) || byCodeUnit(y.id, x.id))
}

function planEntry(
  store: RecordStore,
  deps: ServiceDeps,
  input: EntryInput,
  newPeople: readonly Person[] = [],
): { entry: Entry; touched: Person[] } {
  const parsed = entryInputSchema.safeParse(input)
  if (!parsed.success) throw invalidFromZod('entry', parsed.error.issues)
  const now = nowIso(deps)
  const participants = unique(parsed.data.participants)
  for (const personId of participants) {
    if (!newPeople.some((person) => person.id === personId)) requirePerson(store, personId)
  }
  if (parsed.data.introduction && !store.get('introduction', parsed.data.introduction)) {
    throw notFound('introduction', parsed.data.introduction)
  }
  const entry = entrySchema.parse({
    ...parsed.data,
    participants,
    at: parsed.data.at ?? now,
    kind: 'entry',
    id: freshId<EntryId>(deps),
    createdAt: now,
    updatedAt: now,
  })
  return { entry, touched: touchLastContact(store, deps, entry, newPeople) }
}

/**
 * Moves each participant's last contact forward to the entry's date, never back, and never into
 * the future: a planned meeting is not contact yet.
 */
function touchLastContact(
  store: RecordStore,
  deps: ServiceDeps,
  entry: Entry,
  newPeople: readonly Person[],
): Person[] {
  const at = Date.parse(entry.at)
  const now = deps.clock()
  if (at > now.getTime()) return []
  const touched: Person[] = []
  for (const personId of entry.participants) {
    const person = newPeople.find((p) => p.id === personId) ?? store.get('person', personId)
    if (!person) continue
    if (person.lastContactAt && Date.parse(person.lastContactAt) >= at) continue
    touched.push({
      ...person,
      lastContactAt: new Date(at).toISOString(),
      updatedAt: now.toISOString(),
    })
  }
  return touched
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)]
}
