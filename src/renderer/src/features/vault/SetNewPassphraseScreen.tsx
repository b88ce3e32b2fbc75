import { useState, type FormEvent } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { useVaultStatus } from '../../state/data'
import { NewPassphraseFields } from './NewPassphraseFields'
import { useNewPassphrase } from './useNewPassphrase'
import { VaultScreen } from './VaultScreen'
import { vaultErrorMessage } from './vaultErrors'
import { setVaultFlow } from './vaultFlow'

/** After unlocking with the recovery key: a new passphrase replaces the forgotten one. */
export function SetNewPassphraseScreen() {
  const owner = useVaultStatus()?.ownerName ?? ''
  const pass = useNewPassphrase([owner])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!pass.validate()) return
    setBusy(true)
    setError(null)
    try {
      await call('vault.changePassphrase', { next: pass.passphrase })
      setVaultFlow({ mustSetPassphrase: false })
    } catch (caught) {
      setError(vaultErrorMessage(caught))
      setBusy(false)
    }
  }
  return (
    <VaultScreen label="Passphrase reset">
      <form className="card" onSubmit={(event) => void submit(event)} noValidate>
        <h1>Set a new passphrase</h1>
        <p>
          Your recovery key opened the vault. Choose a new passphrase now; your recovery key keeps
          working.
        </p>
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
        <Button type="submit" variant="primary" busy={busy} className="btn-block">
          Save new passphrase
        </Button>
      </form>
    </VaultScreen>
  )
}
