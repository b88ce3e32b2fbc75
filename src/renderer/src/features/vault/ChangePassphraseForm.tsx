import { useState, type FormEvent } from 'react'
import { call, KithApiError } from '../../api/client'
import { Button } from '../../components/Button'
import { useVaultStatus } from '../../state/data'
import { NewPassphraseFields } from './NewPassphraseFields'
import { PassphraseField } from './PassphraseField'
import { useNewPassphrase } from './useNewPassphrase'
import { vaultErrorMessage } from './vaultErrors'

/**
 * A new passphrase with strength feedback; the core checks the current one first (an unlocked,
 * unattended vault cannot be taken over), then rewraps the master key only.
 */
export function ChangePassphraseForm() {
  const owner = useVaultStatus()?.ownerName ?? ''
  const pass = useNewPassphrase([owner])
  const [current, setCurrent] = useState('')
  const [currentError, setCurrentError] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setDone(false)
    setCurrentError(current ? null : 'Type your current passphrase.')
    const newOk = pass.validate()
    if (!current || !newOk) return
    setBusy(true)
    setError(null)
    try {
      await call('vault.changePassphrase', {
        current: { passphrase: current },
        next: pass.passphrase,
      })
      setDone(true)
      setCurrent('')
      pass.reset()
    } catch (caught) {
      if (caught instanceof KithApiError && caught.code === 'WRONG_PASSPHRASE_OR_CORRUPT') {
        setCurrentError('That is not the current passphrase of this vault.')
      } else setError(vaultErrorMessage(caught))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="change-pass-title">
      <h3 id="change-pass-title">Change passphrase</h3>
      <PassphraseField
        label="Current passphrase"
        name="current-passphrase"
        autoComplete="current-password"
        value={current}
        onChange={(event) => setCurrent(event.target.value)}
        error={currentError ?? undefined}
      />
      <NewPassphraseFields
        label="New passphrase"
        passphrase={pass.passphrase}
        confirm={pass.confirm}
        onPassphrase={pass.setPassphrase}
        onConfirm={pass.setConfirm}
        strength={pass.strength}
        problems={pass.problems}
      />
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {done ? (
        <p className="notice notice-ok" role="status">
          Passphrase changed. Your recovery key still works.
        </p>
      ) : null}
      <Button type="submit" busy={busy}>
        Change passphrase
      </Button>
    </form>
  )
}
