import type { Page } from 'playwright-core'

interface Point {
  x: number
  y: number
}

/**
 * Page object for the map. Real pointer events need page coordinates of people; the canvas
 * element carries a read-only probe for that (`kithMapProbe`, set by `useMapCanvas`):
 * `renderedPosition(personId)` and `suggestionAnchor(pairKey)` in canvas pixels, `nodeCount()`
 * and `positions()` (model coordinates). It exposes nothing that is not already on screen.
 */
export class MapPage {
  constructor(readonly page: Page) {}

  /** Creates the demo vault from the page, unlocks it and waits for the map. */
  async openDemo(url: string): Promise<void> {
    await this.page.goto(url)
    await this.page.waitForFunction(() => Boolean(window.kith))
    await this.page.evaluate(async () => {
      const kith = window.kith!
      const created = (await kith.call('vault.createDemo', {})) as {
        ok: boolean
        value: { passphrase: string }
      }
      if (!created.ok) throw new Error('vault.createDemo failed')
      const unlocked = (await kith.call('vault.unlock', {
        passphrase: created.value.passphrase,
      })) as {
        ok: boolean
      }
      if (!unlocked.ok) throw new Error('vault.unlock failed')
    })
    await this.page.reload()
    await this.waitForMap()
  }

  canvas() {
    return this.page.getByTestId('map-canvas')
  }

  async waitForMap(): Promise<void> {
    await this.page
      .locator('[data-testid="map-canvas"][data-ready="true"]')
      .waitFor({ timeout: 60_000 })
    await this.page.waitForFunction(() => {
      const el = document.querySelector<
        HTMLElement & { kithMapProbe?: { nodeCount: () => number } }
      >('[data-testid="map-canvas"]')
      return (el?.kithMapProbe?.nodeCount() ?? 0) > 0
    })
  }

  /** Waits until the clusters are known (their labels are on the map). */
  async waitForClusters(): Promise<number> {
    await this.page.locator('.map-cluster-label').first().waitFor({ timeout: 60_000 })
    return this.page.locator('.map-cluster-label').count()
  }

  async call<T>(method: string, input: unknown): Promise<T> {
    const result = await this.page.evaluate(async ([m, i]) => window.kith!.call(m as never, i), [
      method,
      input,
    ] as const)
    const r = result as { ok: boolean; value?: T; error?: { message: string } }
    if (!r.ok) throw new Error(`${method}: ${r.error?.message}`)
    return r.value as T
  }

  /** Where a person is drawn, in page coordinates (null when not on the map). */
  async personPoint(id: string): Promise<Point | null> {
    return this.page.evaluate((personId) => {
      const el = document.querySelector<
        HTMLElement & { kithMapProbe?: { renderedPosition: (id: string) => Point | null } }
      >('[data-testid="map-canvas"]')
      const p = el?.kithMapProbe?.renderedPosition(personId)
      if (!el || !p) return null
      const box = el.getBoundingClientRect()
      return { x: box.left + p.x, y: box.top + p.y }
    }, id)
  }

  async suggestionPoint(key: string): Promise<Point | null> {
    return this.page.evaluate((pair) => {
      const el = document.querySelector<
        HTMLElement & { kithMapProbe?: { suggestionAnchor: (key: string) => Point | null } }
      >('[data-testid="map-canvas"]')
      const p = el?.kithMapProbe?.suggestionAnchor(pair)
      if (!el || !p) return null
      const box = el.getBoundingClientRect()
      return { x: box.left + p.x, y: box.top + p.y }
    }, key)
  }

  async modelPositions(): Promise<Record<string, Point>> {
    return this.page.evaluate(() => {
      const el = document.querySelector<
        HTMLElement & { kithMapProbe?: { positions: () => Record<string, Point> } }
      >('[data-testid="map-canvas"]')
      return el?.kithMapProbe?.positions() ?? {}
    })
  }

  /** Drags with real mouse events, in small steps like a hand would. */
  async drag(from: Point, to: Point, options: { shift?: boolean } = {}): Promise<void> {
    const mouse = this.page.mouse
    if (options.shift) await this.page.keyboard.down('Shift')
    await mouse.move(from.x, from.y)
    await mouse.down()
    await mouse.move(from.x + 4, from.y + 4, { steps: 2 })
    await mouse.move(to.x, to.y, { steps: 12 })
    // One more small move so the map's per-frame drop-target check sees the final spot.
    await mouse.move(to.x + 1, to.y, { steps: 2 })
    await mouse.up()
    if (options.shift) await this.page.keyboard.up('Shift')
  }

  async nodeCount(): Promise<number> {
    return this.page.evaluate(() => {
      const el = document.querySelector<
        HTMLElement & { kithMapProbe?: { nodeCount: () => number } }
      >('[data-testid="map-canvas"]')
      return el?.kithMapProbe?.nodeCount() ?? 0
    })
  }

  async suggestionKeys(): Promise<string[]> {
    return this.page.evaluate(() => {
      const el = document.querySelector<
        HTMLElement & { kithMapProbe?: { suggestionKeys: () => string[] } }
      >('[data-testid="map-canvas"]')
      return el?.kithMapProbe?.suggestionKeys() ?? []
    })
  }

