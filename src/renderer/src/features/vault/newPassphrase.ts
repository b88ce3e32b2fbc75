import { MIN_ACCEPTED_SCORE, type Strength } from './passphraseStrength'

export interface NewPassphraseProblems {
  passphrase: string | null
  confirm: string | null
}

/** What stops a new passphrase from being accepted, per field (null: nothing). */
export function newPassphraseProblems(
  passphrase: string,
  confirm: string,
  strength: Strength,
): NewPassphraseProblems {
  let first: string | null = null
  if (passphrase.length === 0) first = 'Choose a passphrase.'
  else if ([...passphrase].length > 1024)
    first = 'That is longer than Kith accepts (1024 characters).'
  else if (strength.score < MIN_ACCEPTED_SCORE) {
    first =
      `Too easy to guess (${strength.label.toLowerCase()}). ${strength.suggestions[0] ?? ''}`.trim()
  }
  let second: string | null = null
  if (confirm.length === 0) second = 'Type the passphrase again.'
  else if (confirm !== passphrase) second = "The two passphrases don't match."
  return { passphrase: first, confirm: second }
}
