import { useEffect, useState, type FormEvent } from 'react'
import type { MethodOutput } from '../../../../shared/ipc'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { refreshStatus } from '../../state/data'
import { formatBytes } from './backupText'
import { readFileAsBase64 } from './fileBase64'
import { PassphraseField } from './PassphraseField'
import { vaultErrorMessage } from './vaultErrors'
import { setVaultFlow } from './vaultFlow'
import { formatDateTime } from '../../format'

type Backups = MethodOutput<'vault.listBackups'>
const PICK_FILE = '\u0000file'

/**
 * Restores a backup (one from the data folder's backups, or a file the user picks) into a NEW
 * vault beside the others; the core selects it, locked, and the unlock screen takes over.
 */
export function RestoreDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Restore from a backup" size="medium">
      <RestoreForm onDone={onClose} />
    </Dialog>
  )
}

function RestoreForm({ onDone }: { onDone: () => void }) {
  const [backups, setBackups] = useState<Backups | null>(null)
  const [choice, setChoice] = useState<string>(PICK_FILE)
  const [file, setFile] = useState<File | null>(null)
  const [passphrase, setPassphrase] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    call('vault.listBackups', {}).then(
      (list) => {
        if (!live) return
        const sorted = [...list].sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt))
        setBackups(sorted)
        if (sorted[0]) setChoice(sorted[0].fileName)
      },
      () => live && setBackups([]),
    )
    return () => {
      live = false
    }
  }, [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (choice === PICK_FILE && !file) return setError('Choose a backup file.')
    if (!passphrase) return setError("Type the backup's passphrase.")
    setBusy(true)
    setError(null)
    try {
      const source =
        choice === PICK_FILE && file
          ? { contentBase64: await readFileAsBase64(file) }
          : { fileName: choice }
      const { vaultName } = await call('vault.restore', { ...source, passphrase })
      setVaultFlow({
        notice: `Restored into a new vault, “${vaultName}”. Unlock it with the passphrase the vault had when the backup was made.`,
        lockReason: null,
        recoveryAcknowledged: false,
      })
      await refreshStatus()
      onDone()
    } catch (caught) {
      setError(vaultErrorMessage(caught))
      setBusy(false)
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p className="dialog-description">
        Your current vaults are left as they are: the backup becomes a new vault.
      </p>
      <fieldset className="choice-list">
        <legend className="field-label">Backup</legend>
        {backups === null ? <p aria-busy="true">Looking for backups…</p> : null}
        {backups?.map((backup) => (
          <label key={backup.fileName} className="choice">
            <input
              type="radio"
              name="backup"
              value={backup.fileName}
              checked={choice === backup.fileName}
              onChange={() => setChoice(backup.fileName)}
            />
            <span>
              <span className="mono">{backup.fileName}</span>
              <span className="muted">
                {' '}
                · {formatDateTime(backup.modifiedAt)} · {formatBytes(backup.bytes)}
              </span>
            </span>
          </label>
        ))}
        <label className="choice">
          <input
            type="radio"
            name="backup"
            value={PICK_FILE}
            checked={choice === PICK_FILE}
            onChange={() => setChoice(PICK_FILE)}
          />
          <span>A backup file on this computer</span>
        </label>
        {choice === PICK_FILE ? (
          <input
            type="file"
            className="file-input"
            aria-label="Backup file"
            accept=".kithbackup,.kithbak"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        ) : null}
      </fieldset>
      <PassphraseField
        label="Backup passphrase"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        hint="The passphrase chosen when the backup was made."
      />
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog-footer">
        <Button onClick={onDone}>Cancel</Button>
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? 'Restoring…' : 'Restore'}
        </Button>
      </div>
    </form>
  )
}
