import { useCallback, useState, type KeyboardEvent, type RefObject } from 'react'
import type { Person } from '../../../../shared/domain'
import type { NetworkAnalysis } from '../../../../shared/graph'
import type { NetworkSnapshot } from '../../../../shared/ipc'
import { openPerson, useUi } from '../../state/ui'
import type { Direction } from './keyboardNav'
import type { MapController } from './MapController'
import { useMapUi, widenFocus } from './mapUi'

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
}

/** Keyboard navigation of the canvas, with a sentence for the live region. */
export function useMapKeyboard(
  controller: RefObject<MapController | null>,
  snapshot: NetworkSnapshot | null,
  analysis: NetworkAnalysis | null,
  byId: ReadonlyMap<string, Person>,
): {
  onKeyDown: (event: KeyboardEvent) => void
  onFocus: () => void
  announcement: string
} {
  const [announcement, setAnnouncement] = useState('')

  const describe = useCallback(
    (id: string) => {
      const person = byId.get(id)
      if (!person) return ''
      const cluster = analysis?.clusters.find((c) => c.id === analysis.clusterOf[id])
      const ties =
        snapshot?.ties.filter((t) => !t.deletedAt && (t.a === id || t.b === id)).length ?? 0
      const where = person.isMe
        ? 'you, at the centre'
        : cluster
          ? `in ${cluster.label}`
          : 'in no cluster'
      return `${person.name}, ${where}, ${ties} ${ties === 1 ? 'tie' : 'ties'}.`
    },
    [byId, analysis, snapshot],
  )

  const focus = useCallback(
    (id: string | null) => {
      useMapUi.setState({ focusId: id })
      controller.current?.setKeyboardFocus(id)
      setAnnouncement(id ? describe(id) : '')
    },
    [controller, describe],
  )

  const current = () =>
    useMapUi.getState().focusId ?? useUi.getState().selectedPersonId ?? snapshot?.ownerId ?? null

  const onKeyDown = (event: KeyboardEvent) => {
    const direction = ARROWS[event.key]
    const id = current()
    if (direction) {
      event.preventDefault()
      if (!id) return
      const next = controller.current?.step(id, direction) ?? null
      if (next) focus(next)
      else setAnnouncement(`Nobody further ${direction}.`)
      return
    }
    if (event.key === 'Enter' && id) {
      event.preventDefault()
      openPerson(id)
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault()
      widenFocus(1)
      setAnnouncement(`Showing people within ${useMapUi.getState().focusDepth} ties.`)
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault()
      widenFocus(-1)
      const depth = useMapUi.getState().focusDepth
      setAnnouncement(depth === 0 ? 'Showing everybody.' : `Showing people within ${depth} ties.`)
    } else if (event.key === 'Escape' && useMapUi.getState().focusDepth > 0) {
      event.stopPropagation()
      useMapUi.setState({ focusDepth: 0 })
      setAnnouncement('Showing everybody.')
    }
  }

  const onFocus = () => {
    const id = current()
    if (id) focus(id)
  }

  return { onKeyDown, onFocus, announcement }
}
