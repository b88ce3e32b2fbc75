import { useMemo, useState } from 'react'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { useSnapshot } from '../../state/data'
import { useAnalysis } from '../../workers/useAnalysis'
import { reviewQueue, tooLargeToReview } from './likelyText'
import { closeReview, useLikelyUi } from './likelyUi'
import { ReviewCircleQuestion } from './ReviewCircleQuestion'
import { useLikelyReview } from './useLikelyReview'
import './likely.css'

/** "Review likely circles": open while `useLikelyUi().reviewOpen`; its state starts fresh each time. */
export function ReviewCircles() {
  const open = useLikelyUi((s) => s.reviewOpen)
  if (!open) return null
  return <ReviewCirclesDialog />
}

function ReviewCirclesDialog() {
  const snapshot = useSnapshot()
  const { analysis, computing } = useAnalysis()
  const review = useLikelyReview()
  // Circles answered or skipped in this review: not asked again until the dialog reopens.
  const [handled, setHandled] = useState<readonly string[]>([])
  const queue = useMemo(
    () => (analysis && snapshot ? reviewQueue(analysis.evidenceGroups, snapshot.ties) : []),
    [analysis, snapshot],
  )
  const names = useMemo(
    () => new Map((snapshot?.people ?? []).map((p) => [p.id as string, p.name])),
    [snapshot],
  )
  const largeNote = useMemo(
    () => (analysis ? tooLargeToReview(analysis.evidenceGroups) : null),
    [analysis],
  )
  const left = queue.filter((item) => !handled.includes(item.group.key))
  const current = left[0] ?? null
  const done = (key: string) => setHandled((h) => [...h, key])
  const [answering, setAnswering] = useState<'yes' | 'no' | null>(null)
  const answer = async (accept: boolean) => {
    if (!current || answering) return
    setAnswering(accept ? 'yes' : 'no')
    const ok = await review.reviewGroup(current.group, current.pairs, accept)
    setAnswering(null)
    if (ok) done(current.group.key)
  }
  const busy = answering !== null

  // WARNING: never `disabled` while answering: a disabled button drops keyboard focus, and the
  // person answering circle after circle would have to find the buttons again each time.
  const footer = current ? (
    <>
      <Button onClick={() => !busy && done(current.group.key)} aria-disabled={busy}>
        Skip
      </Button>
      <Button
        variant="danger"
        onClick={() => void answer(false)}
        aria-disabled={busy}
        aria-busy={answering === 'no' || undefined}
        data-testid="likely-no"
      >
        No, they don’t
      </Button>
      <Button
        variant="primary"
        onClick={() => void answer(true)}
        aria-disabled={busy}
        aria-busy={answering === 'yes' || undefined}
        data-testid="likely-yes"
      >
        Yes, they know each other
      </Button>
    </>
  ) : (
    <Button variant="primary" onClick={closeReview} autoFocus>
      Done
    </Button>
  )

  return (
    <Dialog
      open
      onClose={closeReview}
      title="Review likely circles"
      description="People whose records share an organisation, a label, a school or a family name probably know each other. Answer for a whole circle at once; every answer can be undone."
      footer={footer}
      className="likely-dialog"
      data-testid="likely-review"
    >
      {!analysis ? (
        <p className="muted" aria-busy={computing}>
          Looking for circles…
        </p>
      ) : current ? (
        // A live region: the next circle is read out after an answer, without moving focus.
        <div aria-live="polite">
          <ReviewCircleQuestion
            key={current.group.key}
            group={current.group}
            pairs={current.pairs.length}
            position={handled.length + 1}
            total={handled.length + left.length}
            nameOf={(id) => names.get(id) ?? 'Someone removed'}
          />
        </div>
      ) : (
        <p className="notice notice-ok" role="status" data-testid="likely-review-done">
          {handled.length === 0
            ? 'Nothing to review: no circle of likely ties is waiting for an answer.'
            : 'That was every circle. Kith keeps inferring as you add people; come back here any time.'}
        </p>
      )}
      {largeNote ? (
        <p className="muted likely-large-note" data-testid="likely-too-large">
          {largeNote}
        </p>
      ) : null}
    </Dialog>
  )
}
