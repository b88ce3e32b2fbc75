import { useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { showToast } from '../../components/toast'
import { useSnapshot } from '../../state/data'
import { openCapture, useUi } from '../../state/ui'
import { errorMessage, useCoreQuery } from '../people/useCoreQuery'
import { FollowUps } from './FollowUps'
import { browserTimeZone } from './timeZone'
import '../people/people.css'
import './reachout.css'

/** People whose keep-in-touch cadence is overdue, in the core's order, and follow-ups due. */
export function ReachOutView() {
  const snapshot = useSnapshot()
  const openPerson = useUi((s) => s.openPerson)
  const timeZone = browserTimeZone()
  const { data, error, loading } = useCoreQuery('keepInTouch.list', { timeZone })
  const [busy, setBusy] = useState<string | null>(null)
  const names = new Map<string, string>((snapshot?.people ?? []).map((p) => [p.id, p.name]))
  const snooze = async (personId: string, name: string, days: number) => {
    setBusy(personId)
    try {
      await call('keepInTouch.snooze', { personId, days, timeZone })
      showToast({ message: `Snoozed ${name} for ${days} days.`, undo: true })
    } catch (e) {
      showToast({ message: errorMessage(e), tone: 'error' })
    } finally {
      setBusy(null)
    }
  }
  return (
    <section className="reachout-view" aria-labelledby="reachout-title" data-testid="reachout-view">
      <header className="view-header">
        <h1 id="reachout-title">Reach out</h1>
      </header>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {loading && !data ? (
        <p aria-busy="true" className="muted">
          Loading…
        </p>
      ) : null}
      {data ? (
        <div className="reachout-columns">
          <section aria-labelledby="overdue-title" className="reachout-section">
            <h2 id="overdue-title">Overdue ({data.reachOut.length})</h2>
            {data.reachOut.length === 0 ? (
              <p className="muted">
                Nobody is overdue. Set a keep-in-touch cadence on a person to see them here.
              </p>
            ) : (
              <ol className="reachout-list" data-testid="reachout-list">
                {data.reachOut.map((row) => (
                  <li key={row.personId} className="reachout-row">
                    <button
                      type="button"
                      className="link-button reachout-name"
                      onClick={() => openPerson(row.personId)}
                    >
                      {row.name}
                    </button>
                    <span className="badge badge-warn">
                      {Math.round(row.daysOverdue)}{' '}
                      {Math.round(row.daysOverdue) === 1 ? 'day' : 'days'} overdue
                    </span>
                    <span
                      className="muted strength"
                      aria-label={`Tie strength ${row.strength} of 5`}
                    >
                      {'●'.repeat(Math.round(row.strength))}
                      {'○'.repeat(Math.max(0, 5 - Math.round(row.strength)))}
                    </span>
                    <span className="reachout-actions">
                      <Button
                        size="small"
                        variant="primary"
                        onClick={() => openCapture([row.personId])}
                      >
                        Log an interaction
                      </Button>
                      <Button
                        size="small"
                        busy={busy === row.personId}
                        onClick={() => void snooze(row.personId, row.name, 7)}
                      >
                        Snooze 7 days
                      </Button>
                      <Button
                        size="small"
                        busy={busy === row.personId}
                        onClick={() => void snooze(row.personId, row.name, 30)}
                      >
                        Snooze 30 days
                      </Button>
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="followups-title" className="reachout-section">
            <h2 id="followups-title">Follow-ups</h2>
            <FollowUps
              title="Today"
              entries={data.followUpsToday}
              nameOf={(id) => names.get(id) ?? '?'}
            />
            <FollowUps
              title="This week"
              entries={data.followUpsThisWeek}
              nameOf={(id) => names.get(id) ?? '?'}
            />
          </section>
        </div>
      ) : null}
    </section>
  )
}
