import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { launchChromium, screenshotPath, type LaunchedBrowser } from './support/browser'
import { startTestHarness, type TestHarness } from './support/harness'
import { MapPage } from './support/mapPage'

interface SnapshotLite {
  ownerId: string | null
  people: { id: string; name: string; deletedAt?: string }[]
  introductions: { a: string; b: string }[]
  layout: { positions: Record<string, { x: number; y: number }> } | null
}

const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`)

describe('the map, in Chromium with real pointer events', () => {
  let harness: TestHarness
  let chromium: LaunchedBrowser
  let page: Page
  let map: MapPage
  const errors: string[] = []

  beforeAll(async () => {
    harness = await startTestHarness()
    chromium = await launchChromium()
    // A context of its own (not `browser.newPage`): axe needs one to scan frames.
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } })
    page = await context.newPage()
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    map = new MapPage(page)
    await map.openDemo(harness.url)
  })

  afterAll(async () => {
    await chromium?.close()
    await harness?.stop()
  })

  it('draws the demo network in named clusters, in light and dark', async () => {
    const clusters = await map.waitForClusters()
    expect(clusters).toBeGreaterThanOrEqual(4)
    expect(await map.nodeCount()).toBeGreaterThan(100)
    await map.setTheme('light')
    await page.screenshot({ path: screenshotPath('map-demo-light') })
    await map.setTheme('dark')
    await page.screenshot({ path: screenshotPath('map-demo-dark') })
    await map.setTheme('light')
  })

  it('drag a person onto another: the dialog names both, saving creates the introduction', async () => {
    const snapshot = await map.call<SnapshotLite>('network.snapshot', {})
    const [a, b] = await map.farApartPair(snapshot)
    await map.drag((await map.personPoint(a.id))!, (await map.personPoint(b.id))!)
    const dialog = page.getByTestId('introduce-dialog')
    await dialog.waitFor()
    const title = await dialog.locator('h2').innerText()
    expect(title).toContain(a.name)
    expect(title).toContain(b.name)
    // Each side gets its own double opt-in draft.
    expect(await dialog.getByText(`Hi ${a.name.split(' ')[0]},`).count()).toBe(1)
    await dialog.getByRole('button', { name: 'Save introduction' }).click()
    await dialog.waitFor({ state: 'detached' })
    const intros = await map.call<{ a: string; b: string; status: string }[]>(
      'introductions.list',
      {},
    )
    expect(
      intros.some((i) => pairKey(i.a, i.b) === pairKey(a.id, b.id) && i.status === 'idea'),
    ).toBe(true)
    await page.waitForFunction(
      ([x, y]) => {
        const el = document.querySelector<
          HTMLElement & { kithMapProbe?: { edgesBetween: (a: string, b: string) => string[][] } }
        >('[data-testid="map-canvas"]')
        return el?.kithMapProbe?.edgesBetween(x, y).some((c) => c.includes('intro')) ?? false
      },
      [a.id, b.id] as const,
    )
    // The dragged person went back to where they were: an introduction is not a move.
    expect(await map.personPoint(a.id)).not.toBeNull()
  })

  it('Escape during a drag cancels it: no dialog, nobody moved', async () => {
    const snapshot = await map.call<SnapshotLite>('network.snapshot', {})
    const [a, b] = await map.farApartPair(snapshot, 1)
    const before = (await map.modelPositions())[a.id]!
    const from = (await map.personPoint(a.id))!
    const to = (await map.personPoint(b.id))!
    await page.mouse.move(from.x, from.y)
    await page.mouse.down()
    await page.mouse.move(to.x, to.y, { steps: 10 })
    await page.keyboard.press('Escape')
    await page.mouse.up()
    expect(await page.getByTestId('introduce-dialog').count()).toBe(0)
    expect((await map.modelPositions())[a.id]).toEqual(before)
  })

  it('hovering a suggestion shows who and why; "Never suggest" removes it for good', async () => {
    expect((await map.suggestionKeys()).length).toBeGreaterThan(0)
    const key = await map.clearestSuggestion()
    const at = (await map.suggestionPoint(key))!
    await page.mouse.move(at.x + 2, at.y + 2)
    await page.mouse.move(at.x, at.y, { steps: 3 })
    const card = page.getByTestId('suggestion-card')
    await card.waitFor()
    const reasons = await card.getByTestId('suggestion-reasons').locator('li').allInnerTexts()
    expect(reasons.length).toBeGreaterThan(0)
    expect(reasons.join(' ').length).toBeGreaterThan(10)
    await card.hover()
    await card.getByRole('button', { name: 'Never suggest' }).click()
    await card.waitFor({ state: 'detached' })
    expect(await map.suggestionKeys()).not.toContain(key)
    await page.reload()
    await map.waitForMap()
    await map.waitForClusters()
    await map.waitForSuggestions()
    expect(await map.suggestionKeys()).not.toContain(key)
  })

  it('dropping on empty space moves the person, and positions survive a reload', async () => {
    const snapshot = await map.call<SnapshotLite>('network.snapshot', {})
    const person = snapshot.people.find((p) => p.id !== snapshot.ownerId && !p.deletedAt)!
    const original = (await map.modelPositions())[person.id]!
    const from = (await map.personPoint(person.id))!
    const empty = await map.emptySpot()
    await map.drag(from, empty)
    expect(await page.getByTestId('introduce-dialog').count()).toBe(0)
    await page.waitForFunction(
      ([id, x]) => {
        const el = document.querySelector<
          HTMLElement & { kithMapProbe?: { positions: () => Record<string, { x: number }> } }
        >('[data-testid="map-canvas"]')
        const p = el?.kithMapProbe?.positions()[id]
        return p !== undefined && Math.abs(p.x - x) > 20
      },
      [person.id, original.x] as const,
    )
    const moved = (await map.modelPositions())[person.id]!
    await page.waitForFunction(
      async ([id, x]) => {
        const r = (await window.kith!.call('network.snapshot', {})) as {
          value: SnapshotLite
        }
        const p = r.value.layout?.positions[id]
        return p !== undefined && Math.abs(p.x - x) < 1
      },
      [person.id, moved.x] as const,
      { polling: 250 },
    )
    const before = await map.modelPositions()
    await page.reload()
    await map.waitForMap()
    const after = await map.modelPositions()
    expect(after[person.id]!.x).toBeCloseTo(moved.x, 0)
    const ids = Object.keys(before).slice(0, 50)
    for (const id of ids) {
      expect(after[id]!.x).toBeCloseTo(before[id]!.x, 0)
      expect(after[id]!.y).toBeCloseTo(before[id]!.y, 0)
    }
  })

  it('search focuses and highlights a person', async () => {
    const snapshot = await map.call<SnapshotLite>('network.snapshot', {})
    const person = snapshot.people.find((p) => p.id !== snapshot.ownerId && !p.deletedAt)!
    await page.getByTestId('map-search').fill(person.name)
    await page
      .getByRole('option', { name: new RegExp(person.name) })
      .first()
      .waitFor()
    await page.getByTestId('map-search').press('Enter')
    await page.waitForFunction((id) => {
      const el = document.querySelector<
        HTMLElement & { kithMapProbe?: { classes: (id: string) => string[] } }
      >('[data-testid="map-canvas"]')
      return el?.kithMapProbe?.classes(id).includes('kb-focus') ?? false
    }, person.id)
  })

  it('keyboard: Tab into the map, arrows move between people, the live region says who', async () => {
    await page.getByTestId('map-canvas').focus()
    const announcer = page.getByTestId('map-announcer')
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="map-announcer"]')?.textContent ?? '').length > 0,
    )
    const first = await announcer.innerText()
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="map-announcer"]')?.textContent !== text,
      first,
    )
    expect(await announcer.innerText()).toMatch(/ties?\.|Nobody further/)
  })

  it('has no serious or critical accessibility violations on the map, its card and list', async () => {
    const scan = async () => {
      const result = await new AxeBuilder({ page }).include('.map-view').analyze()
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    }
    expect(await scan()).toEqual([])
    await page.getByTestId('map-list-toggle').click()
    await page.getByTestId('map-list').waitFor()
    expect(await scan()).toEqual([])
    await page.getByTestId('map-list-toggle').click()
  })

  it('logged no errors', () => {
    expect(errors).toEqual([])
  })
})
