import { useMemo, type RefObject } from 'react'
import type { Person } from '../../../../shared/domain'
import type { Cluster } from '../../../../shared/graph'
import { call } from '../../api/client'
import { showToast } from '../../components/toast'
import type { MapController } from './MapController'
import { MapFilters } from './MapFilters'
import { MapSearch } from './MapSearch'
import { MAX_FOCUS_DEPTH, useMapUi, widenFocus } from './mapUi'

/** Search, filters, focus, zoom and view switches above the canvas. */
export function MapToolbar({
  people,
  clusters,
  controller,
  showSuggestions,
  onRelayout,
}: {
  people: readonly Person[]
  clusters: readonly Cluster[]
  controller: RefObject<MapController | null>
  showSuggestions: boolean
  onRelayout: () => void
}) {
  const focusDepth = useMapUi((s) => s.focusDepth)
  const listMode = useMapUi((s) => s.listMode)
  const tags = useMemo(() => {
    const all = new Set<string>()
    for (const p of people) for (const t of p.tags) all.add(t)
    return [...all].sort((a, b) => a.localeCompare(b))
  }, [people])
  const sortedClusters = useMemo(
    () => [...clusters].sort((a, b) => a.label.localeCompare(b.label)),
    [clusters],
  )
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map tools">
      <MapSearch
        people={people}
        onPick={(id) => {
          useMapUi.setState({ focusId: id, listMode: false })
          controller.current?.setKeyboardFocus(id)
          controller.current?.centreOn(id)
        }}
      />
      <MapFilters clusters={sortedClusters} tags={tags} />
      <div className="map-tool-group" aria-label="Focus">
        <button
          type="button"
          className="btn btn-small"
          aria-label="Narrow focus"
          disabled={focusDepth === 0}
          onClick={() => widenFocus(-1)}
        >
          −
        </button>
        <span className="map-focus-depth" aria-live="polite">
          {focusDepth === 0
            ? 'Everyone'
            : `${focusDepth} ${focusDepth === 1 ? 'tie' : 'ties'} away`}
        </span>
        <button
          type="button"
          className="btn btn-small"
          aria-label="Widen focus"
          disabled={focusDepth === MAX_FOCUS_DEPTH}
          onClick={() => widenFocus(1)}
        >
          +
        </button>
      </div>
      <div className="map-tool-group">
        <button
          type="button"
          className="btn btn-small"
          aria-label="Zoom out"
          onClick={() => controller.current?.zoomBy(1 / 1.4)}
        >
          −
        </button>
        <button type="button" className="btn btn-small" onClick={() => controller.current?.fit()}>
          Fit
        </button>
        <button
          type="button"
          className="btn btn-small"
          aria-label="Zoom in"
          onClick={() => controller.current?.zoomBy(1.4)}
        >
          +
        </button>
      </div>
      <div className="map-tool-group">
        <button
          type="button"
          className="btn btn-small"
          aria-pressed={showSuggestions}
          onClick={() => {
            call('settings.update', { patch: { showSuggestions: !showSuggestions } }).catch(
              (err: unknown) => showToast({ message: String(err), tone: 'error' }),
            )
          }}
        >
          Suggestions
        </button>
        <button
          type="button"
          className="btn btn-small"
          aria-pressed={listMode}
          data-testid="map-list-toggle"
          onClick={() => useMapUi.setState({ listMode: !listMode })}
        >
          List
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={onRelayout}>
          Re-arrange
        </button>
      </div>
    </div>
  )
}
