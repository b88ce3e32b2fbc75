import { useEffect, useMemo, useRef } from 'react'
import type { Point } from '../../workers/layoutTypes'
import { useMapUi } from './mapUi'

const HIDE_AFTER_MS = 300

/**
 * Hover card logic for suggestion edges: hovering shows the card, leaving the edge hides it after
 * a moment unless the pointer moved onto the card; a click pins it until closed.
 */
export function useSuggestionHover(): {
  onEdge: (key: string | null, at: Point | null, pinned: boolean) => void
  onCard: (inside: boolean) => void
} {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const onCardNow = useRef(false)
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )
  return useMemo(() => {
    const cancel = () => {
      if (timer.current) clearTimeout(timer.current)
      timer.current = null
    }
    const hideLater = () => {
      cancel()
      timer.current = setTimeout(() => {
        const s = useMapUi.getState().suggestion
        if (s && !s.pinned && !onCardNow.current) useMapUi.setState({ suggestion: null })
      }, HIDE_AFTER_MS)
    }
    return {
      onEdge: (key, at, pinned) => {
        if (!key || !at) {
          hideLater()
          return
        }
        cancel()
        const previous = useMapUi.getState().suggestion
        if (previous?.pinned && previous.key !== key && !pinned) return
        useMapUi.setState({
          suggestion: {
            key,
            pinned: pinned || (previous?.key === key && previous.pinned),
            x: at.x + 12,
            y: at.y + 12,
          },
        })
      },
      onCard: (inside) => {
        onCardNow.current = inside
        if (inside) cancel()
        else hideLater()
      },
    }
  }, [])
}
