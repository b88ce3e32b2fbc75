import { useState, type FormEvent } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { NewPassphraseFields } from './NewPassphraseFields'
import { useNewPassphrase } from './useNewPassphrase'
import { vaultErrorMessage } from './vaultErrors'
import { setVaultFlow } from './vaultFlow'

/** Owner's name and a new passphrase; on success the recovery key screen takes over. */
export function CreateVaultForm() {
  const [ownerName, setOwnerName] = useState('')
  const [nameError, setNameError] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const pass = useNewPassphrase([ownerName])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const name = ownerName.trim()
    setNameError(name ? null : 'Your name is how Kith knows which person on the map is you.')
    const passphraseOk = pass.validate()
    if (!name || !passphraseOk) return
    setBusy(true)
    setError(null)
    try {
      const { recoveryKey } = await call('vault.create', {
        ownerName: name,
        passphrase: pass.passphrase,
      })
      // Set before anything re-renders as unlocked: the key must be seen before the workspace.
      setVaultFlow({ recoveryKey })
    } catch (caught) {
      setError(vaultErrorMessage(caught))
      setBusy(false)
    }
  }

  return (
    <form
      className="card"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="create-title"
      noValidate
    >
      <h2 id="create-title">Create your vault</h2>
      <Field
        label="Your name"
        name="owner-name"
        autoComplete="name"
        autoFocus
        value={ownerName}
        onChange={(event) => setOwnerName(event.target.value)}
        error={nameError}
        hint="You are the centre of your map."
      />
      <NewPassphraseFields
        passphrase={pass.passphrase}
        confirm={pass.confirm}
        onPassphrase={pass.setPassphrase}
        onConfirm={pass.setConfirm}
        strength={pass.strength}
        problems={pass.problems}
      />
      <p className="field-hint">
        Kith cannot reset a forgotten passphrase. You will get a recovery key next.
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <Button type="submit" variant="primary" busy={busy} className="btn-block">
        {busy ? 'Creating your vault…' : 'Create vault'}
      </Button>
    </form>
  )
}
