import { useEffect, useRef, type RefObject } from 'react'
import type { ElementDefinition } from 'cytoscape'
import type { Positions } from '../../workers/layoutTypes'
import { MapController, type MapHandlers } from './MapController'
import { isDark, readMapColors } from './mapPalette'
import { webglPreferred } from './webglPreference'

/** Read-only probe on the canvas element, for E2E tests and tooling (documented in mapPage.ts). */
export interface MapProbe {
  renderedPosition: (id: string) => { x: number; y: number } | null
  suggestionAnchor: (key: string) => { x: number; y: number } | null
  nodeCount: () => number
  positions: () => Positions
  /** Pair keys of the suggestions drawn now. */
  suggestionKeys: () => string[]
  classes: (id: string) => string[]
  /** Classes of each edge drawn between two people (ties, suggestions, introductions). */
  edgesBetween: (a: string, b: string) => string[][]
}

type ProbeHost = HTMLElement & { kithMapProbe?: MapProbe }

function attachProbe(el: HTMLElement, probe: MapProbe | undefined): void {
  ;(el as ProbeHost).kithMapProbe = probe
}

/** `data-ready` tells tests (and styles) that the canvas shows the network. */
function markReady(el: HTMLElement): void {
  el.dataset.ready = 'true'
}

/** `data-colors` says which theme the canvas has drawn with (tests wait for it). */
function markColors(el: HTMLElement | null): void {
  if (el) el.dataset.colors = isDark() ? 'dark' : 'light'
}

/**
 * Creates the one MapController for the canvas element and keeps it fed. Handlers are read
 * through a ref, so a new callback never recreates the canvas.
 */
export function useMapCanvas(
  container: RefObject<HTMLDivElement | null>,
  labels: RefObject<HTMLDivElement | null>,
  elements: readonly ElementDefinition[] | null,
  handlers: MapHandlers,
): RefObject<MapController | null> {
  const controller = useRef<MapController | null>(null)
  const handlersRef = useRef(handlers)
  useEffect(() => {
    handlersRef.current = handlers
  })

  useEffect(() => {
    const el = container.current
    if (!el || !elements) return
    if (!controller.current) {
      const h = handlersRef
      const forward: MapHandlers = {
        onOpen: (id) => h.current.onOpen(id),
        onDropOnto: (a, b, tie) => h.current.onDropOnto(a, b, tie),
        onMoved: (p) => h.current.onMoved(p),
        onSuggestion: (key, at, pinned) => h.current.onSuggestion(key, at, pinned),
        onBackgroundTap: () => h.current.onBackgroundTap(),
      }
      const c = new MapController(el, labels.current, forward, readMapColors(), elements.length, {
        webgl: webglPreferred(),
      })
      controller.current = c
      const probe: MapProbe = {
        renderedPosition: (id) => c.renderedPosition(id),
        suggestionAnchor: (key) => c.suggestionAnchor(key),
        nodeCount: () => c.cy.nodes().length,
        positions: () => c.positions(),
        suggestionKeys: () => c.cy.edges('.suggestion').map((e) => e.data('key') as string),
        classes: (id) => c.cy.getElementById(id).classes(),
        edgesBetween: (a, b) =>
          c.cy
            .getElementById(a)
            .edgesWith(c.cy.getElementById(b))
            .map((e) => e.classes()),
      }
      attachProbe(el, probe)
    }
    controller.current.setElements(elements)
    markReady(el)
    markColors(el)
  }, [container, labels, elements])

  useEffect(() => {
    // Cytoscape cannot read CSS variables: re-read them whenever the theme may have changed.
    let frame = 0
    const restyle = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        controller.current?.setColors(readMapColors())
        markColors(container.current)
      })
    }
    const observer = new MutationObserver(restyle)
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme', 'class', 'style'],
    })
    const media = window.matchMedia('(prefers-color-scheme: dark)')
    media.addEventListener('change', restyle)
    return () => {
      cancelAnimationFrame(frame)
      observer.disconnect()
      media.removeEventListener('change', restyle)
    }
  }, [container])

  useEffect(() => {
    const el = container.current
    return () => {
      controller.current?.destroy()
      controller.current = null
      if (el) attachProbe(el, undefined)
    }
  }, [container])

  return controller
}
