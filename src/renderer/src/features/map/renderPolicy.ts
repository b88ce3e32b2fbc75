/** Renderer options for a graph of this size: the level-of-detail policy (issue 7, point 6). */
export interface RenderPolicy {
  hideEdgesOnViewport: boolean
  textureOnViewport: boolean
  motionBlur: boolean
  pixelRatio: number | 'auto'
  /** Straight, unarrowed edges drawn in one pass (Cytoscape's fastest edge type). */
  haystack: boolean
  /** Labels smaller than this on screen (px) are not drawn: few labels when zoomed out. */
  minZoomedFontSize: number
  /**
   * Names are drawn only for the people in view once few enough are in view: measuring and
   * drawing thousands of labels dominates a big graph's first frame and every frame after.
   */
  labelsOnDemand: boolean
  /** Node outlines cost a stroke per node per frame; dropped on big graphs. */
  nodeBorders: boolean
  webgl: boolean
}

export const BIG_GRAPH = 800
export const HUGE_GRAPH = 5000
/** With labels on demand, names appear once at most this many people are in view. */
export const LABELS_IN_VIEW = 250

export function renderPolicy(nodes: number, options: { webgl?: boolean } = {}): RenderPolicy {
  const big = nodes >= BIG_GRAPH
  const huge = nodes >= HUGE_GRAPH
  return {
    hideEdgesOnViewport: big,
    textureOnViewport: huge,
    motionBlur: false,
    pixelRatio: big ? 1 : 'auto',
    haystack: big,
    minZoomedFontSize: huge ? 11 : big ? 10 : 8,
    labelsOnDemand: big,
    nodeBorders: !big,
    webgl: options.webgl ?? false,
  }
}
