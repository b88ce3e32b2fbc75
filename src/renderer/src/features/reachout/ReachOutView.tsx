import { useState } from 'react'
import type { ReachOutItemView } from '../../../../shared/ipc'
import { call } from '../../api/client'
import { showToast } from '../../components/toast'
import { openCapture, useUi } from '../../state/ui'
import { errorMessage, useCoreQuery } from '../people/useCoreQuery'
import { ReachOutRow } from './ReachOutRow'
import { namesText, shortDate } from './reachOutText'
import { browserTimeZone } from './timeZone'
import '../people/people.css'
import './reachout.css'

const SECTIONS = [
  { id: 'overdue', title: 'Overdue', empty: 'Nothing overdue.' },
  { id: 'today', title: 'Today', empty: 'Nothing for today.' },
  { id: 'thisWeek', title: 'This week', empty: 'Nothing else this week.' },
  { id: 'later', title: 'Later', empty: 'Nothing coming up.' },
] as const

/**
 * The day's list: follow-ups by their date, birthdays and dates in the next two weeks,
 * introductions waiting for an answer and people going cold, in the core's order.
 */
export function ReachOutView() {
  const openPerson = useUi((s) => s.openPerson)
  const timeZone = browserTimeZone()
  const { data, error, loading } = useCoreQuery('reachOut.day', { timeZone })
  const [busy, setBusy] = useState<string | null>(null)

  const run = async (item: ReachOutItemView, action: () => Promise<unknown>, message: string) => {
    setBusy(item.key)
    try {
      await action()
      showToast({ message, undo: true })
    } catch (e) {
      showToast({ message: errorMessage(e), tone: 'error' })
    } finally {
      setBusy(null)
    }
  }
  const snooze = (item: ReachOutItemView, until: string) =>
    void run(
      item,
      () => call('reachOut.snooze', { key: item.key, until, timeZone }),
      `Snoozed until ${shortDate(until)}: ${namesText(item.names)}.`,
    )
  const done = (item: ReachOutItemView) =>
    void run(
      item,
      () =>
        item.kind === 'followUp' && item.entryId
          ? call('journal.update', { id: item.entryId, patch: { followUpDone: true } })
          : call('reachOut.snooze', {
              key: item.key,
              until: item.doneUntil ?? '9999-12-31',
              timeZone,
            }),
      `Done: ${namesText(item.names)}.`,
    )
  const total = data ? SECTIONS.reduce((n, s) => n + data.sections[s.id].length, 0) : 0

  return (
    <section className="reachout-view" aria-labelledby="reachout-title" data-testid="reachout-view">
      <header className="view-header">
        <h1 id="reachout-title">Reach out</h1>
        {data ? <p className="muted reachout-date">{shortDate(data.date)}</p> : null}
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
      {data && total === 0 ? (
        <p className="muted reachout-empty">
          Nothing to do. Set a keep-in-touch cadence, a follow-up date or a birthday on a person to
          see them here.
        </p>
      ) : null}
      {data && total > 0 ? (
        <div className="reachout-sections">
          {SECTIONS.map((section) => {
            const items = data.sections[section.id]
            return (
              <section
                key={section.id}
                aria-labelledby={`reachout-${section.id}`}
                className={`reachout-section reachout-section-${section.id}`}
                data-testid={`reachout-${section.id}`}
              >
                <h2 id={`reachout-${section.id}`}>
                  {section.title} <span className="muted count">{items.length}</span>
                </h2>
                {items.length === 0 ? (
                  <p className="muted">{section.empty}</p>
                ) : (
                  <ol
                    className="reachout-list"
                    data-testid={section.id === 'overdue' ? 'reachout-list' : undefined}
                  >
                    {items.map((item) => (
                      <ReachOutRow
                        key={item.key}
                        item={item}
                        today={data.date}
                        busy={busy === item.key}
                        onOpenPerson={openPerson}
                        onLog={(it) => openCapture(it.personIds)}
                        onSnooze={snooze}
                        onDone={done}
                      />
                    ))}
                  </ol>
                )}
              </section>
            )
          })}
        </div>
      ) : null}
    </section>
  )
}
