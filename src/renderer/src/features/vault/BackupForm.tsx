import { useState, type FormEvent } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { formatBytes } from './backupText'
import { NewPassphraseFields } from './NewPassphraseFields'
import { useNewPassphrase } from './useNewPassphrase'
import { vaultErrorMessage } from './vaultErrors'

/** Writes an encrypted backup of the whole vault, under a passphrase of its own. */
export function BackupForm() {
  const pass = useNewPassphrase()
  const [result, setResult] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setResult(null)
    if (!pass.validate()) return
    setBusy(true)
    setError(null)
    try {
      const backup = await call('vault.backup', { passphrase: pass.passphrase })
      setResult(`Saved “${backup.fileName}” (${formatBytes(backup.bytes)}) in the backups folder.`)
      pass.reset()
    } catch (caught) {
      setError(vaultErrorMessage(caught))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="backup-title">
      <h3 id="backup-title">Make a backup</h3>
      <p className="muted">
        The backup file is encrypted with the passphrase you choose here. Restoring it later needs
        that passphrase; the restored vault opens with the passphrase it has today.
      </p>
      <NewPassphraseFields
        label="Backup passphrase"
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
      {result ? (
        <p className="notice notice-ok" role="status" data-testid="backup-result">
          {result}
        </p>
      ) : null}
      <Button type="submit" busy={busy}>
        {busy ? 'Writing the backup…' : 'Make a backup'}
      </Button>
    </form>
  )
}
