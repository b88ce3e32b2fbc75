import { useEffect } from 'react'
import { call } from '../../api/client'
import { registerCommands, type PaletteCommand } from '../../state/commands'
import { useUi, VIEWS, type Theme } from '../../state/ui'

/** The shell's own palette commands: go to a view, capture, new person, lock, settings, theme. */
export function useWorkspaceCommands(lock: () => void): void {
  useEffect(() => {
    const ui = () => useUi.getState()
    const setTheme = (theme: Theme) => {
      ui().setTheme(theme)
      void call('settings.update', { patch: { theme } }).catch(() => undefined)
    }
    const commands: PaletteCommand[] = [
      ...VIEWS.map((view, index): PaletteCommand => ({
        id: `view.${view.id}`,
        label: `Go to ${view.label}`,
        group: 'Navigate',
        shortcut: String(index + 1),
        run: () => ui().setView(view.id),
      })),
      {
        id: 'people.new',
        label: 'New person',
        group: 'People',
        shortcut: 'N',
        run: () => ui().openNewPerson(),
      },
      {
        id: 'journal.capture',
        label: 'New journal entry',
        group: 'Journal',
        shortcut: 'J',
        keywords: ['log', 'note', 'meeting'],
        run: () => ui().openCapture(),
      },
      {
        id: 'vault.lock',
        label: 'Lock the vault',
        group: 'Vault',
        shortcut: 'Ctrl+Shift+L',
        run: lock,
      },
      {
        id: 'settings.open',
        label: 'Settings',
        group: 'Vault',
        keywords: ['preferences', 'backup', 'passphrase', 'auto-lock', 'about'],
        run: () => ui().setSettingsOpen(true),
      },
      {
        id: 'help.shortcuts',
        label: 'Keyboard shortcuts',
        group: 'Help',
        shortcut: '?',
        run: () => ui().setShortcutsOpen(true),
      },
      {
        id: 'theme.light',
        label: 'Theme: light',
        group: 'Appearance',
        run: () => setTheme('light'),
      },
      { id: 'theme.dark', label: 'Theme: dark', group: 'Appearance', run: () => setTheme('dark') },
      {
        id: 'theme.system',
        label: 'Theme: same as the system',
        group: 'Appearance',
        run: () => setTheme('system'),
      },
    ]
    return registerCommands(commands)
  }, [lock])
}
