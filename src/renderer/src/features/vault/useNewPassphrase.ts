import { useMemo, useState } from 'react'
import { newPassphraseProblems, type NewPassphraseProblems } from './newPassphrase'
import { estimateStrength } from './passphraseStrength'

/** State of a "new passphrase + confirmation" pair; `validate()` shows problems from then on. */
export function useNewPassphrase(personal: readonly string[] = []) {
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const [tried, setTried] = useState(false)
  const personalKey = personal.join('\n')
  const strength = useMemo(
    () => estimateStrength(passphrase, personalKey ? personalKey.split('\n') : []),
    [passphrase, personalKey],
  )
  const current = newPassphraseProblems(passphrase, confirm, strength)
  const problems: NewPassphraseProblems | null = tried ? current : null
  return {
    passphrase,
    confirm,
    setPassphrase,
    setConfirm,
    strength,
    problems,
    /** Marks the form as submitted; true when the passphrase can be used. */
    validate: (): boolean => {
      setTried(true)
      return current.passphrase === null && current.confirm === null
    },
    reset: () => {
      setPassphrase('')
      setConfirm('')
      setTried(false)
    },
  }
}
