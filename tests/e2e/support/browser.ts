import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM_PATH = process.env.KITH_CHROMIUM ?? '/usr/bin/chromium'
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../../.artifacts/screenshots')

export interface LaunchedBrowser {
  browser: Browser
  close: () => Promise<void>
}

/**
 * Debian's Chromium with the flags that keep it quiet on a machine without network. Playwright
 * gives every `launch` a fresh, empty profile directory of its own and removes it on close.
 */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  })
  return {
    browser,
    close: () => browser.close(),
  }
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  return path.join(SCREENSHOT_DIR, `${name}.png`)
}
