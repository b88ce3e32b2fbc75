import type { Core } from 'cytoscape'
import type { MapColors } from './mapPalette'

const WIDTH = 180
const HEIGHT = 120
const PAD = 6

/**
 * The overview for big maps: every person as a dot in their cluster's colour and a rectangle for
 * what the canvas shows; pressing or dragging on it moves the view there. Plain DOM and a 2D
 * canvas, owned by the MapController: React never renders it.
 */
export class MapOverview {
  readonly element: HTMLCanvasElement
  private frame = 0
  private scale = 1
  private origin = { x: 0, y: 0 }
  private dots: ImageData | null = null

  constructor(
    private readonly cy: Core,
    host: HTMLElement,
    private colors: MapColors,
  ) {
    const canvas = host.ownerDocument.createElement('canvas')
    canvas.className = 'map-overview'
    canvas.width = WIDTH
    canvas.height = HEIGHT
    canvas.setAttribute('role', 'img')
    canvas.setAttribute('aria-label', 'Overview of the whole map; the rectangle is what is in view')
    canvas.dataset.testid = 'map-overview'
    host.appendChild(canvas)
    this.element = canvas
    const move = (event: PointerEvent) => {
      if (event.buttons !== 1 && event.type !== 'pointerdown') return
      const box = canvas.getBoundingClientRect()
      const x = (event.clientX - box.left - PAD) / this.scale + this.origin.x
      const y = (event.clientY - box.top - PAD) / this.scale + this.origin.y
      const zoom = this.cy.zoom()
      const c = this.cy.container()!.getBoundingClientRect()
      this.cy.pan({ x: c.width / 2 - x * zoom, y: c.height / 2 - y * zoom })
    }
    canvas.addEventListener('pointerdown', move)
    canvas.addEventListener('pointermove', move)
  }

  setColors(colors: MapColors): void {
    this.colors = colors
    this.redrawDots()
  }

  /** People moved, came or went: redraw the dots (cheap: one pass, one pixel each). */
  redrawDots(): void {
    const nodes = this.cy.nodes()
    if (nodes.empty()) return
    const bb = nodes.boundingBox({ includeLabels: false })
    this.scale = Math.min((WIDTH - 2 * PAD) / (bb.w || 1), (HEIGHT - 2 * PAD) / (bb.h || 1))
    this.origin = { x: bb.x1, y: bb.y1 }
    const ctx = this.element.getContext('2d', { willReadFrequently: true })
    if (!ctx) return
    // Transparent: the element's CSS background follows the theme without a redraw.
    ctx.clearRect(0, 0, WIDTH, HEIGHT)
    nodes.forEach((n) => {
      const p = n.position()
      const slot = /\bc(\d+)\b/.exec(n.classes().join(' '))?.[1]
      ctx.fillStyle =
        slot === undefined
          ? this.colors.isolated
          : (this.colors.clusters[Number(slot)] ?? this.colors.isolated)
      const x = PAD + (p.x - this.origin.x) * this.scale
      const y = PAD + (p.y - this.origin.y) * this.scale
      ctx.fillRect(x - 1, y - 1, 2, 2)
    })
    this.dots = ctx.getImageData(0, 0, WIDTH, HEIGHT)
    this.drawViewport()
  }

  /** The view moved: redraw only the rectangle, once per frame. */
  scheduleViewport(): void {
    if (this.frame) return
    this.frame = requestAnimationFrame(() => {
      this.frame = 0
      this.drawViewport()
    })
  }

  destroy(): void {
    cancelAnimationFrame(this.frame)
    this.element.remove()
  }

  private drawViewport(): void {
    const ctx = this.element.getContext('2d', { willReadFrequently: true })
    if (!ctx || !this.dots) return
    ctx.putImageData(this.dots, 0, 0)
    const e = this.cy.extent()
    ctx.strokeStyle = this.colors.highlight
    ctx.lineWidth = 1.5
    ctx.strokeRect(
      PAD + (e.x1 - this.origin.x) * this.scale,
      PAD + (e.y1 - this.origin.y) * this.scale,
      e.w * this.scale,
      e.h * this.scale,
    )
  }
}
