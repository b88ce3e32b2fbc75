import { useEffect } from 'react'
import { useUi } from '../../state/ui'
import { isTypingTarget, shortcutFor, type ShortcutAction } from './shortcuts'

/** Runs an action of the global shortcuts; `lock` is passed in (it calls the API). */
function perform(action: ShortcutAction, lock: () => void): void {
  const ui = useUi.getState()
  switch (action.kind) {
    case 'palette':
      if (ui.paletteOpen) ui.closePalette()
      else ui.openPalette()
      return
    case 'search':
      ui.openPalette()
      return
    case 'newPerson':
      ui.openNewPerson()
      return
    case 'capture':
      ui.openCapture()
      return
    case 'view':
      ui.setView(action.view)
      return
    case 'shortcuts':
      ui.setShortcutsOpen(true)
      return
    case 'lock':
      lock()
      return
    case 'escape':
      if (ui.selectedPersonId) {
        ui.closePanel()
        // The panel held focus; keep keyboard users in the view instead of at the page top.
        document.getElementById('workspace-main')?.focus()
      }
      return
  }
}

function modalOpen(): boolean {
  return document.querySelector('dialog[open], [aria-modal="true"]') !== null
}

/** The workspace's keyboard shortcuts (see `SHORTCUTS`), on the whole window while mounted. */
export function useGlobalShortcuts(lock: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      const action = shortcutFor(event, isTypingTarget(event.target))
      if (!action) return
      // A dialog owns the keyboard: only the palette toggle and lock reach past it.
      if (modalOpen() && action.kind !== 'palette' && action.kind !== 'lock') return
      event.preventDefault()
      perform(action, lock)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [lock])
}
