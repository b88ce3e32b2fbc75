import { useMemo } from 'react'
import { useSnapshot } from '../../state/data'
import { useAnalysis } from '../../workers/useAnalysis'
import { useIoUi } from '../io/ioUi'
import { importInference, inferenceSentence } from '../likely/likelyText'
import { dismissBatch, openReview, useLikelyUi } from '../likely/likelyUi'
import './onboarding.css'

/**
 * One line above the map (and the people list) after an import: what Kith inferred about the new people and how to
 * review it. It waits for the analysis that covers them, so the numbers are never the old ones.
 */
export function InferenceBanner() {
  const batch = useIoUi((s) => s.lastCommitted)
  const dismissed = useLikelyUi((s) => s.dismissedBatches)
  const snapshot = useSnapshot()
  const { analysis } = useAnalysis()
  const inference = useMemo(
    () => (batch ? importInference(snapshot, analysis, batch.id) : null),
    [batch, snapshot, analysis],
  )
  if (!batch || !inference || dismissed.includes(batch.id)) return null
  return (
    <div className="inference-banner" role="status" data-testid="inference-banner">
      <p className="inference-text">
        {inferenceSentence(inference)}
        {inference.circles > 0 ? ' — ' : '.'}
        {inference.circles > 0 ? (
          <button
            type="button"
            className="link-button"
            onClick={openReview}
            data-testid="inference-review"
          >
            Review
          </button>
        ) : null}
      </p>
      <button
        type="button"
        className="inference-dismiss"
        aria-label="Dismiss this note"
        onClick={() => dismissBatch(batch.id)}
      >
        ×
      </button>
    </div>
  )
}
