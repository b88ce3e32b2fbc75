/**
 * The one rule for `@mentions`, shared by the core (which links entries to people) and the
 * renderer (autocomplete, and showing saved mentions as names). Matching folds case and accents;
 * offsets always refer to the NFC-normalized text the caller passes.
 */

export interface MentionCandidate {
  id: string
  name: string
}

export interface LexedMention {
  /** Offsets in the NFC-normalized text, `@` included. */
  start: number
  end: number
  /** What the user typed after `@` (without the brackets of `@[Name]`). */
  text: string
  /** The people it could mean: one when resolved, several when ambiguous, none when unknown. */
  matches: MentionCandidate[]
}

/** Lower-cases and strips accents, so "José" and "jose" compare equal. */
export function foldName(text: string): string {
  return foldWithMap(text.normalize('NFC')).text
}

/** Same person name once folded. */
export function sameName(x: string, y: string): boolean {
  return foldName(x) === foldName(y)
}

/** `@` starts a mention at the start or after something other than a letter or digit (not e-mail). */
export function isMentionStart(source: string, at: number): boolean {
  if (at === 0) return true
  return !/[\p{L}\p{N}_.]/u.test(source[at - 1] ?? '')
}

/**
 * Finds every `@` mention in `text` and what it resolves to among `people`: longest full name
 * first so names with spaces work ("@Ana Silva and @Ben"); an exact spelling breaks ties between
 * people whose names fold the same; when no full name matches, a unique first name does
 * ("@Ben" -> Ben Okafor); `@[Any Name]` names someone explicitly. A mention that names nobody
 * spans the words that look like a new name (see `newNameAt`).
 */
export function lexMentions(text: string, people: readonly MentionCandidate[]): LexedMention[] {
  const source = text.normalize('NFC')
  const folded = foldWithMap(source)
  const candidates = people
    .map((person) => ({ person, key: foldedName(person.name) }))
    .filter((candidate) => candidate.key.length > 0)
    .sort((x, y) => y.key.length - x.key.length)
  const mentions: LexedMention[] = []
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== '@' || !isMentionStart(source, i)) continue
    const mention = lexAt(source, folded, i, candidates)
    if (!mention) continue
    mentions.push(mention)
    i = mention.end - 1
  }
  return mentions
}

const foldedNames = new Map<string, string>()

function foldedName(name: string): string {
  let key = foldedNames.get(name)
  if (key === undefined) {
    key = foldWithMap(name.normalize('NFC')).text
    if (foldedNames.size > 50_000) foldedNames.clear()
    foldedNames.set(name, key)
  }
  return key
}

interface Candidate {
  person: MentionCandidate
  key: string
}

function lexAt(
  source: string,
  folded: FoldedText,
  at: number,
  candidates: readonly Candidate[],
): LexedMention | undefined {
  if (source[at + 1] === '[') {
    const close = source.indexOf(']', at + 2)
    if (close > at + 2) {
      const typed = source.slice(at + 2, close).trim()
      const key = foldWithMap(typed).text
      const exact = candidates.filter((c) => c.key === key)
      return { start: at, end: close + 1, text: typed, matches: people(exact) }
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
    return { start: at, end: matchEnd, text: typed, matches: people(matches) }
  }
  const word = firstWord(source, at + 1)
  if (!word) return undefined
  const wordKey = foldWithMap(word).text
  const byFirstName = candidates.filter((c) => c.key.split(/\s+/u)[0] === wordKey)
  if (byFirstName.length > 0) {
    return { start: at, end: at + 1 + word.length, text: word, matches: people(byFirstName) }
  }
  const guessed = newNameAt(source, at + 1)
  return { start: at, end: at + 1 + guessed.length, text: guessed, matches: [] }
}

function people(candidates: readonly Candidate[]): MentionCandidate[] {
  return candidates.map((c) => c.person)
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

/** The most words a new person's name takes from a mention. */
export const MAX_NEW_NAME_WORDS = 4

/**
 * The name of a new person mentioned at `at` (just after the `@`): the first word plus the
 * capitalized words that directly follow it ("@Carla Mendes about" -> "Carla Mendes"). It stops at
 * punctuation, so a sentence's full stop or comma is never part of the name.
 */
export function newNameAt(source: string, at: number): string {
  const words: string[] = []
  let offset = at
  for (;;) {
    const word = firstWord(source, offset)
    if (!word) break
    if (words.length > 0 && !/^\p{Lu}/u.test(word)) break
    words.push(word)
    offset += word.length
    if (source[offset] !== ' ' || words.length >= MAX_NEW_NAME_WORDS) break
    offset += 1
  }
  return words.join(' ')
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
