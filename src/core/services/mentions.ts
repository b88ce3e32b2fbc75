import { lexMentions, sameName, type Person, type PersonId } from '../../shared/domain'
import { ServiceError } from './errors'

export interface Mention {
  /** Offsets in the NFC-normalized text, `@` included. */
  start: number
  end: number
  /** What the user typed after `@`. */
  text: string
  personId?: PersonId
  /** Set when the mention named nobody and `createMissing` asked for a new person. */
  newName?: string
}

export interface ParsedMentions {
  /** Distinct people in order of first mention. */
  participants: PersonId[]
  /** Names to create as new people (only with `createMissing`), in order, deduplicated. */
  missing: string[]
  mentions: Mention[]
}

export interface ParseMentionsOptions {
  createMissing?: boolean
}

/**
 * Resolves `@Name` mentions against people with the shared lexer (`lexMentions`). An ambiguous
 * mention throws `Ambiguous` with the candidates; an unknown one throws `NotFound` unless
 * `createMissing`.
 */
export function parseMentions(
  text: string,
  people: readonly Person[],
  options: ParseMentionsOptions = {},
): ParsedMentions {
  const living = people.filter((person) => !person.deletedAt)
  const mentions: Mention[] = lexMentions(text, living).map((lexed) => {
    const mention = { start: lexed.start, end: lexed.end, text: lexed.text }
    const [first, ...rest] = lexed.matches
    if (first && rest.length === 0) return { ...mention, personId: first.id as PersonId }
    if (first) {
      const list = lexed.matches.map((m) => ({ id: m.id, name: m.name }))
      throw new ServiceError(
        'Ambiguous',
        `"@${lexed.text}" could mean ${list.map((c) => `${c.name} (${c.id})`).join(', ')}.`,
        list,
      )
    }
    if (!options.createMissing) {
      throw new ServiceError('NotFound', `Nobody called "${lexed.text}" is in this vault.`)
    }
    return { ...mention, newName: lexed.text }
  })

  const participants: PersonId[] = []
  const missing: string[] = []
  for (const mention of mentions) {
    if (mention.personId && !participants.includes(mention.personId))
      participants.push(mention.personId)
    if (mention.newName && !missing.some((name) => sameName(name, mention.newName ?? ''))) {
      missing.push(mention.newName)
    }
  }
  return { participants, missing, mentions }
}
