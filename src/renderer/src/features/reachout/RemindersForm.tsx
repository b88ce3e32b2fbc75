import { useState } from 'react'
import { call } from '../../api/client'
import { useSnapshot } from '../../state/data'
import { errorMessage } from '../people/useCoreQuery'

type ReminderPatch = {
  digestEnabled?: boolean
  digestTime?: string
  digestShowDetails?: boolean
  startAtLogin?: boolean
  trayIcon?: boolean
}

/** The daily digest (off by default, private by default) and, in the desktop app, login and tray. */
export function RemindersForm({ desktop }: { desktop: boolean }) {
  const settings = useSnapshot()?.settings
  const [error, setError] = useState<string | null>(null)
  const save = async (patch: ReminderPatch) => {
    setError(null)
    try {
      await call('settings.update', { patch })
    } catch (caught) {
      setError(errorMessage(caught))
    }
  }
  const enable = async (on: boolean) => {
    if (on && typeof Notification !== 'undefined' && Notification.permission === 'default')
      await Notification.requestPermission()
    if (on && typeof Notification !== 'undefined' && Notification.permission === 'denied') {
      setError('Notifications are blocked for Kith: allow them in the system or browser settings.')
      return
    }
    await save({ digestEnabled: on })
  }
  const enabled = settings?.digestEnabled === true
  return (
    <div className="reminders-form">
      <label className="checkbox">
        <input type="checkbox" checked={enabled} onChange={(e) => void enable(e.target.checked)} />{' '}
        A daily reminder of who to reach out to
      </label>
      <div className="field">
        <label className="field-label" htmlFor="digest-time">
          At
        </label>
        <input
          id="digest-time"
          type="time"
          disabled={!enabled}
          value={settings?.digestTime ?? '08:30'}
          onChange={(e) => {
            if (/^\d{2}:\d{2}$/.test(e.target.value)) void save({ digestTime: e.target.value })
          }}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          disabled={!enabled}
          checked={settings?.digestShowDetails === true}
          onChange={(e) => void save({ digestShowDetails: e.target.checked })}
        />{' '}
        Show names and reasons in the notification (otherwise only how many and one first name)
      </label>
      {desktop ? (
        <>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={settings?.startAtLogin === true}
              onChange={(e) => void save({ startAtLogin: e.target.checked })}
            />{' '}
            Start Kith when I log in
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={settings?.trayIcon === true}
              onChange={(e) => void save({ trayIcon: e.target.checked })}
            />{' '}
            Keep an icon in the tray while the vault is locked
          </label>
        </>
      ) : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
