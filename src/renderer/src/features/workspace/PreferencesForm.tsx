import { useState } from 'react'
import { call } from '../../api/client'
import { refreshStatus, useVaultStatus } from '../../state/data'
import { isTheme } from '../../state/theme'
import { useUi, type Theme } from '../../state/ui'
import { vaultErrorMessage } from '../vault/vaultErrors'

const AUTO_LOCK_CHOICES = [1, 5, 10, 15, 30, 60, 120, 0]
const THEMES: { id: Theme; label: string }[] = [
  { id: 'system', label: 'Same as the system' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
]

/** Auto-lock minutes and theme, saved in the vault's settings record. */
export function PreferencesForm() {
  const minutes = useVaultStatus()?.autoLockMinutes ?? 10
  const theme = useUi((state) => state.theme)
  const setTheme = useUi((state) => state.setTheme)
  const [error, setError] = useState<string | null>(null)
  const choices = AUTO_LOCK_CHOICES.includes(minutes)
    ? AUTO_LOCK_CHOICES
    : [...AUTO_LOCK_CHOICES, minutes].sort((a, b) => a - b)

  const save = async (patch: { autoLockMinutes?: number; theme?: Theme }) => {
    setError(null)
    try {
      await call('settings.update', { patch })
      // The status carries autoLockMinutes: refresh now rather than wait for data.changed.
      if (patch.autoLockMinutes !== undefined) await refreshStatus()
    } catch (caught) {
      setError(vaultErrorMessage(caught))
    }
  }

  return (
    <div>
      <div className="field">
        <label className="field-label" htmlFor="auto-lock">
          Lock automatically after
        </label>
        <select
          id="auto-lock"
          value={minutes}
          onChange={(event) => void save({ autoLockMinutes: Number(event.target.value) })}
        >
          {choices.map((value) => (
            <option key={value} value={value}>
              {value === 0 ? 'Never' : `${value} minute${value === 1 ? '' : 's'} without activity`}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="choice-list">
        <legend className="field-label">Theme</legend>
        {THEMES.map((item) => (
          <label key={item.id} className="choice">
            <input
              type="radio"
              name="theme"
              value={item.id}
              checked={theme === item.id}
              onChange={(event) => {
                const value = event.target.value
                if (!isTheme(value)) return
                setTheme(value)
                void save({ theme: value })
              }}
            />
            <span>{item.label}</span>
          </label>
        ))}
      </fieldset>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
