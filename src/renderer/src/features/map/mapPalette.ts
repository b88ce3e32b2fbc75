/** Colours the canvas needs; Cytoscape cannot read CSS variables, so they are resolved here. */
export interface MapColors {
  clusters: string[]
  isolated: string
  owner: string
  text: string
  textHalo: string
  edge: string
  suggestion: string
  introduction: string
  highlight: string
  background: string
}

const LIGHT_CLUSTERS = [
  '#3b6fd4',
  '#d9622b',
  '#2a9d6f',
  '#c2417a',
  '#8a5cd1',
  '#b8901a',
  '#1c94b0',
  '#c94040',
  '#5d8f2a',
  '#9c5b36',
  '#4a57b0',
  '#c2569f',
]
const DARK_CLUSTERS = [
  '#6f9cf5',
  '#f08a55',
  '#4cc595',
  '#ec6fa6',
  '#ad8af0',
  '#ddb845',
  '#4fc0dc',
  '#f07070',
  '#8dc25a',
  '#cf8f67',
  '#8591eb',
  '#e68bc8',
]

/** Whether the page is dark right now (data-theme, else the system preference). */
export function isDark(doc: Document = document): boolean {
  const theme = doc.documentElement.dataset.theme
  if (theme === 'dark') return true
  if (theme === 'light') return false
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false
}

/**
 * Reads the theme's cluster colours `--c0`..`--c11` (and the base colours) from the document,
 * falling back to a palette of our own where a variable is not defined.
 */
export function readMapColors(doc: Document = document): MapColors {
  const dark = isDark(doc)
  const style = doc.defaultView?.getComputedStyle(doc.documentElement)
  const v = (name: string, fallback: string) => style?.getPropertyValue(name).trim() || fallback
  const fallback = dark ? DARK_CLUSTERS : LIGHT_CLUSTERS
  return {
    clusters: fallback.map((c, i) => v(`--c${i}`, c)),
    isolated: dark ? '#7d8594' : '#8d93a0',
    owner: v('--text', dark ? '#e8e6e1' : '#1d1f23'),
    text: v('--text', dark ? '#e8e6e1' : '#1d1f23'),
    textHalo: v('--bg', dark ? '#14161a' : '#f7f6f3'),
    edge: dark ? '#8c93a3' : '#7a8190',
    suggestion: v('--accent', dark ? '#6c9cff' : '#2f6fde'),
    introduction: dark ? '#e0b43c' : '#a87a00',
    highlight: v('--focus', dark ? '#8fb3ff' : '#2f6fde'),
    background: v('--bg', dark ? '#14161a' : '#f7f6f3'),
  }
}
