import { PassphraseField } from './PassphraseField'
import { StrengthMeter } from './StrengthMeter'
import type { NewPassphraseProblems } from './newPassphrase'
import type { Strength } from './passphraseStrength'

export interface NewPassphraseFieldsProps {
  passphrase: string
  confirm: string
  onPassphrase: (value: string) => void
  onConfirm: (value: string) => void
  strength: Strength
  /** Problems to show; only after the user tried to submit, so typing is not scolded. */
  problems: NewPassphraseProblems | null
  label?: string
}

/** A new passphrase with live strength feedback, and its confirmation. */
export function NewPassphraseFields({
  passphrase,
  confirm,
  onPassphrase,
  onConfirm,
  strength,
  problems,
  label = 'Passphrase',
}: NewPassphraseFieldsProps) {
  return (
    <>
      <PassphraseField
        label={label}
        name="new-passphrase"
        autoComplete="new-password"
        value={passphrase}
        onChange={(event) => onPassphrase(event.target.value)}
        error={problems?.passphrase}
      />
      <StrengthMeter strength={strength} empty={passphrase.length === 0} />
      <PassphraseField
        label={`Confirm ${label.toLowerCase()}`}
        name="confirm-passphrase"
        autoComplete="new-password"
        value={confirm}
        onChange={(event) => onConfirm(event.target.value)}
        error={problems?.confirm}
      />
    </>
  )
}