  async waitForSuggestions(): Promise<void> {
    await this.page.waitForFunction(() => {
      const el = document.querySelector<
        HTMLElement & { kithMapProbe?: { suggestionKeys: () => string[] } }
      >('[data-testid="map-canvas"]')
      return (el?.kithMapProbe?.suggestionKeys().length ?? 0) > 0
    })
  }

  /** The drawn suggestion whose edge midpoint is clearest of people and of the legend. */
  async clearestSuggestion(): Promise<string> {
    const key = await this.page.evaluate(() => {
      const el = document.querySelector<
        HTMLElement & {
          kithMapProbe?: {
            positions: () => Record<string, Point>
            renderedPosition: (id: string) => Point | null
            suggestionKeys: () => string[]
            suggestionAnchor: (key: string) => Point | null
          }
        }
      >('[data-testid="map-canvas"]')
      const probe = el!.kithMapProbe!
      const box = el!.getBoundingClientRect()
      const people = Object.keys(probe.positions()).map((id) => probe.renderedPosition(id)!)
      const anchors = probe.suggestionKeys().map((k) => ({ k, p: probe.suggestionAnchor(k)! }))
      let best: string | null = null
      let room = -1
      for (const { k, p } of anchors) {
        if (p.x < 320 || p.y < 40 || p.x > box.width - 40 || p.y > box.height - 40) continue
        const nearest = Math.min(
          ...people.map((q) => Math.hypot(q.x - p.x, q.y - p.y)),
          ...anchors.filter((a) => a.k !== k).map((a) => Math.hypot(a.p.x - p.x, a.p.y - p.y)),
        )
        if (nearest > room) {
          room = nearest
          best = k
        }
      }
      return best
    })
    if (!key) throw new Error('no suggestion is drawn clear of people')
    return key
  }

  /** Light or dark through the system preference (the app follows it by default). */
  async setTheme(theme: 'light' | 'dark'): Promise<void> {
    await this.page.emulateMedia({ colorScheme: theme })
    // The canvas re-reads the theme's colours on the next frame and says so in `data-colors`.
    await this.page.locator(`[data-testid="map-canvas"][data-colors="${theme}"]`).waitFor()
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    )
  }

  /**
   * Two people far apart on screen, each well clear of other people so a pointer lands on them
   * unambiguously, and not introduced yet. `skip` picks a different pair.
   */
  async farApartPair(
    snapshot: {
      ownerId: string | null
      people: { id: string; name: string }[]
      introductions: { a: string; b: string }[]
    },
    skip = 0,
  ): Promise<[{ id: string; name: string }, { id: string; name: string }]> {
    const clear = await this.page.evaluate((owner) => {
      const el = document.querySelector<
        HTMLElement & {
          kithMapProbe?: {
            positions: () => Record<string, Point>
            renderedPosition: (id: string) => Point | null
          }
        }
      >('[data-testid="map-canvas"]')
      const probe = el!.kithMapProbe!
      const box = el!.getBoundingClientRect()
      const points = Object.keys(probe.positions()).map((id) => ({
        id,
        p: probe.renderedPosition(id)!,
      }))
      const inside = points.filter(
        ({ p }) => p.x > 320 && p.y > 60 && p.x < box.width - 60 && p.y < box.height - 60,
      )
      return inside
        .filter(({ id }) => id !== owner)
        .map(({ id, p }) => ({
          id,
          p,
          room: Math.min(
            ...points.filter((q) => q.id !== id).map((q) => Math.hypot(q.p.x - p.x, q.p.y - p.y)),
          ),
        }))
        .sort((x, y) => y.room - x.room)
    }, snapshot.ownerId)
    const introduced = new Set(snapshot.introductions.map((i) => [i.a, i.b].sort().join('|')))
    const byId = new Map(snapshot.people.map((p) => [p.id, p]))
    const pairs: [string, string][] = []
    for (const x of clear.slice(0, 12)) {
      for (const y of clear.slice(0, 12)) {
        if (x.id >= y.id || introduced.has([x.id, y.id].sort().join('|'))) continue
        if (Math.hypot(x.p.x - y.p.x, x.p.y - y.p.y) < 200) continue
        pairs.push([x.id, y.id])
      }
    }
    const pair = pairs[skip]
    if (!pair) throw new Error('no two people are clear enough on the map to drag between')
    return [byId.get(pair[0])!, byId.get(pair[1])!]
  }

  /** A point of the canvas (page coordinates) with nobody within 40 pixels. */
  async emptySpot(): Promise<Point> {
    return this.page.evaluate(() => {
      const el = document.querySelector<
        HTMLElement & {
          kithMapProbe?: {
            positions: () => Record<string, Point>
            renderedPosition: (id: string) => Point | null
          }
        }
      >('[data-testid="map-canvas"]')
      const probe = el!.kithMapProbe!
      const box = el!.getBoundingClientRect()
      const points = Object.keys(probe.positions()).map((id) => probe.renderedPosition(id)!)
      for (let y = 120; y < box.height - 80; y += 20) {
        for (let x = 340; x < box.width - 80; x += 20) {
          if (points.every((p) => Math.hypot(p.x - x, p.y - y) > 40)) {
            return { x: box.left + x, y: box.top + y }
          }
        }
      }
      throw new Error('the map has no empty spot')
    })
  }
}
