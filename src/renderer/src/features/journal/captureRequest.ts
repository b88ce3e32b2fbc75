import { lexMentions, sameName, type Entry, type MentionCandidate } from '../../../../shared/domain'

export type EntryType = Entry['type']
import type { MethodInput } from '../../../../shared/ipc'
import { fromLocalInput } from './entryForm'
import { mentionToken, picksStillMentioned } from './mentionAutocomplete'

// Kept importable from here: callers and tests predate the shared module.
export { toLocalInput } from './entryForm'

/** Someone on the entry: picked in the autocomplete (`viaMention`) or pre-filled as a chip. */
export interface CapturePick {
  /** Absent for a person the user chose to create. */
  id?: string
  name: string
  viaMention: boolean
}

export interface CaptureForm {
  text: string
  /** `datetime-local` value (local time), or '' for now. */
  when: string
  type: EntryType
  /** `YYYY-MM-DD` or ''. */
  followUpOn: string
  picks: readonly CapturePick[]
  /** Everyone who can be mentioned: typed mentions that name none of them are created on save. */
  people?: readonly MentionCandidate[]
}

/**
 * The new people saving the text would create: its @mentions that name nobody in `people`, as
 * the core will name them (the shared lexer), deduplicated.
 */
export function newMentionNames(text: string, people: readonly MentionCandidate[]): string[] {
  const names: string[] = []
  for (const mention of lexMentions(text, people)) {
    if (mention.matches.length > 0 || !mention.text) continue
    if (!names.some((name) => sameName(name, mention.text))) names.push(mention.text)
  }
  return names
}

/** The `journal.log` input for a capture form; null when there is nothing to save. */
export function captureRequest(form: CaptureForm): MethodInput<'journal.log'> | null {
  const text = form.text.trim()
  const chips = form.picks.filter((p) => !p.viaMention)
  const mentioned = picksStillMentioned(
    text,
    form.picks.filter((p) => p.viaMention),
  )
  const kept = [...chips, ...mentioned]
  if (!text && kept.length === 0) return null
  const participants = [...new Set(kept.flatMap((p) => (p.id ? [p.id] : [])))]
  const createMissing =
    mentioned.some((p) => !p.id) ||
    (form.people !== undefined && newMentionNames(text, form.people).length > 0)
  const at = fromLocalInput(form.when)
  return {
    // An entry needs text; a bare "logged an interaction" with chips alone gets a neutral one.
    text:
      text ||
      `${form.type[0]!.toUpperCase()}${form.type.slice(1)} with ${kept.map((p) => p.name).join(', ')}`,
    type: form.type,
    ...(at ? { at } : {}),
    ...(form.followUpOn ? { followUpOn: form.followUpOn } : {}),
    ...(participants.length > 0 ? { participants } : {}),
    ...(createMissing ? { createMissing: true } : {}),
  }
}

/**
 * The text capture starts with when opened for given people ("With @Ana Silva and @Ben Okafor: "):
 * they are mentioned like typed ones, so the entry reads naturally and the core links them.
 */
export function initialCaptureText(names: readonly string[]): string {
  if (names.length === 0) return ''
  const tokens = names.map(mentionToken)
  const list =
    tokens.length === 1
      ? tokens[0]!
      : `${tokens.slice(0, -1).join(', ')} and ${tokens[tokens.length - 1]!}`
  return `With ${list}: `
}
