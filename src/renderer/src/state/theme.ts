import { useEffect } from 'react'
import type { Theme } from './ui'
import { useUi } from './ui'
import { useSnapshot } from './data'

// Only the theme choice is kept outside the vault, so the lock screen has the right colours.
const STORAGE_KEY = 'kith.theme'

export function isTheme(value: unknown): value is Theme {
  return value === 'system' || value === 'light' || value === 'dark'
}

/** Sets `data-theme` on <html>; 'system' removes it so the prefers-color-scheme rules apply. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', theme)
}

export function storedTheme(): Theme {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY)
    return isTheme(value) ? value : 'system'
  } catch {
    return 'system'
  }
}

/**
 * Keeps <html data-theme> in step with the UI store, takes the vault's saved theme when it
 * unlocks, and remembers the last choice for the next lock screen. The App mounts it once.
 */
export function useThemeSync(): void {
  const theme = useUi((state) => state.theme)
  const saved = useSnapshot()?.settings?.theme
  useEffect(() => {
    if (saved) useUi.getState().setTheme(saved)
  }, [saved])
  useEffect(() => {
    applyTheme(theme)
    try {
      window.localStorage.setItem(STORAGE_KEY, theme)
    } catch {
      // Storage can be unavailable (private mode); the theme still applies for this session.
    }
  }, [theme])
}
