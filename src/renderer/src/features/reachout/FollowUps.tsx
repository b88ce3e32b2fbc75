import type { Entry } from '../../../../shared/domain'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { showToast } from '../../components/toast'
import { errorMessage } from '../people/useCoreQuery'

/** Entries whose follow-up date falls in a period, each with Done. */
export function FollowUps({
  title,
  entries,
  nameOf,
}: {
  title: string
  entries: readonly Entry[]
  nameOf: (id: string) => string
}) {
  const done = async (entry: Entry) => {
    try {
      await call('journal.update', { id: entry.id, patch: { followUpDone: true } })
      showToast({ message: 'Follow-up done.', undo: true })
    } catch (e) {
      showToast({ message: errorMessage(e), tone: 'error' })
    }
  }
  return (
    <>
      <h3 className="section-label">{title}</h3>
      {entries.length === 0 ? (
        <p className="muted">Nothing due.</p>
      ) : (
        <ul className="followup-list">
          {entries.map((entry) => (
            <li key={entry.id} className="followup-row">
              <span className="badge">{entry.followUpOn}</span>
              <span className="followup-text">
                {entry.title || entry.body.slice(0, 100)}
                {entry.participants.length > 0 ? (
                  <span className="muted"> · {entry.participants.map(nameOf).join(', ')}</span>
                ) : null}
              </span>
              <Button size="small" onClick={() => void done(entry)}>
                Done
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
