import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../src/core/dispatch'
import { AboutPage } from './support/aboutPage'
import { launchChromium, type LaunchedBrowser } from './support/browser'
import { startTestHarness, type TestHarness } from './support/harness'

interface Seen {
  url: string
  headers: IncomingHttpHeaders
}

/** Another local server, on another port of 127.0.0.1, recording everything browsers send it. */
async function startSpy(): Promise<{ server: Server; origin: string; seen: Seen[] }> {
  const seen: Seen[] = []
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers })
    res.setHeader('content-type', 'text/html')
    res.end('<!doctype html><title>elsewhere</title><p>another local server</p>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen }
}

describe('the harness keeps its token to itself', () => {
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

  it('a second local server visited by the same browser learns nothing', async () => {
    const spy = await startSpy()
    try {
      const context = await chromium.browser.newContext()
      const page = await context.newPage()
      await new AboutPage(page).open(harness.url)
      // The token left the address bar once the page loaded, and no cookie holds it.
      expect(page.url()).not.toContain(harness.token)
      expect(page.url()).not.toContain('token=')
      expect(await context.cookies()).toEqual([])
      // The app still works: API calls carry the token in a header.
      expect(await page.evaluate(() => window.kith?.call('app.info', {}))).toMatchObject({
        ok: true,
      })
      // The same tab goes to the other server, and a new tab too, as a user would.
      await page.goto(`${spy.origin}/from-the-same-tab`)
      const other = await context.newPage()
      await other.goto(`${spy.origin}/from-a-new-tab`)
      // Back to the harness: what the other server's page can do with it.
      const stolen = await other.evaluate(async (origin) => {
        const page = await fetch(`${origin}/`, { credentials: 'include' })
          .then((r) => r.text())
          .catch(() => 'refused')
        return page
      }, harness.origin)
      expect(stolen).not.toContain(harness.token)
      expect(spy.seen.length).toBeGreaterThanOrEqual(2)
      for (const request of spy.seen) {
        expect(JSON.stringify(request)).not.toContain(harness.token)
        expect(request.headers.cookie).toBeUndefined()
      }
      await context.close()
    } finally {
      spy.server.close()
    }
  })

  it('a reload of the same tab resumes; a new tab without the token is refused', async () => {
    const context = await chromium.browser.newContext()
    const page = await context.newPage()
    await new AboutPage(page).open(harness.url)
    await page.reload()
    await page.getByRole('button', { name: 'About Kith' }).waitFor()
    expect(page.url()).not.toContain('token=')
    const fresh = await context.newPage()
    await fresh.goto(harness.origin + '/')
    await fresh.getByText('Open the URL with its token').waitFor()
    expect(await fresh.content()).not.toContain(harness.token)
    expect(await fresh.evaluate(() => 'kith' in window)).toBe(false)
    await context.close()
    // Nothing reached the core from the refused tab.
    expect(await dispatch('vault.status', {}, harness.env)).toMatchObject({
      ok: true,
      value: { state: 'none' },
    })
  })
})
