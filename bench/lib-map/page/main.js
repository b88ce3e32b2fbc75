/* global document, window, requestAnimationFrame */
// Plain JS: this page runs in the browser, and bench/ is type-checked as Node code (no DOM).
import cytoscape from 'cytoscape'
import { readMapColors } from '../../../src/renderer/src/features/map/mapPalette'
import { mapStylesheet } from '../../../src/renderer/src/features/map/mapStyle'
import { renderPolicy } from '../../../src/renderer/src/features/map/renderPolicy'

/** @type {import('cytoscape').Core | null} */
let current = null

function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(resolve))
}

/**
 * Draws `elements` (preset positions) with the map's settings or with Cytoscape's defaults and
 * returns the milliseconds to the first frame.
 * @param {import('cytoscape').ElementDefinition[]} elements
 * @param {'ours' | 'defaults'} mode
 */
async function draw(elements, mode) {
  current?.destroy()
  const container = document.getElementById('cy')
  const started = performance.now()
  const nodes = elements.filter((e) => e.group === 'nodes').length
  const policy = renderPolicy(nodes)
  const cy =
    mode === 'ours'
      ? cytoscape({
          container,
          elements,
          layout: { name: 'preset' },
          style: mapStylesheet(readMapColors(), policy),
          hideEdgesOnViewport: policy.hideEdgesOnViewport,
          textureOnViewport: policy.textureOnViewport,
          motionBlur: policy.motionBlur,
          pixelRatio: policy.pixelRatio,
        })
      : cytoscape({ container, elements, layout: { name: 'preset' } })
  current = cy
  await new Promise((resolve) => cy.one('render', () => resolve(undefined)))
  await nextFrame()
  const firstFrameMs = performance.now() - started
  cy.fit(undefined, 20)
  await nextFrame()
  return firstFrameMs
}

/** @type {number[]} */
let frames = []
let counting = false

/** Counts animation frames until `stopCounting` (while the test drives real mouse gestures). */
function startCounting() {
  frames = []
  counting = true
  let last = performance.now()
  /** @param {number} now */
  const tick = (now) => {
    if (!counting) return
    frames.push(now - last)
    last = now
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

function stopCounting() {
  counting = false
  const total = frames.reduce((s, f) => s + f, 0)
  return {
    fps: total > 0 ? (frames.length * 1000) / total : 0,
    worstFrameMs: Math.max(0, ...frames),
  }
}

window.kithMapBench = { draw, startCounting, stopCounting }
