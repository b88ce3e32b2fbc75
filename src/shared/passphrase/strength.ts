/**
 * A small passphrase strength estimator (no library): entropy from length and character classes,
 * with the parts an attacker guesses first (common passwords, the owner's own name, sequences,
 * keyboard runs, repeats) counted at a few bits each instead of at full price.
 */

export type StrengthScore = 0 | 1 | 2 | 3 | 4

export interface Strength {
  score: StrengthScore
  label: 'Very weak' | 'Weak' | 'Fair' | 'Strong' | 'Very strong'
  /** Estimated guessing entropy in bits (rounded down). */
  bits: number
  /** What would make it stronger, most useful first; empty when there is nothing to add. */
  suggestions: string[]
}

/** Below this a new vault's passphrase is refused: the file may be stolen and attacked offline. */
export const MIN_ACCEPTED_SCORE: StrengthScore = 2

const LABELS: Strength['label'][] = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong']
const THRESHOLDS = [28, 45, 60, 80] as const

// The top of every leaked-password list, plus words people reach for when asked for a secret.
const COMMON = (
  'password passwort motdepasse contraseña qwerty azerty qwertz letmein welcome admin ' +
  'administrator iloveyou monkey dragon football baseball soccer hockey sunshine princess ' +
  'master shadow superman batman trustno starwars hello freedom whatever michael jennifer ' +
  'jordan hunter ranger buster harley andrew tigger charlie robert thomas daniel killer ' +
  'george computer maggie pepper ginger summer winter ashley secret love lovely changeme ' +
  'default login guest test access flower cheese matrix mustang pokemon samsung google apple ' +
  'kith vault private correct horse battery staple abc qazwsx zxcvbn asdf pass word blink ' +
  'nothing family money angel baby cookie chocolate orange banana purple yellow silver golden ' +
  'diamond liverpool arsenal chelsea barcelona london paris berlin spring autumn october ' +
  'december monday '
)
  .trim()
  .split(' ')
  .sort((a, b) => b.length - a.length)

const KEYBOARD_ROWS = [
  '1234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'azertyuiop',
  'qwertzuiop',
]

// Digits and symbols people swap in for letters ("p@ssw0rd").
const LEET = new Map(Object.entries({ 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't', 8: 'b' }))
LEET.set('@', 'a').set('$', 's').set('!', 'i')

