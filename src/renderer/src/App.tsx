import { useEffect } from 'react'
import { clearToasts } from './components/toast'
import { RecoveryKeyScreen } from './features/vault/RecoveryKeyScreen'
import { DemoPassphraseScreen } from './features/vault/DemoPassphraseScreen'
import { FirstRunScreen } from './features/vault/FirstRunScreen'
import { RecoveryScreen } from './features/vault/RecoveryScreen'
import { SetNewPassphraseScreen } from './features/vault/SetNewPassphraseScreen'
import { UnlockScreen } from './features/vault/UnlockScreen'
import { VaultScreen } from './features/vault/VaultScreen'
import { lockReasonText, setVaultFlow, useVaultFlow } from './features/vault/vaultFlow'
import { Workspace } from './features/workspace/Workspace'
import {
  getVaultStatus,
  refreshStatus,
  startDataSync,
  useVaultStatus,
  useVaultStatusError,
} from './state/data'
import { useThemeSync } from './state/theme'
import { useUi } from './state/ui'

/** Routes between first run, unlock, the one-time vault steps, recovery mode and the workspace. */
export function App() {
  useThemeSync()
  useEffect(() => {
    const stop = startDataSync((reason) => {
      // Nothing of the last session stays on screen or in memory after a lock.
      useUi.getState().reset()
      clearToasts()
      setVaultFlow({
        recoveryKey: null,
        demo: null,
        mustSetPassphrase: false,
        recoveryAcknowledged: false,
        // A lock the renderer asked for because of idleness set its own reason just before.
        lockReason:
          lockReasonText(reason, getVaultStatus()?.autoLockMinutes ?? 0) ??
          useVaultFlow.getState().lockReason,
      })
    })
    void refreshStatus()
    return stop
  }, [])

  const status = useVaultStatus()
  const statusError = useVaultStatusError()
  const flow = useVaultFlow()

  if (flow.recoveryKey) return <RecoveryKeyScreen recoveryKey={flow.recoveryKey} />
  if (flow.demo) return <DemoPassphraseScreen demo={flow.demo} />
  if (!status) {
    return (
      <VaultScreen label="Starting">
        {statusError ? (
          <p role="alert" className="form-error">
            Kith could not reach its core: {statusError}
          </p>
        ) : (
          <p aria-busy="true">Opening Kith…</p>
        )}
      </VaultScreen>
    )
  }
  if (status.state === 'none') return <FirstRunScreen />
  if (status.state === 'locked') return <UnlockScreen status={status} />
  if (flow.mustSetPassphrase) return <SetNewPassphraseScreen />
  if (status.recovery && !flow.recoveryAcknowledged) return <RecoveryScreen status={status} />
  return <Workspace status={status} />
}
