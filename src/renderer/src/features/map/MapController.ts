import cytoscape, { type Core, type ElementDefinition, type EventObject } from 'cytoscape'
import type { Point, Positions } from '../../workers/layoutTypes'
import { applyDiff } from './applyDiff'
import { diffElements, isEmptyDiff } from './diffElements'
import { findDropTarget } from './dropTarget'
import { nextInDirection, type Direction } from './keyboardNav'
import type { MapColors } from './mapPalette'
import { mapStylesheet } from './mapStyle'
import { MapOverview } from './MapOverview'
import { LABELS_IN_VIEW, renderPolicy, type RenderPolicy } from './renderPolicy'

export interface MapHandlers {
  onOpen: (personId: string) => void
  /** A person was dropped onto another one; `tie` when Shift was held (create a tie instead). */
  onDropOnto: (source: string, target: string, tie: boolean) => void
  /** People were moved by hand to these positions. */
  onMoved: (positions: Positions) => void
  onSuggestion: (key: string | null, at: Point | null, pinned: boolean) => void
  onBackgroundTap: () => void
}

interface DragState {
  id: string
  start: Point
  target: string | null
  cancelled: boolean
}

const DROP_MARGIN = 6
/** Below this many people the whole map fits on screen and an overview adds nothing. */
const OVERVIEW_FROM = 150
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet'

/**
 * Cytoscape injects an inline <style> (`position: relative` for its container) unless an element
 * with this id exists. The CSP refuses inline styles and map.css positions the container, so a
 * placeholder keeps it from trying (and from logging a CSP violation).
 */
function preemptInlineStylesheet(doc: Document): void {
  if (doc.getElementById(CYTOSCAPE_STYLESHEET_ID)) return
  const placeholder = doc.createElement('meta')
  placeholder.id = CYTOSCAPE_STYLESHEET_ID
  doc.head.appendChild(placeholder)
}

/**
 * The only code that touches Cytoscape (style.md: the canvas is owned by one component). React
 * hands it elements; it diffs them onto the canvas, runs the drag gesture without React and
 * reports finished gestures through `handlers`.
 */
export class MapController {
  readonly cy: Core
  private shown = new Map<string, ElementDefinition>()
  private drag: DragState | null = null
  private shift = false
  private frame = 0
  private labelFrame = 0
  private labelTimer: ReturnType<typeof setTimeout> | null = null
  private labelled: cytoscape.NodeCollection | null = null
  private policy: RenderPolicy
  private colors: MapColors
  private keyboardFocus: string | null = null
  private overview: MapOverview | null = null
  private readonly cleanup: (() => void)[] = []

