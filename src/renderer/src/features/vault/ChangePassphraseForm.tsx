import { useState, type FormEvent } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { useVaultStatus } from '../../state/data'
import { NewPassphraseFields } from './NewPassphraseFields'
import { useNewPassphrase } from './useNewPassphrase'
import { vaultErrorMessage } from './vaultErrors'

/**
 * A new passphrase with strength feedback; the core rewraps the master key only. The contract
 * takes no current passphrase: the vault is already unlocked in this window.
 */
export function ChangePassphraseForm() {
  const owner = useVaultStatus()?.ownerName ?? ''
  const pass = useNewPassphrase([owner])
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setDone(false)
    if (!pass.validate()) return
    setBusy(true)
    setError(null)
    try {
      await call('vault.changePassphrase', { next: pass.passphrase })
      setDone(true)
      pass.reset()
    } catch (caught) {
      setError(vaultErrorMessage(caught))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="change-pass-title">
      <h3 id="change-pass-title">Change passphrase</h3>
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
