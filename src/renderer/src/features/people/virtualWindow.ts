/** Fixed-row-height windowing: which rows of a long list to render for a scroll position. */
export interface WindowInput {
  count: number
  rowHeight: number
  scrollTop: number
  viewportHeight: number
  /** Extra rows rendered above and below the viewport so fast scrolling shows no gaps. */
  overscan?: number
}

export interface RowWindow {
  /** First rendered row (inclusive). */
  start: number
  /** Last rendered row (exclusive). */
  end: number
  /** Height of the whole list, so the scrollbar is right. */
  totalHeight: number
  /** Where the first rendered row sits. */
  offsetTop: number
}

export function rowWindow(input: WindowInput): RowWindow {
  const { count, rowHeight } = input
  const overscan = input.overscan ?? 6
  const totalHeight = count * rowHeight
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0, totalHeight, offsetTop: 0 }
  const maxScroll = Math.max(0, totalHeight - input.viewportHeight)
  const scrollTop = Math.min(Math.max(0, input.scrollTop), maxScroll)
  const first = Math.floor(scrollTop / rowHeight)
  const visible = Math.ceil(Math.max(input.viewportHeight, rowHeight) / rowHeight) + 1
  const start = Math.max(0, first - overscan)
  const end = Math.min(count, first + visible + overscan)
  return { start, end, totalHeight, offsetTop: start * rowHeight }
}

/** The scrollTop that brings row `index` into view, or null when it already is. */
export function scrollToReveal(
  index: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
): number | null {
  const top = index * rowHeight
  if (top < scrollTop) return top
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight
  return null
}
