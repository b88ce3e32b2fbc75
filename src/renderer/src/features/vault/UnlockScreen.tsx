import { useState, type FormEvent } from 'react'
import type { VaultStatusView } from '../../../../shared/ipc'
import { call, KithApiError } from '../../api/client'
import { Button } from '../../components/Button'
import { setVaultStatus } from '../../state/data'
import { PassphraseField } from './PassphraseField'
import { RestoreDialog } from './RestoreDialog'
import { VaultScreen } from './VaultScreen'
import { VaultSwitcher } from './VaultSwitcher'
import { vaultErrorMessage } from './vaultErrors'
import { setVaultFlow, useVaultFlow } from './vaultFlow'

type Mode = 'passphrase' | 'recoveryKey'

// The core's name for the user's own vault file (src/core/session/vaultFiles.ts).
const DEFAULT_VAULT_NAME = 'vault'

/** Unlock with the passphrase, or with the recovery key (then a new passphrase must be set). */
export function UnlockScreen({ status }: { status: VaultStatusView }) {
  const [mode, setMode] = useState<Mode>('passphrase')
  const [secret, setSecret] = useState('')
  const [error, setError] = useState<{ message: string; code: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [restoreOpen, setRestoreOpen] = useState(false)
  const lockReason = useVaultFlow((state) => state.lockReason)
  const notice = useVaultFlow((state) => state.notice)

  const switchMode = (next: Mode) => {
    setMode(next)
    setSecret('')
    setError(null)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!secret.trim()) {
      setError({
        message: mode === 'passphrase' ? 'Type your passphrase.' : 'Type your recovery key.',
        code: 'EMPTY',
      })
      return
    }
    setBusy(true)
    setError(null)
    // Set before the call: the unlocked event may re-render the app before the answer arrives.
    if (mode === 'recoveryKey') setVaultFlow({ mustSetPassphrase: true })
    try {
      const next = await call(
        'vault.unlock',
        mode === 'passphrase' ? { passphrase: secret } : { recoveryKey: secret },
      )
      setVaultFlow({ lockReason: null, notice: null, recoveryAcknowledged: false })
      setVaultStatus(next)
    } catch (caught) {
      if (mode === 'recoveryKey') setVaultFlow({ mustSetPassphrase: false })
      setError({
        message: vaultErrorMessage(caught, mode),
        code: caught instanceof KithApiError ? caught.code : 'UNKNOWN',
      })
      setBusy(false)
    }
  }

  return (
    <VaultScreen label="Unlock">
      <form className="card" onSubmit={(event) => void submit(event)} noValidate>
        <h1 className="unlock-title">
          Unlock {status.isDemo ? 'the demo vault' : 'your vault'}
          {status.isDemo ? <span className="badge">Demo</span> : null}
        </h1>
        {status.vaultName !== DEFAULT_VAULT_NAME && !status.isDemo ? (
          <p className="muted">
            Vault <strong>“{status.vaultName}”</strong>
          </p>
        ) : null}
        {lockReason ? <p className="notice">{lockReason}</p> : null}
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        {status.warning ? <p className="notice notice-warn">{status.warning}</p> : null}
        <PassphraseField
          key={mode}
          label={mode === 'passphrase' ? 'Passphrase' : 'Recovery key'}
          name={mode === 'passphrase' ? 'passphrase' : 'recovery-key'}
          autoComplete={mode === 'passphrase' ? 'current-password' : 'off'}
          mono={mode === 'recoveryKey'}
          autoFocus
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          hint={
            mode === 'recoveryKey'
              ? 'The key you saved when you created the vault, e.g. ABCD-EFGH-…; you will set a new passphrase next.'
              : undefined
          }
        />
        {error ? (
          <p className="form-error" role="alert" data-testid="unlock-error" data-code={error.code}>
            {error.message}
          </p>
        ) : null}
        <Button type="submit" variant="primary" busy={busy} className="btn-block">
          {busy ? 'Unlocking…' : 'Unlock'}
        </Button>
        <div className="unlock-links">
          <button
            type="button"
            className="link-button"
            onClick={() => switchMode(mode === 'passphrase' ? 'recoveryKey' : 'passphrase')}
          >
            {mode === 'passphrase' ? 'Use recovery key instead' : 'Use passphrase instead'}
          </button>
          <button type="button" className="link-button" onClick={() => setRestoreOpen(true)}>
            Restore from a backup…
          </button>
        </div>
      </form>
      <VaultSwitcher current={status.vaultName} />
      <RestoreDialog open={restoreOpen} onClose={() => setRestoreOpen(false)} />
    </VaultScreen>
  )
}
