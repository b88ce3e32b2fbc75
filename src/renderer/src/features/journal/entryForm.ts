import type { Entry, Person } from '../../../../shared/domain'
import type { MethodInput } from '../../../../shared/ipc'
import type { EntryType } from './captureRequest'
import type { MentionPerson } from './mentionAutocomplete'

/**
 * Pieces shared by logging a new entry and editing an existing one: who can be mentioned, the
 * date/time conversions of the form controls, the participant chips, and the `journal.update`
 * patch for an edited entry.
 */

export type EntryPatch = MethodInput<'journal.update'>['patch']

export interface Participant {
  id: string
  name: string
}

export interface EditForm {
  title: string
  body: string
  /** `datetime-local` value (local time). */
  when: string
  type: EntryType
  /** `YYYY-MM-DD` or ''. */
  followUpOn: string
  followUpDone: boolean
  participants: readonly Participant[]
}

/** The people the @mention list offers: living contacts, not the user themself. */
export function mentionPeople(
  people: readonly Pick<Person, 'id' | 'name' | 'organization' | 'deletedAt' | 'isMe'>[],
): MentionPerson[] {
  return people
    .filter((p) => !p.deletedAt && !p.isMe)
    .map((p) => ({
      id: p.id,
      name: p.name,
      ...(p.organization ? { organization: p.organization } : {}),
    }))
}

/** A `datetime-local` value for an instant, in the browser's time zone. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** The ISO instant of a `datetime-local` value, or undefined when it is empty or invalid. */
export function fromLocalInput(when: string): string | undefined {
  if (!when) return undefined
  const at = new Date(when)
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString()
}

/** The edit form for an entry, prefilled; `nameOf` names participants for their chips. */
export function editFormFromEntry(entry: Entry, nameOf: (id: string) => string): EditForm {
  return {
    title: entry.title,
    body: entry.body,
    when: toLocalInput(new Date(entry.at)),
    type: entry.type,
    followUpOn: entry.followUpOn ?? '',
    followUpDone: entry.followUpDone,
    participants: entry.participants.map((id) => ({ id, name: nameOf(id) })),
  }
}

/** Adds a participant chip unless that person is already on the entry. */
export function addParticipant(
  list: readonly Participant[],
  person: Participant,
): readonly Participant[] {
  return list.some((p) => p.id === person.id) ? list : [...list, person]
}

export function removeParticipant(
  list: readonly Participant[],
  id: string,
): readonly Participant[] {
  return list.filter((p) => p.id !== id)
}

/**
 * The whole editable state of an entry as a `journal.update` patch. Always sent complete: the
 * core validates patches with its record schema made partial, whose defaults would otherwise
 * reset every field a patch leaves out (body, title, type, people) to empty.
 */
export function fullPatch(entry: Entry, changes: EntryPatch = {}): EntryPatch {
  return {
    title: entry.title,
    body: entry.body,
    at: entry.at,
    type: entry.type,
    ...(entry.followUpOn ? { followUpOn: entry.followUpOn } : {}),
    followUpDone: entry.followUpDone,
    participants: [...entry.participants],
    ...changes,
  }
}

/** The patch that marks an entry's follow-up done, or open again. */
export function followUpTogglePatch(entry: Entry): EntryPatch {
  return fullPatch(entry, { followUpDone: !entry.followUpDone })
}

/**
 * What an edited form changes on the entry: only fields that differ; null when nothing did. A
 * cleared follow-up date is not sent (the API cannot unset it): marking the follow-up done is how
 * one is dropped. Send it as `fullPatch(entry, changes)`.
 */
export function entryChanges(entry: Entry, form: EditForm): EntryPatch | null {
  const patch: EntryPatch = {}
  if (form.title.trim() !== entry.title) patch.title = form.title.trim()
  if (form.body !== entry.body) patch.body = form.body
  const at = fromLocalInput(form.when)
  // The form holds minutes only: an unchanged minute keeps the entry's exact instant.
  if (at && toLocalInput(new Date(at)) !== toLocalInput(new Date(entry.at))) patch.at = at
  if (form.type !== entry.type) patch.type = form.type
  if (form.followUpOn && form.followUpOn !== entry.followUpOn) patch.followUpOn = form.followUpOn
  if (form.followUpDone !== entry.followUpDone) patch.followUpDone = form.followUpDone
  const ids = form.participants.map((p) => p.id)
  const same =
    ids.length === entry.participants.length &&
    ids.every((id) => (entry.participants as readonly string[]).includes(id))
  if (!same) patch.participants = [...new Set(ids)]
  return Object.keys(patch).length > 0 ? patch : null
}

/** Whether the edited entry would still have something in it (text or people). */
export function editFormHasContent(form: EditForm): boolean {
  return form.body.trim() !== '' || form.title.trim() !== '' || form.participants.length > 0
}
