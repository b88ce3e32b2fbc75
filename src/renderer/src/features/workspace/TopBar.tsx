import type { VaultStatusView } from '../../../../shared/ipc'
import { useUi, VIEWS } from '../../state/ui'
import { LockIcon } from './LockIcon'

/** View switcher, search, capture, settings and lock; the workspace's only chrome. */
export function TopBar({ status, onLock }: { status: VaultStatusView; onLock: () => void }) {
  const view = useUi((state) => state.view)
  const setView = useUi((state) => state.setView)
  const openPalette = useUi((state) => state.openPalette)
  const openCapture = useUi((state) => state.openCapture)
  const setSettingsOpen = useUi((state) => state.setSettingsOpen)
  const setShortcutsOpen = useUi((state) => state.setShortcutsOpen)
  return (
    <header className="topbar">
      <div className="topbar-brand">
        <span className="vault-logo" aria-hidden="true">
          ◍
        </span>
        <span className="topbar-name">Kith</span>
        {status.isDemo ? <span className="badge">Demo</span> : null}
      </div>
      <nav aria-label="Views" className="topbar-views">
        {VIEWS.map((item, index) => (
          <button
            key={item.id}
            type="button"
            className="view-tab"
            aria-current={view === item.id ? 'page' : undefined}
            aria-keyshortcuts={String(index + 1)}
            onClick={() => setView(item.id)}
          >
            {item.label}
          </button>
        ))}
      </nav>
      <div className="topbar-actions">
        <button
          type="button"
          className="search-button"
          onClick={openPalette}
          aria-keyshortcuts="Control+K Meta+K /"
          aria-label="Search or run a command"
          data-testid="open-palette"
        >
          <span aria-hidden="true">⌕</span>
          <span className="search-label">Search or run a command…</span>
          <kbd aria-hidden="true">Ctrl K</kbd>
        </button>
        <button
          type="button"
          className="btn btn-primary btn-small"
          onClick={() => openCapture()}
          aria-keyshortcuts="J"
          disabled={status.readOnly}
        >
          + Log
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-small"
          onClick={() => setShortcutsOpen(true)}
          aria-label="Keyboard shortcuts"
          aria-keyshortcuts="?"
        >
          ?
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-small"
          onClick={() => setSettingsOpen(true)}
          data-testid="open-settings"
        >
          Settings
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={onLock}
          aria-keyshortcuts="Control+Shift+L"
          data-testid="lock"
        >
          <LockIcon /> Lock
        </button>
      </div>
    </header>
  )
}
