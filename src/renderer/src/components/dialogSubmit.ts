/**
 * Ctrl/Cmd+Enter submits a dialog, every dialog the same way: its `onSubmit`, or else a click on
 * the enabled primary button of its footer (the action the dialog is for).
 */

export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
  /** True while an input method is composing: Enter then confirms the composition. */
  isComposing?: boolean
}

export function isSubmitShortcut(event: KeyLike): boolean {
  return (
    event.key === 'Enter' &&
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    !event.isComposing
  )
}

/** The footer's primary button a submit shortcut clicks, if there is one and it is enabled. */
export function primaryButton(dialog: ParentNode): HTMLButtonElement | null {
  const buttons = dialog.querySelectorAll<HTMLButtonElement>('.dialog-footer .btn-primary')
  const last = buttons[buttons.length - 1]
  return last && !last.disabled && last.getAttribute('aria-disabled') !== 'true' ? last : null
}

/** How the submit shortcut is written on this platform: "⌘+Enter" on Apple's, else "Ctrl+Enter". */
export function submitShortcutLabel(
  platform: string = globalThis.navigator?.platform ?? '',
): string {
  return /Mac|iPhone|iPad/.test(platform) ? '⌘+Enter' : 'Ctrl+Enter'
}
