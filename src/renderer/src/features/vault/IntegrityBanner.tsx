import { useState } from 'react'
import type { VaultStatusView } from '../../../../shared/ipc'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { setVaultStatus } from '../../state/data'
import { vaultErrorMessage } from './vaultErrors'

/**
 * What the workspace says about the vault's integrity, every time it is not plainly healthy: the
 * same states `kith` prints on stderr. An older copy offers the explicit "this older copy is the
 * one I want" (asked twice); a missing mark is acknowledged.
 */
export function IntegrityBanner({ status }: { status: VaultStatusView }) {
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const run = async (method: 'vault.acceptOlderCopy' | 'vault.acknowledgeMissingMark') => {
    setBusy(true)
    setError(null)
    try {
      setVaultStatus(await call(method, {}))
      setConfirming(false)
    } catch (caught) {
      setError(vaultErrorMessage(caught))
    } finally {
      setBusy(false)
    }
  }

  const lines: string[] = []
  if (status.recovery) {
    lines.push('Recovery mode: read-only. Some records failed their integrity check.')
  } else if (status.readOnly && !status.rollback) {
    lines.push('This vault is open read-only.')
  }
  if (status.warning) lines.push(status.warning)
  if (lines.length === 0 && !status.rollback && !status.markMissing) return null

  return (
    <div className="banner banner-warn" role="status" data-testid="integrity-banner">
      {lines.length > 0 ? <p>{lines.join(' ')}</p> : null}
      {status.rollback ? (
        <div data-testid="rollback-banner">
          <p>
            <strong>Older copy: read-only.</strong> {status.rollback.message}
          </p>
          {status.recovery ? null : confirming ? (
            <p className="button-row">
              <span>
                Keep this copy? Changes made after change {status.rollback.fileEpoch} are not in it.
                The decision is recorded in the vault.
              </span>
              <Button
                variant="primary"
                busy={busy}
                onClick={() => void run('vault.acceptOlderCopy')}
              >
                Yes, this older copy is the one I want
              </Button>
              <Button variant="ghost" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
            </p>
          ) : (
            <p className="button-row">
              <Button onClick={() => setConfirming(true)}>
                This older copy is the one I want…
              </Button>
            </p>
          )}
        </div>
      ) : null}
      {status.markMissing ? (
        <p data-testid="mark-missing-banner">
          {status.markMissing}{' '}
          <Button busy={busy} onClick={() => void run('vault.acknowledgeMissingMark')}>
            Acknowledge
          </Button>
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
