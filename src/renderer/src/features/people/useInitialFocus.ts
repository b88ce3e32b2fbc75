import { useEffect, useRef } from 'react'

/**
 * Focuses an element once it is mounted, and again each time `enabled` turns true (a dialog that
 * stays mounted while closed). Inside a `Dialog`, `autoFocus` is not enough: the
 * dialog's `showModal()` runs in a layout effect after the children mount and moves focus to its
 * first focusable element; a passive effect runs after that.
 */
export function useInitialFocus<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null)
  useEffect(() => {
    if (enabled) ref.current?.focus()
  }, [enabled])
  return ref
}
