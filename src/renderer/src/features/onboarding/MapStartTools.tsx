import { useMemo } from 'react'
import { useSnapshot, useVaultStatus } from '../../state/data'
import { useAnalysis } from '../../workers/useAnalysis'
import { useIoUi } from '../io/ioUi'
import { reviewableCount } from '../likely/likelyText'
import { openReview } from '../likely/likelyUi'
import './onboarding.css'

/**
 * The map's own small toolbar for bringing people in: import a file, review the circles Kith
 * inferred. It floats over the canvas's top right corner rather than widening the main toolbar,
 * which would wrap to a second row at common window widths and shrink the map.
 */
export function MapStartTools() {
  const openImport = useIoUi((s) => s.openImport)
  const readOnly = useVaultStatus()?.readOnly ?? false
  const snapshot = useSnapshot()
  const { analysis } = useAnalysis()
  const circles = useMemo(
    () => (analysis && snapshot ? reviewableCount(analysis.evidenceGroups, snapshot.ties) : 0),
    [analysis, snapshot],
  )
  return (
    <div className="map-start-tools" role="toolbar" aria-label="Bring people in">
      <button
        type="button"
        className="btn btn-small"
        onClick={openImport}
        disabled={readOnly}
        data-testid="map-import"
      >
        Import…
      </button>
      <button
        type="button"
        className="btn btn-small"
        onClick={openReview}
        disabled={readOnly}
        data-testid="map-review-circles"
      >
        Review circles{circles > 0 ? ` (${circles})` : ''}
      </button>
    </div>
  )
}
