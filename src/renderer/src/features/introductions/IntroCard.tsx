import { useState } from 'react'
import type { Introduction, IntroductionStatus } from '../../../../shared/domain'
import { Button } from '../../components/Button'
import { NEXT_STATUSES, STATUS_LABELS } from './introBoard'
import { formatDate } from '../../format'

export interface IntroCardProps {
  intro: Introduction
  nameOf: (id: string) => string
  onMove: (intro: Introduction, to: IntroductionStatus, note: string) => Promise<void>
  onDrafts: (intro: Introduction) => void
  onOpenPerson: (id: string) => void
}

/** One introduction on the board: the pair, why, when, its history, and where it can move. */
export function IntroCard({ intro, nameOf, onMove, onDrafts, onOpenPerson }: IntroCardProps) {
  const [moving, setMoving] = useState(false)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState<IntroductionStatus | null>(null)
  const [showHistory, setShowHistory] = useState(false)
  const pair = `${nameOf(intro.a)} and ${nameOf(intro.b)}`
  const move = async (to: IntroductionStatus) => {
    setBusy(to)
    try {
      await onMove(intro, to, note.trim())
      setMoving(false)
      setNote('')
    } finally {
      setBusy(null)
    }
  }
  return (
    <li className="intro-card" aria-label={pair} data-testid="intro-card">
      <div className="intro-pair">
        <button type="button" className="link-button" onClick={() => onOpenPerson(intro.a)}>
          {nameOf(intro.a)}
        </button>
        <span aria-hidden="true"> ↔ </span>
        <button type="button" className="link-button" onClick={() => onOpenPerson(intro.b)}>
          {nameOf(intro.b)}
        </button>
      </div>
      {intro.rationale ? <p className="intro-rationale">{intro.rationale}</p> : null}
      <p className="muted intro-dates">
        Since {formatDate(intro.createdAt)}
        {intro.updatedAt !== intro.createdAt ? ` · updated ${formatDate(intro.updatedAt)}` : ''}
        {intro.introducer ? ` · by ${nameOf(intro.introducer)}` : ''}
      </p>
      {intro.tie ? <span className="badge badge-ok">Tie created</span> : null}
      <div className="intro-actions">
        <Button
          size="small"
          aria-expanded={moving}
          onClick={() => setMoving(!moving)}
          data-testid="intro-move"
        >
          Move…
        </Button>
        <Button size="small" variant="ghost" onClick={() => onDrafts(intro)}>
          Drafts
        </Button>
        {intro.history.length > 0 ? (
          <Button
            size="small"
            variant="ghost"
            aria-expanded={showHistory}
            onClick={() => setShowHistory(!showHistory)}
          >
            History ({intro.history.length})
          </Button>
        ) : null}
      </div>
      {moving ? (
        <div className="intro-move" role="group" aria-label={`Move ${pair} to`}>
          <label className="field-label" htmlFor={`note-${intro.id}`}>
            Note (optional)
          </label>
          <textarea
            id={`note-${intro.id}`}
            className="field-control"
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <div className="intro-move-targets">
            {NEXT_STATUSES[intro.status].map((to) => (
              <Button
                key={to}
                size="small"
                variant={to === 'declined' || to === 'closed' ? 'ghost' : 'primary'}
                busy={busy === to}
                onClick={() => void move(to)}
                data-testid={`intro-move-${to}`}
              >
                {STATUS_LABELS[to]}
              </Button>
            ))}
          </div>
        </div>
      ) : null}
      {showHistory ? (
        <ol className="intro-history">
          {intro.history.map((step, i) => (
            <li key={i}>
              <span className={`status-pill status-${step.status}`}>
                {STATUS_LABELS[step.status]}
              </span>{' '}
              <time dateTime={step.at}>{formatDate(step.at)}</time>
              {step.note ? <span className="muted"> · {step.note}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </li>
  )
}
