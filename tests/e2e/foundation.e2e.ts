import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AboutPage } from './support/aboutPage'
import { launchChromium, screenshotPath, type LaunchedBrowser } from './support/browser'
import { startTestHarness, type TestHarness } from './support/harness'

describe('the renderer and the core, end to end in Chromium', () => {
  let harness: TestHarness
  let chromium: LaunchedBrowser

  beforeAll(async () => {
    harness = await startTestHarness()
    chromium = await launchChromium()
  })

  afterAll(async () => {
    await chromium?.close()
    await harness?.stop()
  })

  it('calls app.info through window.kith and shows the answer', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    const about = new AboutPage(page)
    await about.open(harness.url)
    expect(await about.version()).toBe('0.0.0-test')
    expect(await about.runtime()).toBe('browser-harness')
    expect(await page.evaluate(() => Object.keys(window.kith ?? {}).sort())).toEqual(['call', 'on'])
    await page.screenshot({ path: screenshotPath('foundation-about') })
    expect(errors).toEqual([])
    await page.close()
  })

  it('refuses a page request without the token', async () => {
    const page = await chromium.browser.newPage()
    const response = await page.goto(harness.origin + '/')
    expect(response?.status()).toBe(403)
    await page.close()
  })

  it('refuses an API call from a page of another origin', async () => {
    const page = await chromium.browser.newPage()
    await page.goto('about:blank')
    const status = await page.evaluate(async (origin) => {
      try {
        const response = await fetch(`${origin}/__kith/call`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ method: 'app.info', input: {} }),
        })
        return response.status
      } catch {
        return 'blocked'
      }
    }, harness.origin)
    expect(status === 403 || status === 'blocked').toBe(true)
    await page.close()
  })

  it('enforces the Content-Security-Policy: an injected inline script does not run', async () => {
    const page = await chromium.browser.newPage()
    await new AboutPage(page).open(harness.url)
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.body.appendChild(script)
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true
    })
    expect(ran).toBe(false)
    await page.close()
  })
})
