import { foldName, isMentionStart, newNameAt } from '../../../../shared/domain'

/**
 * The @mention autocomplete of quick capture, as pure functions: where the mention being typed
 * starts, which people match it, what picking one does to the text, and how keys move the
 * highlight. Folding and where a new name ends are the shared rule (`shared/domain/mentions`),
 * the one the core's parser uses, so "@jose" finds "José" and "Create" offers what saving creates.
 */

export interface MentionPerson {
  id: string
  name: string
  organization?: string
}

export interface ActiveMention {
  /** Offset of the `@`. */
  start: number
  /** What was typed after `@`, up to the caret. */
  query: string
}

export type MentionOption =
  { kind: 'person'; person: MentionPerson } | { kind: 'create'; name: string }

const MAX_QUERY = 60

export const fold = foldName

/**
 * The mention the caret is in, if any: an `@` at the start or after a non-word character (not
 * an e-mail address), followed by at most four words, no line break and no sentence punctuation
 * (a full stop or comma ends the name).
 */
export function findActiveMention(text: string, caret: number): ActiveMention | null {
  const before = text.slice(0, caret)
  const at = before.lastIndexOf('@')
  if (at < 0) return null
  if (!isMentionStart(before, at)) return null
  const query = before.slice(at + 1)
  if (query.length > MAX_QUERY || /[\n\r@[\]:;,!?()"]/.test(query)) return null
  if (/\.(\s|$)/u.test(query)) return null
  if (/^\s/.test(query)) return null
  if (query.split(' ').length > 4) return null
  return { start: at, query }
}

/**
 * True when the query already names someone in full and goes on ("Ana Silva about"): the mention
 * is complete and the text after it is not a name, so the list stays closed.
 */
export function isCompletedMention(query: string, people: readonly MentionPerson[]): boolean {
  const key = fold(query)
  return people.some((person) => {
    const name = fold(person.name)
    return key.length > name.length && key.startsWith(name) && /\s/u.test(key[name.length] ?? '')
  })
}

/**
 * People whose name (or any word of it) starts with the query, best first: whole-name prefix,
 * then word prefix, then substring; ties broken by name. When nobody matches exactly and the
 * query still reads as a name (the first word and capitalized words after it, the rule saving
 * uses), offers to create a person with that name; "@Zoe joined" offers no "Create".
 */
export function mentionOptions(
  query: string,
  people: readonly MentionPerson[],
  limit = 8,
): MentionOption[] {
  const key = fold(query.trim())
  const scored: { person: MentionPerson; rank: number }[] = []
  for (const person of people) {
    const name = fold(person.name)
    let rank = -1
    if (key === '') rank = 3
    else if (name.startsWith(key)) rank = 0
    else if (name.split(/\s+/u).some((word) => word.startsWith(key))) rank = 1
    else if (name.includes(key)) rank = 2
    if (rank >= 0) scored.push({ person, rank })
  }
  scored.sort((x, y) => x.rank - y.rank || x.person.name.localeCompare(y.person.name))
  const options: MentionOption[] = scored
    .slice(0, limit)
    .map(({ person }) => ({ kind: 'person', person }))
  const name = query.trim()
  const exact = people.some((person) => fold(person.name) === key)
  if (name.length > 0 && !exact && newNameAt(name, 0) === name) {
    options.push({ kind: 'create', name: capitalizeWords(name) })
  }
  return options
}

function capitalizeWords(name: string): string {
  return name.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) =>
    space.concat(letter.toUpperCase()),
  )
}

/**
 * How a picked name is written in the text so the core's parser resolves it: plain `@Name` when
 * every word after the first is capitalized (the parser's guess for new names), `@[Name]` when not.
 */
export function mentionToken(name: string): string {
  const words = name.trim().split(/\s+/u)
  const plain = words.length <= 4 && words.slice(1).every((word) => /^\p{Lu}/u.test(word))
  return plain && /^[\p{L}\p{N}]/u.test(name) ? `@${name.trim()}` : `@[${name.trim()}]`
}

/** Replaces the active mention with the picked name and a trailing space; returns the new caret. */
export function applyPick(
  text: string,
  mention: ActiveMention,
  caret: number,
  name: string,
): { text: string; caret: number } {
  const token = mentionToken(name)
  const after = text.slice(caret)
  const spacer = after.startsWith(' ') ? '' : ' '
  const next = text.slice(0, mention.start) + token + spacer + after
  return { text: next, caret: mention.start + token.length + 1 }
}

export type MentionKey = 'ArrowDown' | 'ArrowUp' | 'Enter' | 'Tab' | 'Escape'

export type KeyOutcome =
  | { action: 'move'; index: number }
  | { action: 'pick'; index: number }
  | { action: 'close' }
  | { action: 'none' }

/** What a key does while the suggestion list is open with `count` options. */
export function mentionKey(key: string, index: number, count: number): KeyOutcome {
  if (count === 0) return key === 'Escape' ? { action: 'close' } : { action: 'none' }
  switch (key) {
    case 'ArrowDown':
      return { action: 'move', index: (index + 1) % count }
    case 'ArrowUp':
      return { action: 'move', index: (index - 1 + count) % count }
    case 'Enter':
    case 'Tab':
      return { action: 'pick', index: Math.min(Math.max(index, 0), count - 1) }
    case 'Escape':
      return { action: 'close' }
    default:
      return { action: 'none' }
  }
}

/** Keeps only picks whose mention is still in the text (the user may have deleted one). */
export function picksStillMentioned<T extends { name: string }>(
  text: string,
  picks: readonly T[],
): T[] {
  const folded = fold(text)
  return picks.filter((pick) => {
    const token = fold(mentionToken(pick.name))
    return folded.includes(token)
  })
}
