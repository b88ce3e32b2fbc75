import type { DigestContent } from '../shared/reachOut/digest'

/**
 * Electron's side of reminders, as pure builders behind small interfaces so they can be tested
 * without Electron's binary: the login item, the tray menu and the digest notification.
 */

export interface ReminderSettings {
  digestEnabled?: boolean
  startAtLogin?: boolean
  trayIcon?: boolean
}

/** What `app.setLoginItemSettings` gets: start hidden at login, only when the user asked. */
export function loginItemOptions(settings: ReminderSettings): {
  openAtLogin: boolean
  openAsHidden: boolean
  args: string[]
} {
  const on = settings.startAtLogin === true
  return { openAtLogin: on, openAsHidden: on, args: on ? ['--hidden'] : [] }
}

export interface TrayItem {
  label: string
  action: 'open' | 'reachout' | 'quit'
}

/** The tray menu: never a name or a count while the vault is locked. */
export function trayMenu(state: { locked: boolean; dueToday: number }): {
  tooltip: string
  items: TrayItem[]
} {
  if (state.locked)
    return {
      tooltip: 'Kith (locked)',
      items: [
        { label: 'Open Kith', action: 'open' },
        { label: 'Quit', action: 'quit' },
      ],
    }
  return {
    tooltip: state.dueToday > 0 ? `Kith: ${state.dueToday} to reach out to` : 'Kith',
    items: [
      { label: 'Open Kith', action: 'open' },
      { label: 'Reach out', action: 'reachout' },
      { label: 'Quit', action: 'quit' },
    ],
  }
}

/** The slice of Electron's `Notification` the digest needs; tests pass a fake. */
export interface Notifier {
  isSupported: () => boolean
  show: (options: { title: string; body: string; silent: boolean }, onClick: () => void) => void
}

/** Shows the digest (if any) and opens Reach out when it is clicked. */
export function showDigest(
  notifier: Notifier,
  content: DigestContent | null,
  openView: (view: DigestContent['view']) => void,
): boolean {
  if (!content || !notifier.isSupported()) return false
  notifier.show({ title: content.title, body: content.body, silent: false }, () =>
    openView(content.view),
  )
  return true
}
