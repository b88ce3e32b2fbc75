import { useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { showToast } from '../../components/toast'
import { errorMessage, useCoreQuery } from '../people/useCoreQuery'

/** People who keep appearing together in entries: confirm the tie or dismiss the suggestion. */
export function SuggestedTiesBanner({ nameOf }: { nameOf: (id: string) => string }) {
  const { data } = useCoreQuery('ties.suggested', {})
  const [busy, setBusy] = useState<string | null>(null)
  if (!data || data.length === 0) return null
  const review = async (a: string, b: string, accept: boolean) => {
    setBusy(`${a}|${b}`)
    try {
      await call('ties.reviewSuggested', { a, b, accept })
      if (accept)
        showToast({ message: `Tied ${nameOf(a)} and ${nameOf(b)}.`, undo: true, tone: 'success' })
    } catch (e) {
      showToast({ message: errorMessage(e), tone: 'error' })
    } finally {
      setBusy(null)
    }
  }
  return (
    <section
      className="suggested-ties"
      aria-labelledby="suggested-ties-title"
      data-testid="suggested-ties"
    >
      <h2 id="suggested-ties-title" className="section-label">
        Suggested ties
      </h2>
      <ul>
        {data.slice(0, 5).map((s) => {
          const key = `${s.a}|${s.b}`
          return (
            <li key={key} className="suggested-tie">
              <span>
                <strong>{nameOf(s.a)}</strong> and <strong>{nameOf(s.b)}</strong> appeared together{' '}
                {s.count} {s.count === 1 ? 'time' : 'times'}: tie them?
              </span>
              <Button
                size="small"
                variant="primary"
                busy={busy === key}
                onClick={() => void review(s.a, s.b, true)}
              >
                Tie them
              </Button>
              <Button
                size="small"
                variant="ghost"
                disabled={busy === key}
                onClick={() => void review(s.a, s.b, false)}
              >
                Dismiss
              </Button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
