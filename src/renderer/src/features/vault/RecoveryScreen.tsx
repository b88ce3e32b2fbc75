import { useState } from 'react'
import type { VaultStatusView } from '../../../../shared/ipc'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { setVaultStatus } from '../../state/data'
import { RestoreDialog } from './RestoreDialog'
import { VaultScreen } from './VaultScreen'
import { vaultErrorMessage } from './vaultErrors'
import { setVaultFlow } from './vaultFlow'

const SHOWN_IDS = 200

/**
 * The vault opened, but its integrity check failed: it is read-only. Say what failed, which
 * records, and offer the ways out: export what still verifies, restore a backup, or look around.
 */
export function RecoveryScreen({ status }: { status: VaultStatusView }) {
  const recovery = status.recovery
  const [exported, setExported] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [restoreOpen, setRestoreOpen] = useState(false)
  if (!recovery) return null
  const bad = recovery.badRecordIds

  const exportVerified = async () => {
    setBusy(true)
    setError(null)
    try {
      const result = await call('vault.exportVerified', {})
      setExported(
        `Saved ${result.records} record${result.records === 1 ? '' : 's'} to “${result.fileName}” in the backups folder. That file is NOT encrypted: move it somewhere safe and delete it when you are done.`,
      )
    } catch (caught) {
      setError(vaultErrorMessage(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <VaultScreen label="Recovery mode" wide>
      <section className="card" aria-labelledby="recovery-mode-title">
        <p className="banner banner-danger" role="alert">
          Recovery mode: this vault is open read-only because its integrity check failed.
        </p>
        <h1 id="recovery-mode-title">Part of this vault could not be verified</h1>
        <p>
          <strong>What failed:</strong> {recovery.reason}
        </p>
        <h2>
          {bad.length} record{bad.length === 1 ? '' : 's'} failed to verify
        </h2>
        {bad.length > 0 ? (
          <ul
            className="bad-ids mono"
            data-testid="bad-record-ids"
            tabIndex={0}
            aria-label="Records that failed"
          >
            {bad.slice(0, SHOWN_IDS).map((id) => (
              <li key={id}>{id}</li>
            ))}
            {bad.length > SHOWN_IDS ? <li>… and {bad.length - SHOWN_IDS} more</li> : null}
          </ul>
        ) : (
          <p className="muted">
            No single record failed: records are missing, duplicated or from an older copy.
          </p>
        )}
        {exported ? (
          <p className="notice" role="status">
            {exported}
          </p>
        ) : null}
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="button-row">
          <Button variant="primary" busy={busy} onClick={() => void exportVerified()}>
            Export what still verifies
          </Button>
          <Button onClick={() => setRestoreOpen(true)}>Restore from a backup…</Button>
          <Button onClick={() => setVaultFlow({ recoveryAcknowledged: true })}>
            Look around (read-only)
          </Button>
          <Button
            variant="ghost"
            onClick={() => void call('vault.lock', {}).then(setVaultStatus, () => undefined)}
          >
            Lock
          </Button>
        </div>
      </section>
      <RestoreDialog open={restoreOpen} onClose={() => setRestoreOpen(false)} />
    </VaultScreen>
  )
}
