import { useEffect, useMemo } from 'react'
import { useSnapshot } from '../../state/data'
import { useAnalysis } from '../../workers/useAnalysis'
import { useIoUi } from '../io/ioUi'
import { importInference, inferenceSentence } from '../likely/likelyText'
import { dismissBatch, openReview, rememberInference, useLikelyUi } from '../likely/likelyUi'
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
  const live = useMemo(
    () => (batch ? importInference(snapshot, analysis, batch.id) : null),
    [batch, snapshot, analysis],
  )
  // The line says what the import brought; as circles are answered only "Review" goes away.
  const first = useLikelyUi((s) => (batch ? s.inferences[batch.id] : undefined))
  useEffect(() => {
    if (batch && live && !first) rememberInference(batch.id, live)
  }, [batch, live, first])
  const inference = first ?? live
  if (!batch || !inference || dismissed.includes(batch.id)) return null
  const left = live ? live.circles : inference.circles
  return (
    <div className="inference-banner" role="status" data-testid="inference-banner">
      <p className="inference-text">
        {inferenceSentence(inference)}
        {left > 0 ? ' — ' : inference.circles > 0 ? ': every circle is answered.' : '.'}
        {left > 0 ? (
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
