import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dispatch } from '../../src/core/dispatch'
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
    await page.goto(harness.origin + '/')
    // Only a page that says how to get in: no app, no bridge, no token.
    await page.getByText('Open the URL with its token').waitFor()
    expect(await page.content()).not.toContain(harness.token)
    expect(await page.evaluate(() => 'kith' in window)).toBe(false)
    await page.close()
  })

  it('refuses API calls from a page of another origin: nothing happens in the core', async () => {
    // A foreign page on another local port: same site as the harness, so even its cookie is sent.
    const foreign = createServer((_req, res) => res.end('<!doctype html><title>elsewhere</title>'))
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve))
    const page = await chromium.browser.newPage()
    await page.goto(harness.url)
    await page.goto(`http://127.0.0.1:${(foreign.address() as AddressInfo).port}/`)
    // Both the kinds of request a foreign page can send: a CORS request (preflighted) and a
    // "simple" no-cors POST, which the browser does send without asking.
    await page.evaluate(async (origin) => {
      const body = JSON.stringify({
        method: 'vault.create',
        input: { ownerName: 'Intruder', passphrase: 'intruder passphrase' },
      })
      await fetch(`${origin}/__kith/call`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).catch(() => undefined)
      await fetch(`${origin}/__kith/call`, {
        method: 'POST',
        mode: 'no-cors',
        headers: { 'content-type': 'text/plain' },
        body,
      }).catch(() => undefined)
    }, harness.origin)
    const status = await dispatch('vault.status', {}, harness.env)
    expect(status).toMatchObject({ ok: true, value: { state: 'none' } })
    await page.close()
    foreign.close()
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
