import { useState } from 'react'

/**
 * What sizes and lines mean. Cluster colours are explained by the names on the map itself.
 * Collapsible so it never hides part of the network for long.
 */
export function MapLegend() {
  const [open, setOpen] = useState(true)
  return (
    <aside className="map-legend" aria-label="Legend">
      <button
        type="button"
        className="map-legend-toggle"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        Legend
      </button>
      {open ? (
        <div className="map-legend-body">
          <ul>
            <li>
              <span className="map-dot big" aria-hidden="true" />
              <span className="map-dot" aria-hidden="true" /> bigger: closer to you
            </li>
            <li>
              <span className="map-line strong" aria-hidden="true" /> strong tie
            </li>
            <li>
              <span className="map-line cold" aria-hidden="true" /> faded: no contact for long
            </li>
            <li>
              <span className="map-line likely" aria-hidden="true" />{' '}
              <span title="Inferred from a shared organisation, label, school or e-mail domain; not confirmed">
                likely tie (inferred)
              </span>
            </li>
            <li>
              <span className="map-line suggestion" aria-hidden="true" /> suggested introduction
            </li>
            <li>
              <span className="map-line intro" aria-hidden="true" /> introduction in progress
            </li>
          </ul>
          <p className="muted map-legend-hint">
            Drag a person onto another to introduce them; with Shift, to connect them.
          </p>
        </div>
      ) : null}
    </aside>
  )
}
