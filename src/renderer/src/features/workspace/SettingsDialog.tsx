import { Dialog } from '../../components/Dialog'
import { useUi } from '../../state/ui'
import { AboutPanel } from '../about/AboutPanel'
import { useAppInfo } from '../about/useAppInfo'
import { RemindersForm } from '../reachout/RemindersForm'
import { BackupForm } from '../vault/BackupForm'
import { ChangePassphraseForm } from '../vault/ChangePassphraseForm'
import { PreferencesForm } from './PreferencesForm'

/** Settings: preferences, passphrase, backup, and About. */
export function SettingsDialog({ readOnly }: { readOnly: boolean }) {
  const { info } = useAppInfo()
  const open = useUi((state) => state.settingsOpen)
  const setOpen = useUi((state) => state.setSettingsOpen)
  return (
    <Dialog
      open={open}
      onClose={() => setOpen(false)}
      title="Settings"
      size="large"
      data-testid="settings"
    >
      <div className="settings-grid">
        <section className="settings-section" aria-labelledby="prefs-title">
          <h3 id="prefs-title">Preferences</h3>
          <PreferencesForm />
        </section>
        <section className="settings-section" aria-labelledby="reminders-title">
          <h3 id="reminders-title">Reminders</h3>
          <RemindersForm desktop={info?.runtime === 'electron'} />
        </section>
        {readOnly ? (
          <p className="notice notice-warn">
            This vault is open read-only: its passphrase cannot be changed now.
          </p>
        ) : (
          <section className="settings-section">
            <ChangePassphraseForm />
          </section>
        )}
        <section className="settings-section">
          <BackupForm />
        </section>
        <section className="settings-section">
          <AboutPanel />
        </section>
      </div>
    </Dialog>
  )
}
