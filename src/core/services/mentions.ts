import type { Person, PersonId } from '../../shared/domain'
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
 * Resolves `@Name` mentions against people, longest name first so names with spaces work
 * ("@Ana Silva and @Ben"). Matching ignores case and accents; an exact spelling breaks ties
 * between people whose names fold the same. When no full name matches, a unique first name does
 * ("@Ben" -> Ben Okafor). `@[Any Name]` names someone explicitly. An ambiguous mention throws
 * `Ambiguous` with the candidates; an unknown one throws `NotFound` unless `createMissing`.
 */
export function parseMentions(
  text: string,
  people: readonly Person[],
  options: ParseMentionsOptions = {},
): ParsedMentions {
  const source = text.normalize('NFC')
  const folded = foldWithMap(source)
  const candidates = people
    .filter((person) => !person.deletedAt)
    .map((person) => ({ person, key: foldedName(person) }))
    .filter((candidate) => candidate.key.length > 0)
    .sort((x, y) => y.key.length - x.key.length)

  const mentions: Mention[] = []
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== '@' || !isMentionStart(source, i)) continue
    const mention = resolveAt(source, folded, i, candidates, options)
    if (!mention) continue
    mentions.push(mention)
    i = mention.end - 1
  }

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

/** Records are immutable (a change puts a new object), so a person's folded name can be cached. */
const foldedNames = new WeakMap<Person, string>()

function foldedName(person: Person): string {
  let key = foldedNames.get(person)
  if (key === undefined) {
    key = foldWithMap(person.name.normalize('NFC')).text
    foldedNames.set(person, key)
  }
  return key
}

interface Candidate {
  person: Person
  key: string
}

function resolveAt(
  source: string,
  folded: FoldedText,
  at: number,
  candidates: readonly Candidate[],
  options: ParseMentionsOptions,
): Mention | undefined {
  if (source[at + 1] === '[') {
    const close = source.indexOf(']', at + 2)
    if (close > at + 2) {
      const typed = source.slice(at + 2, close).trim()
      const start = { start: at, end: close + 1, text: typed }
      const exact = candidates.filter((c) => c.key === foldWithMap(typed).text)
      return finish(start, exact, typed, options)
    }
  }
  const foldedStart = folded.fromSource[at + 1]
  if (foldedStart === undefined) return undefined
  let matches: Candidate[] = []
  let matchEnd = -1
  for (const candidate of candidates) {
    if (matchEnd >= 0 && candidate.key.length < matches[0]!.key.length) break
    if (!folded.text.startsWith(candidate.key, foldedStart)) continue
    const end = folded.toSource(foldedStart + candidate.key.length)
    if (!isBoundary(source, end)) continue
    matches.push(candidate)
    matchEnd = end
  }
  if (matches.length > 0) {
    const typed = source.slice(at + 1, matchEnd)
    if (matches.length > 1) {
      const exact = matches.filter((m) => m.person.name.normalize('NFC') === typed)
      if (exact.length === 1) matches = exact
    }
    return finish({ start: at, end: matchEnd, text: typed }, matches, typed, options)
  }
  const word = firstWord(source, at + 1)
  if (!word) return undefined
  const wordKey = foldWithMap(word).text
  const byFirstName = candidates.filter((c) => c.key.split(/\s+/u)[0] === wordKey)
  if (byFirstName.length > 0) {
    return finish({ start: at, end: at + 1 + word.length, text: word }, byFirstName, word, options)
  }
  const guessed = guessNewName(source, at + 1)
  return finish({ start: at, end: at + 1 + guessed.length, text: guessed }, [], guessed, options)
}

function finish(
  mention: Mention,
  matches: readonly Candidate[],
  typed: string,
  options: ParseMentionsOptions,
): Mention {
  if (matches.length === 1) return { ...mention, personId: matches[0]!.person.id }
  if (matches.length > 1) {
    const list = matches.map((m) => ({ id: m.person.id, name: m.person.name }))
    throw new ServiceError(
      'Ambiguous',
      `"@${typed}" could mean ${list.map((c) => `${c.name} (${c.id})`).join(', ')}.`,
      list,
    )
  }
  if (!options.createMissing) {
    throw new ServiceError('NotFound', `Nobody called "${typed}" is in this vault.`)
  }
  return { ...mention, newName: typed }
}

/** `@` starts a mention at the start or after something other than a letter or digit (not e-mail). */
function isMentionStart(source: string, at: number): boolean {
  if (at === 0) return true
  return !/[\p{L}\p{N}_.]/u.test(source[at - 1] ?? '')
}

/** A name ends where a letter, digit or joining mark does not continue it. */
function isBoundary(source: string, at: number): boolean {
  if (at >= source.length) return true
  // U+FE0F (emoji presentation) is a mark; U+200D (zero-width joiner) glues emoji sequences.
  return !/[\p{L}\p{N}\p{M}_]|\u200d/u.test(String.fromCodePoint(source.codePointAt(at) ?? 32))
}

const WORD = /^(?:[\p{L}\p{N}\p{M}\p{Extended_Pictographic}'’_-]|\u200d)+/u

function firstWord(source: string, at: number): string | undefined {
  const match = WORD.exec(source.slice(at))
  return match ? match[0].replace(/['’_-]+$/u, '') || undefined : undefined
}

/** For a new person: the first word plus following capitalized words ("@Carla Mendes about"). */
function guessNewName(source: string, at: number): string {
  const words: string[] = []
  let offset = at
  for (;;) {
    const word = firstWord(source, offset)
    if (!word) break
    if (words.length > 0 && !/^\p{Lu}/u.test(word)) break
    words.push(word)
    offset += word.length
    if (source[offset] !== ' ' || words.length >= 4) break
    offset += 1
  }
  return words.join(' ')
}

function sameName(x: string, y: string): boolean {
  return foldWithMap(x).text === foldWithMap(y).text
}

interface FoldedText {
  text: string
  /** Folded offset of each source offset (code unit). */
  fromSource: number[]
  /** Source offset where the folded offset `i` ends up. */
  toSource: (foldedOffset: number) => number
}

/**
 * Lower-cases and strips accents code point by code point, remembering offsets both ways, so a
 * match found in folded text maps back to the exact span the user typed.
 */
function foldWithMap(source: string): FoldedText {
  let text = ''
  const fromSource: number[] = []
  const foldedToSource: number[] = []
  for (let i = 0; i < source.length;) {
    const codePoint = source.codePointAt(i) ?? 0
    const char = String.fromCodePoint(codePoint)
    const piece = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    for (let k = 0; k < char.length; k++) fromSource[i + k] = text.length
    for (let k = 0; k < piece.length; k++) foldedToSource.push(i)
    text += piece
    i += char.length
  }
  fromSource[source.length] = text.length
  return {
    text,
    fromSource,
    toSource: (offset) =>
      offset >= text.length ? source.length : (foldedToSource[offset] ?? source.length),
  }
}
