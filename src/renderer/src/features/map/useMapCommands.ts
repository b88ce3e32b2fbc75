import { useEffect, type RefObject } from 'react'
import { call } from '../../api/client'
import { showToast } from '../../components/toast'
import { getSnapshot } from '../../state/data'
import { registerCommands } from '../../state/commands'
import type { MapController } from './MapController'
import { NO_FILTERS, useMapUi, widenFocus } from './mapUi'
import { setWebglPreferred, webglAvailable, webglPreferred } from './webglPreference'

/** Every map action in the command palette (issue 7, point 7). */
export function useMapCommands(
  controller: RefObject<MapController | null>,
  relayout: () => void,
): void {
  useEffect(
    () =>
      registerCommands([
        {
          id: 'map.fit',
          label: 'Map: fit everybody in view',
          group: 'Map',
          run: () => controller.current?.fit(),
        },
        {
          id: 'map.zoomIn',
          label: 'Map: zoom in',
          group: 'Map',
          run: () => controller.current?.zoomBy(1.4),
        },
        {
          id: 'map.zoomOut',
          label: 'Map: zoom out',
          group: 'Map',
          run: () => controller.current?.zoomBy(1 / 1.4),
        },
        {
          id: 'map.widenFocus',
          label: 'Map: widen focus',
          group: 'Map',
          shortcut: '+',
          run: () => widenFocus(1),
        },
        {
          id: 'map.narrowFocus',
          label: 'Map: narrow focus',
          group: 'Map',
          shortcut: '-',
          run: () => widenFocus(-1),
        },
        {
          id: 'map.clearFilters',
          label: 'Map: clear filters and focus',
          group: 'Map',
          run: () => useMapUi.setState({ filters: NO_FILTERS, focusDepth: 0 }),
        },
        {
          id: 'map.list',
          label: 'Map: show as a list',
          group: 'Map',
          keywords: ['accessible', 'table', 'screen reader'],
          run: () => useMapUi.setState((s) => ({ listMode: !s.listMode })),
        },
        {
          id: 'map.relayout',
          label: 'Map: re-arrange everybody',
          group: 'Map',
          keywords: ['layout'],
          run: relayout,
        },
        {
          id: 'map.toggleSuggestions',
          label: 'Map: show or hide suggested introductions',
          group: 'Map',
          run: async () => {
            const shown = getSnapshot()?.settings?.showSuggestions ?? true
            try {
              await call('settings.update', { patch: { showSuggestions: !shown } })
            } catch (err) {
              showToast({ message: String(err), tone: 'error' })
            }
          },
        },
        {
          id: 'map.webgl',
          label: 'Map: switch the WebGL renderer on or off',
          group: 'Map',
          keywords: ['gpu', 'performance', 'renderer'],
          run: () => {
            if (!webglAvailable()) {
              showToast({
                message: 'WebGL is not available here; the map keeps the canvas renderer.',
              })
              return
            }
            const on = !webglPreferred()
            setWebglPreferred(on)
            showToast({
              message: `WebGL renderer ${on ? 'on' : 'off'}: it applies the next time the map opens.`,
            })
          },
        },
        {
          id: 'map.find',
          label: 'Map: find a person',
          group: 'Map',
          run: () =>
            document.querySelector<HTMLInputElement>('[data-testid="map-search"]')?.focus(),
        },
      ]),
    [controller, relayout],
  )
}
