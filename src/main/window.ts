import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { APP_ENTRY_URL, secureWebPreferences } from './security'

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Kith',
    backgroundColor: '#14161a',
    webPreferences: secureWebPreferences(preloadPath),
  }
}

/** Creates the one window, loads the app origin and shows it once painted. */
export async function openMainWindow(
  create: (options: BrowserWindowConstructorOptions) => BrowserWindow,
  preloadPath: string,
): Promise<BrowserWindow> {
  const window = create(mainWindowOptions(preloadPath))
  window.once('ready-to-show', () => window.show())
  await window.loadURL(APP_ENTRY_URL)
  return window
}