function poolSize(text: string): number {
  let pool = 0
  if (/[a-z]/.test(text)) pool += 26
  if (/[A-Z]/.test(text)) pool += 26
  if (/[0-9]/.test(text)) pool += 10
  if (/[ -/:-@[-`{-~]/.test(text)) pool += 33
  // Letters beyond ASCII (accents, other scripts) widen the alphabet an attacker must try.
  if (/[^\p{ASCII}]/u.test(text)) pool += 64
  return Math.max(pool, 1)
}

interface Findings {
  covered: boolean[]
  bits: number
  common: boolean
  personal: boolean
  sequence: boolean
  repeat: boolean
}

function markWords(normal: string, words: readonly string[], found: Findings): boolean {
  let any = false
  for (const word of words) {
    if (word.length < 3) continue
    let from = normal.indexOf(word)
    while (from >= 0) {
      const span = found.covered.slice(from, from + word.length)
      if (span.every((c) => !c)) {
        for (let i = from; i < from + word.length; i++) found.covered[i] = true
        // A word from a short list, plus a guess at how it was capitalised or decorated.
        found.bits += 7
        any = true
      }
      from = normal.indexOf(word, from + 1)
    }
  }
  return any
}

function stepOf(a: string, b: string): number | null {
  for (const row of KEYBOARD_ROWS) {
    const i = row.indexOf(a)
    const j = row.indexOf(b)
    if (i >= 0 && j >= 0 && Math.abs(i - j) === 1) return 1000 + (j - i)
  }
  const d = b.charCodeAt(0) - a.charCodeAt(0)
  return Math.abs(d) <= 2 && d !== 0 ? d : null
}

/** A separator between two known words ("correct horse") is worth a bit, not a character. */
function markJoints(text: string, found: Findings): void {
  for (let i = 1; i < text.length - 1; i++) {
    if (found.covered[i] || !found.covered[i - 1] || !found.covered[i + 1]) continue
    if (/[\p{L}\p{N}]/u.test(text[i] ?? '')) continue
    found.covered[i] = true
    found.bits += 1
  }
}

// A word picked from a dictionary list (Diceware: 7776 words) is worth about 13 bits.
const BITS_PER_DICTIONARY_WORD = 12.9

/**
 * A passphrase of plain words is attacked word by word, not letter by letter: its entropy is at
 * most that of picking each word from a big list (short words cost less).
 */
function wordListBits(text: string): number {
  if (!/^[\p{L}]+(?:[\s._-][\p{L}]+)+$/u.test(text)) return Infinity
  const words = text.split(/[\s._-]/)
  const capitals = /\p{Lu}/u.test(text) ? words.length : 0
  return (
    words.reduce((sum, word) => sum + Math.min(BITS_PER_DICTIONARY_WORD, word.length * 4.7), 0) +
    (words.length - 1) +
    capitals
  )
}

/** Runs of 3+ characters going up or down the alphabet, the digits or a keyboard row. */
function markSequences(lower: string, found: Findings): void {
  let start = 0
  while (start < lower.length - 2) {
    const step = stepOf(lower[start] ?? '', lower[start + 1] ?? '')
    let end = start + 1
    if (step !== null) {
      while (end + 1 < lower.length && stepOf(lower[end] ?? '', lower[end + 1] ?? '') === step) {
        end++
      }
    }
    if (step !== null && end - start >= 2) {
      for (let i = start; i <= end; i++) found.covered[i] = true
      found.bits += 4
      found.sequence = true
      start = end + 1
    } else {
      start++
    }
  }
}

/** The same character 3+ times, or a chunk repeated right after itself ("abcabc"). */
function markRepeats(text: string, found: Findings): void {
  for (let i = 0; i < text.length; i++) {
    let j = i
    while (j + 1 < text.length && text[j + 1] === text[i]) j++
    if (j - i >= 2) {
      for (let k = i + 1; k <= j; k++) found.covered[k] = true
      found.bits += 2
      found.repeat = true
      i = j
    }
  }
  for (let size = Math.floor(text.length / 2); size >= 2; size--) {
    for (let i = 0; i + 2 * size <= text.length; i++) {
      if (text.slice(i, i + size) !== text.slice(i + size, i + 2 * size)) continue
      const span = found.covered.slice(i + size, i + 2 * size)
      if (span.some(Boolean)) continue
      for (let k = i + size; k < i + 2 * size; k++) found.covered[k] = true
      found.bits += 2
      found.repeat = true
    }
  }
}

/**
 * Estimates how hard `passphrase` is to guess. `personal` lists words an attacker would try first
 * for this user (their name): parts of 3+ letters count as known words.
 */
export function estimateStrength(passphrase: string, personal: readonly string[] = []): Strength {
  const chars = [...passphrase]
  const text = chars.join('')
  if (chars.length === 0) {
    return { score: 0, label: 'Very weak', bits: 0, suggestions: ['Type a passphrase.'] }
  }
  const lower = text.toLowerCase()
  const deLeet = [...lower].map((c) => LEET.get(c) ?? c).join('')
  const found: Findings = {
    covered: new Array<boolean>(text.length).fill(false),
    bits: 0,
    common: false,
    personal: false,
    sequence: false,
    repeat: false,
  }
  const personalWords = personal
    .flatMap((p) => p.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length >= 3)
    .sort((a, b) => b.length - a.length)
  // Indexes below are UTF-16 offsets of `text`; `covered` is sized to match.
  found.personal = markWords(deLeet, personalWords, found)
  found.common = markWords(deLeet, COMMON, found)
  markJoints(text, found)
  markSequences(lower, found)
  markRepeats(lower, found)

  const perChar = Math.log2(poolSize(text))
  const uncovered = found.covered.filter((c) => !c).length
  const bits = Math.floor(Math.min(uncovered * perChar + found.bits, wordListBits(text)))
  let score: StrengthScore = 4
  for (let i = 0; i < THRESHOLDS.length; i++) {
    if (bits < (THRESHOLDS[i] ?? 0)) {
      score = i as StrengthScore
      break
    }
  }

  const suggestions: string[] = []
  if (found.common) suggestions.push('Avoid common passwords and well-known words.')
  if (found.personal) suggestions.push('Leave out your own name.')
  if (found.sequence) suggestions.push('Avoid sequences like "abc", "1234" or "qwerty".')
  if (found.repeat) suggestions.push('Avoid repeated characters and repeated chunks.')
  if (score < 4 && chars.length < 16) {
    suggestions.push('Make it longer: five unrelated words are strong and easy to remember.')
  } else if (score < 3) {
    suggestions.push('Add another unrelated word.')
  }
  return { score, label: LABELS[score] ?? 'Very weak', bits, suggestions }
}

/**
 * Why a new passphrase is refused, or null when it is strong enough: the same rule for the app's
 * form, the API and the CLI (the vault file may be stolen and attacked offline).
 */
export function passphraseProblem(
  passphrase: string,
  personal: readonly string[] = [],
): string | null {
  const strength = estimateStrength(passphrase, personal)
  if (strength.score >= MIN_ACCEPTED_SCORE) return null
  const hint = strength.suggestions[0] ?? 'Make it longer.'
  return `it is too easy to guess (${strength.label.toLowerCase()}, about ${strength.bits} bits). ${hint}`
}