  constructor(
    container: HTMLElement,
    private readonly labelLayer: HTMLElement | null,
    private readonly handlers: MapHandlers,
    colors: MapColors,
    nodeCount: number,
    options: { webgl?: boolean } = {},
  ) {
    this.colors = colors
    this.policy = renderPolicy(nodeCount, options)
    preemptInlineStylesheet(container.ownerDocument)
    this.cy = cytoscape({
      container,
      style: mapStylesheet(colors, this.policy),
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      hideEdgesOnViewport: this.policy.hideEdgesOnViewport,
      textureOnViewport: this.policy.textureOnViewport,
      motionBlur: this.policy.motionBlur,
      pixelRatio: this.policy.pixelRatio,
      ...(this.policy.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions)
    this.listen()
  }

  /** Shows `elements`, changing only what differs from what is shown. */
  setElements(elements: readonly ElementDefinition[]): void {
    const diff = diffElements(this.shown, elements)
    if (isEmptyDiff(diff)) return
    const first = this.shown.size === 0
    applyDiff(this.cy, diff)
    this.shown = new Map(elements.map((e) => [e.data.id!, e]))
    const nodes = this.cy.nodes().length
    const policy = renderPolicy(nodes, { webgl: this.policy.webgl })
    if (
      policy.haystack !== this.policy.haystack ||
      policy.minZoomedFontSize !== this.policy.minZoomedFontSize
    ) {
      this.policy = policy
      this.cy.style(mapStylesheet(this.colors, policy))
    }
    if (first) this.fit()
    this.scheduleLabels()
    this.scheduleNames()
    this.updateOverview()
  }

  private updateOverview(): void {
    const host = this.labelLayer?.parentElement
    if (!host || this.cy.nodes().length < OVERVIEW_FROM) {
      this.overview?.destroy()
      this.overview = null
      return
    }
    this.overview ??= new MapOverview(this.cy, host, this.colors)
    this.overview.redrawDots()
  }

  setColors(colors: MapColors): void {
    this.colors = colors
    this.cy.style(mapStylesheet(colors, this.policy))
    this.overview?.setColors(colors)
  }

  fit(): void {
    const visible = this.cy.elements().not('.dim')
    this.cy.fit(visible.nonempty() ? visible : undefined, 40)
    this.scheduleLabels()
  }

  zoomBy(factor: number): void {
    const { width, height } = this.cy.container()!.getBoundingClientRect()
    this.cy.zoom({
      level: Math.max(this.cy.minZoom(), Math.min(this.cy.maxZoom(), this.cy.zoom() * factor)),
      renderedPosition: { x: width / 2, y: height / 2 },
    })
  }

  /** Centres on a person and zooms in enough to read names around them. */
  centreOn(id: string): void {
    const node = this.cy.getElementById(id)
    if (node.empty()) return
    this.cy.animate(
      { center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1.1) },
      { duration: 250 },
    )
  }

  setKeyboardFocus(id: string | null): void {
    if (this.keyboardFocus) this.cy.getElementById(this.keyboardFocus).removeClass('kb-focus')
    this.keyboardFocus = id
    if (!id) return
    const node = this.cy.getElementById(id)
    node.addClass('kb-focus')
    const box = this.cy.extent()
    const p = node.position()
    if (p.x < box.x1 || p.x > box.x2 || p.y < box.y1 || p.y > box.y2) this.centreOn(id)
  }

  /** Where an arrow key goes from `id`: a neighbour that way, else anybody that way. */
  step(id: string, direction: Direction): string | null {
    const node = this.cy.getElementById(id)
    if (node.empty()) return null
    const from = node.position()
    const around = (eles: cytoscape.NodeCollection) =>
      eles
        .nodes()
        .not('.dim')
        .map((n: cytoscape.NodeSingular) => ({ id: n.id(), position: n.position() }))
        .filter((c) => c.id !== id)
    const neighbours = node.neighborhood('node') as cytoscape.NodeCollection
    return (
      nextInDirection(from, around(neighbours), direction) ??
      nextInDirection(from, around(this.cy.nodes()), direction)
    )
  }

  selectSuggestion(key: string | null): void {
    this.cy.edges('.suggestion.active').removeClass('active')
    if (key) this.cy.edges(`.suggestion[key = "${key}"]`).addClass('active')
  }

  /** Rendered position of a suggestion edge's midpoint (for its card). */
  suggestionAnchor(key: string): Point | null {
    const edge = this.cy.edges(`.suggestion[key = "${key}"]`)
    return edge.nonempty() ? edge.first().renderedMidpoint() : null
  }

  /** Rendered position of a person (for tests and overlays). */
  renderedPosition(id: string): Point | null {
    const node = this.cy.getElementById(id)
    return node.nonempty() ? node.renderedPosition() : null
  }

  positions(): Positions {
    const out: Positions = {}
    this.cy.nodes().forEach((n) => {
      const p = n.position()
      out[n.id()] = { x: p.x, y: p.y }
    })
    return out
  }

  /** Moves cluster labels (rendered by React into `labelLayer`) to the top of their clusters. */
  positionLabels(): void {
    if (!this.labelLayer) return
    const ys = new Map<string, { x: number; n: number; ys: number[] }>()
    this.cy.nodes().forEach((n) => {
      const cluster = n.data('cluster') as string
      if (!cluster || n.hasClass('dim')) return
      const p = n.position()
      const a = ys.get(cluster)
      if (!a) ys.set(cluster, { x: p.x, n: 1, ys: [p.y] })
      else {
        a.x += p.x
        a.n++
        a.ys.push(p.y)
      }
    })
    // The label sits above the cluster's body; a few outliers must not drag it into a neighbour.
    const anchors = new Map<string, { x: number; top: number; n: number }>()
    for (const [cluster, a] of ys) {
      a.ys.sort((p, q) => p - q)
      anchors.set(cluster, { x: a.x, n: a.n, top: a.ys[Math.floor(a.ys.length * 0.06)]! })
    }
    const zoom = this.cy.zoom()
    const pan = this.cy.pan()
    for (const el of this.labelLayer.querySelectorAll<HTMLElement>('[data-cluster]')) {
      const a = anchors.get(el.dataset.cluster ?? '')
      if (!a) {
        el.style.visibility = 'hidden'
        continue
      }
      el.style.visibility = 'visible'
      const x = (a.x / a.n) * zoom + pan.x
      const y = a.top * zoom + pan.y - 10
      el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px) translate(-50%, -100%)`
    }
  }

  /** Labels on demand: names for the people in view, once few enough are in view. */
  private updateNames(): void {
    if (!this.policy.labelsOnDemand) {
      if (this.labelled) this.labelled.removeClass('labelled')
      this.labelled = null
      return
    }
    const box = this.cy.extent()
    const inView = this.cy.nodes().filter((n) => {
      const p = n.position()
      return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2 && !n.hasClass('dim')
    })
    const next = inView.length <= LABELS_IN_VIEW ? inView : this.cy.collection()
    this.cy.batch(() => {
      this.labelled?.difference(next).removeClass('labelled')
      next.addClass('labelled')
    })
    this.labelled = next
  }

  private scheduleNames(): void {
    if (!this.policy.labelsOnDemand && !this.labelled) return
    if (this.labelTimer) clearTimeout(this.labelTimer)
    // After the gesture settles: re-labelling on every frame would undo what it saves.
    this.labelTimer = setTimeout(() => {
      this.labelTimer = null
      this.updateNames()
    }, 150)
  }

  destroy(): void {
    this.overview?.destroy()
    if (this.labelTimer) clearTimeout(this.labelTimer)
    cancelAnimationFrame(this.frame)
    cancelAnimationFrame(this.labelFrame)
    for (const off of this.cleanup) off()
    this.cy.destroy()
  }

  private scheduleLabels(): void {
    if (this.labelFrame) return
    this.labelFrame = requestAnimationFrame(() => {
      this.labelFrame = 0
      this.positionLabels()
    })
  }

  private listen(): void {
    const cy = this.cy
    cy.on('viewport', () => {
      this.scheduleLabels()
      this.scheduleNames()
      this.overview?.scheduleViewport()
    })
    cy.on('tap', 'node', (e) => this.handlers.onOpen((e.target as cytoscape.NodeSingular).id()))
    cy.on('tap', (e) => {
      if (e.target === cy) this.handlers.onBackgroundTap()
    })
    cy.on('mouseover', 'node', (e) => (e.target as cytoscape.NodeSingular).addClass('hover'))
    cy.on('mouseout', 'node', (e) => (e.target as cytoscape.NodeSingular).removeClass('hover'))
    cy.on('mouseover', 'edge.suggestion', (e) => this.suggestionEvent(e, false))
    cy.on('tap', 'edge.suggestion', (e) => this.suggestionEvent(e, true))
    cy.on('mouseout', 'edge.suggestion', () => this.handlers.onSuggestion(null, null, false))
    cy.on('grab', 'node', (e) => {
      const node = e.target as cytoscape.NodeSingular
      const p = node.position()
      this.drag = { id: node.id(), start: { x: p.x, y: p.y }, target: null, cancelled: false }
    })
    cy.on('drag', 'node', (e) => {
      const pointer = e.position ?? (e.target as cytoscape.NodeSingular).position()
      if (this.frame) return
      this.frame = requestAnimationFrame(() => {
        this.frame = 0
        this.trackDrop({ x: pointer.x, y: pointer.y })
      })
    })
    cy.on('free', 'node', (e) => this.finishDrag(e))
    const container = cy.container()!
    const track = (event: PointerEvent | MouseEvent | KeyboardEvent) => {
      this.shift = event.shiftKey
    }
    const onKey = (event: KeyboardEvent) => {
      this.shift = event.shiftKey
      if (event.key === 'Escape' && this.drag) {
        event.stopPropagation()
        this.cancelDrag()
      }
    }
    container.addEventListener('pointermove', track, true)
    container.addEventListener('pointerdown', track, true)
    container.addEventListener('mousemove', track, true)
    window.addEventListener('keydown', onKey, true)
    window.addEventListener('keyup', track, true)
    this.cleanup.push(() => {
      container.removeEventListener('pointermove', track, true)
      container.removeEventListener('pointerdown', track, true)
      container.removeEventListener('mousemove', track, true)
      window.removeEventListener('keydown', onKey, true)
      window.removeEventListener('keyup', track, true)
    })
  }

  private suggestionEvent(e: EventObject, pinned: boolean): void {
    const edge = e.target as cytoscape.EdgeSingular
    this.handlers.onSuggestion(edge.data('key') as string, edge.renderedMidpoint(), pinned)
  }

  private trackDrop(pointer: Point): void {
    const drag = this.drag
    if (!drag) return
    if (drag.cancelled) {
      this.cy.getElementById(drag.id).position(drag.start)
      return
    }
    const candidates = this.cy
      .nodes()
      .not('.dim')
      .nodes()
      .map((n: cytoscape.NodeSingular) => ({ id: n.id(), position: n.position(), size: n.width() }))
    const target = findDropTarget(pointer, drag.id, candidates, DROP_MARGIN / this.cy.zoom())
    if (target === drag.target) return
    if (drag.target) this.cy.getElementById(drag.target).removeClass('drop-target')
    if (target) this.cy.getElementById(target).addClass('drop-target')
    drag.target = target
  }

  private cancelDrag(): void {
    const drag = this.drag
    if (!drag) return
    drag.cancelled = true
    if (drag.target) this.cy.getElementById(drag.target).removeClass('drop-target')
    drag.target = null
    this.cy.getElementById(drag.id).position(drag.start)
  }

  private finishDrag(e: EventObject): void {
    const drag = this.drag
    this.drag = null
    cancelAnimationFrame(this.frame)
    this.frame = 0
    if (!drag) return
    const node = this.cy.getElementById(drag.id)
    if (drag.cancelled) {
      node.position(drag.start)
      return
    }
    // The last drag frame may not have been checked yet.
    const p = e.position ?? node.position()
    this.drag = drag
    this.trackDrop({ x: p.x, y: p.y })
    this.drag = null
    if (drag.target) {
      this.cy.getElementById(drag.target).removeClass('drop-target')
      node.position(drag.start)
      this.handlers.onDropOnto(drag.id, drag.target, this.shift)
      return
    }
    const moved = node.position()
    if (moved.x === drag.start.x && moved.y === drag.start.y) return
    const shownElement = this.shown.get(drag.id)
    if (shownElement)
      this.shown.set(drag.id, { ...shownElement, position: { x: moved.x, y: moved.y } })
    this.scheduleLabels()
    this.overview?.redrawDots()
    this.handlers.onMoved({
      [drag.id]: { x: Math.round(moved.x * 10) / 10, y: Math.round(moved.y * 10) / 10 },
    })
  }
}
