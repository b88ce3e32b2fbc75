import type { Page } from 'playwright-core'
import { launchChromium } from '../tests/e2e/support/browser'
import { measureLayout } from './lib-map/layoutBench'
import { benchElements, buildBenchPage, serve } from './lib-map/renderBench'
import { median, type BenchRow, type BenchSectionRunner } from './types'

const LAYOUT_TARGET_MS = 5000
const PAN_SECONDS = 3

/**
 * The map: layout time and cluster separation (issue 7, point 5), and first frame and pan/zoom
 * frames per second in headless Chromium with our renderer settings versus Cytoscape's defaults,
 * on the same graphs in the same run (point 6). Software rendering (no GPU), so absolute numbers
 * are pessimistic; the ratios are the point.
 */
export const runMapBench: BenchSectionRunner = async (options) => {
  const rows: BenchRow[] = []
  const sizes = options.quick ? [1000] : [1000, 5000, 10_000]

  for (const people of options.quick ? [1000] : [1000, 5000]) {
    const runs = people <= 1000 ? Math.max(1, options.runs) : 1
    const samples = Array.from({ length: runs }, () => measureLayout(people))
    const ms = median(samples.map((s) => s.ms))
    const separation = samples[0]!.separation
    options.log(`map layout ${people}: ${ms.toFixed(0)} ms, separation ${separation.toFixed(2)}`)
    rows.push({
      metric: `layout ${people} people / ${samples[0]!.ties} ties (full, clusters first)`,
      value: Math.round(ms),
      unit: 'ms',
      target: people >= 5000 ? `< ${LAYOUT_TARGET_MS} ms` : undefined,
      met: people >= 5000 ? ms < LAYOUT_TARGET_MS : undefined,
    })
    rows.push({
      metric: `layout ${people}: mean between-cluster / within-cluster tie length`,
      value: Math.round(separation * 100) / 100,
      unit: 'ratio',
      target: '> 2',
      met: separation > 2,
    })
  }

  const page = await buildBenchPage()
  const { url, server } = await serve(page.dir)
  const chromium = await launchChromium()
  try {
    const tab = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await tab.goto(url)
    await tab.waitForFunction(
      () => (globalThis as unknown as BenchWindow).kithMapBench !== undefined,
    )
    // Warm Cytoscape's code paths up for both modes so neither pays for the JIT in its numbers.
    const warm = benchElements(200)
    const warmOurs = await measureIn(tab, warm, 'ours', 1)
    const warmDefaults = await measureIn(tab, warm, 'defaults', 1)
    options.log(
      `map render warm-up (200 people): fps ${warmOurs.fps.toFixed(1)} vs ${warmDefaults.fps.toFixed(1)}`,
    )
    for (const people of sizes) {
      const elements = benchElements(people)
      const defaults = await measureIn(tab, elements, 'defaults')
      const ours = await measureIn(tab, elements, 'ours')
      options.log(
        `map render ${people}: first frame ${ours.firstFrameMs.toFixed(0)} vs ${defaults.firstFrameMs.toFixed(0)} ms, ` +
          `fps ${ours.fps.toFixed(1)} vs ${defaults.fps.toFixed(1)}`,
      )
      rows.push(
        {
          metric: `render ${people}: first frame, our settings`,
          value: Math.round(ours.firstFrameMs),
          unit: 'ms',
          note: `Cytoscape defaults: ${Math.round(defaults.firstFrameMs)} ms`,
        },
        {
          metric: `render ${people}: first frame, defaults / ours`,
          value: round2(defaults.firstFrameMs / ours.firstFrameMs),
          unit: 'ratio',
        },
        {
          metric: `render ${people}: pan/zoom fps, our settings`,
          value: round2(ours.fps),
          unit: 'fps',
          note: `Cytoscape defaults: ${round2(defaults.fps)} fps; worst frame ${Math.round(ours.worstFrameMs)} vs ${Math.round(defaults.worstFrameMs)} ms`,
        },
        {
          metric: `render ${people}: pan/zoom fps, ours / defaults`,
          value: round2(ours.fps / defaults.fps),
          unit: 'ratio',
          target: people >= 5000 ? '> 1' : undefined,
          met: people >= 5000 ? ours.fps > defaults.fps : undefined,
        },
      )
    }
  } finally {
    await chromium.close()
    server.close()
    page.remove()
  }
  return { name: 'Map', rows }
}

/** What the bench page (lib-map/page/main.js) puts on its window. */
interface BenchWindow {
  kithMapBench?: {
    draw: (elements: unknown[], mode: 'ours' | 'defaults') => Promise<number>
    startCounting: () => void
    stopCounting: () => { fps: number; worstFrameMs: number }
  }
}

interface RenderMeasurement {
  firstFrameMs: number
  fps: number
  /** Slowest frame while panning and zooming. */
  worstFrameMs: number
}

/**
 * Draws the graph, then pans by dragging the background and zooms with the wheel using real
 * mouse events (Cytoscape's viewport optimisations only apply to user gestures), counting frames.
 */
async function measureIn(
  tab: Page,
  elements: ReturnType<typeof benchElements>,
  mode: 'ours' | 'defaults',
  seconds = PAN_SECONDS,
): Promise<RenderMeasurement> {
  const firstFrameMs = await tab.evaluate(
    ([els, m]) => (globalThis as unknown as BenchWindow).kithMapBench!.draw(els, m),
    [elements, mode] as const,
  )
  await tab.evaluate(() => (globalThis as unknown as BenchWindow).kithMapBench!.startCounting())
  const end = Date.now() + (seconds * 1000) / 2
  const mouse = tab.mouse
  // Pan: drag from empty corners so the press lands on the background, not on a person.
  await mouse.move(8, 8)
  await mouse.down()
  for (let k = 0; Date.now() < end; k++) await mouse.move(8 + (k % 40) * 6, 8 + (k % 40) * 3)
  await mouse.up()
  const zoomEnd = Date.now() + (seconds * 1000) / 2
  await mouse.move(640, 400)
  for (let k = 0; Date.now() < zoomEnd; k++) await mouse.wheel(0, k % 20 < 10 ? -60 : 60)
  const { fps, worstFrameMs } = await tab.evaluate(() =>
    (globalThis as unknown as BenchWindow).kithMapBench!.stopCounting(),
  )
  return { firstFrameMs, fps, worstFrameMs }
}

function round2(x: number): number {
  return Math.round(x * 100) / 100
}
