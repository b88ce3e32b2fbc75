import type { Introduction } from '../../../../shared/domain'
import { STATUS_LABELS, ledgerFor } from '../introductions/introBoard'

/** Introductions this person received (was one side of) and gave (made for others). */
export function PersonLedger({
  personId,
  introductions,
  nameOf,
}: {
  personId: string
  introductions: readonly Introduction[]
  nameOf: (id: string) => string
}) {
  const { received, given } = ledgerFor(personId, introductions)
  if (received.length === 0 && given.length === 0) {
    return (
      <section className="panel-section" aria-labelledby="ledger-title">
        <h3 id="ledger-title">Introductions</h3>
        <p className="muted">No introductions yet.</p>
      </section>
    )
  }
  return (
    <section className="panel-section" aria-labelledby="ledger-title" data-testid="person-ledger">
      <h3 id="ledger-title">Introductions</h3>
      {received.length > 0 ? (
        <>
          <h4 className="section-label">Introduced to</h4>
          <ul className="ledger-list">
            {received.map((intro) => (
              <li key={intro.id}>
                {nameOf(intro.a === personId ? intro.b : intro.a)}{' '}
                <span className={`status-pill status-${intro.status}`}>
                  {STATUS_LABELS[intro.status]}
                </span>
                {intro.introducer ? (
                  <span className="muted"> by {nameOf(intro.introducer)}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {given.length > 0 ? (
        <>
          <h4 className="section-label">Introductions they made</h4>
          <ul className="ledger-list">
            {given.map((intro) => (
              <li key={intro.id}>
                {nameOf(intro.a)} ↔ {nameOf(intro.b)}{' '}
                <span className={`status-pill status-${intro.status}`}>
                  {STATUS_LABELS[intro.status]}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
