import { useState } from 'react'
import type { Introduction, IntroductionStatus } from '../../../../shared/domain'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { showToast } from '../../components/toast'
import { useSnapshot } from '../../state/data'
import { openCapture, useUi } from '../../state/ui'
import { errorMessage } from '../people/useCoreQuery'
import { DraftsDialog } from './DraftsDialog'
import { IntroCard } from './IntroCard'
import { NewIntroductionDialog } from './NewIntroductionDialog'
import { useIntroUi } from './introUi'
import { STATUS_LABELS, boardColumns, createsTie } from './introBoard'
import '../people/people.css'
import './introductions.css'

/** Introductions as a board by status; cards move by buttons (keyboard-friendly). */
export function IntroductionsView() {
  const snapshot = useSnapshot()
  const openPerson = useUi((s) => s.openPerson)
  const creating = useIntroUi((s) => s.newOpen)
  const setCreating = useIntroUi((s) => s.setNewOpen)
  const [drafts, setDrafts] = useState<Introduction | null>(null)
  const [tied, setTied] = useState<Introduction | null>(null)
  const names = new Map<string, string>((snapshot?.people ?? []).map((p) => [p.id, p.name]))
  const nameOf = (id: string) => names.get(id) ?? 'Someone removed'
  const columns = boardColumns(snapshot?.introductions ?? [])
  const move = async (intro: Introduction, to: IntroductionStatus, note: string) => {
    try {
      const result = await call('introductions.transition', {
        id: intro.id,
        to,
        ...(note ? { note } : {}),
      })
      showToast({ message: `Moved to ${STATUS_LABELS[to]}.`, undo: true })
      if (createsTie(to)) setTied(result.introduction)
    } catch (e) {
      showToast({ message: errorMessage(e), tone: 'error' })
    }
  }
  return (
    <section className="intro-view" aria-labelledby="intro-title" data-testid="introductions-view">
      <header className="view-header">
        <h1 id="intro-title">Introductions</h1>
        <div className="view-actions">
          <Button variant="primary" onClick={() => setCreating(true)} data-testid="intro-new">
            New introduction
          </Button>
        </div>
      </header>
      <div className="intro-board">
        {columns.map((column) => (
          <section
            key={column.status}
            className={`intro-column column-${column.status}`}
            aria-labelledby={`col-${column.status}`}
          >
            <h2 id={`col-${column.status}`} className="intro-column-title">
              {STATUS_LABELS[column.status]} <span className="muted">{column.cards.length}</span>
            </h2>
            <ul className="intro-cards" data-testid={`intro-column-${column.status}`}>
              {column.cards.map((intro) => (
                <IntroCard
                  key={intro.id}
                  intro={intro}
                  nameOf={nameOf}
                  onMove={move}
                  onDrafts={setDrafts}
                  onOpenPerson={openPerson}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
      <NewIntroductionDialog open={creating} onClose={() => setCreating(false)} />
      <DraftsDialog intro={drafts} nameOf={nameOf} onClose={() => setDrafts(null)} />
      <Dialog
        open={tied !== null}
        onClose={() => setTied(null)}
        title="Introduction made"
        size="small"
        data-testid="intro-tied-dialog"
        footer={
          <>
            <Button onClick={() => setTied(null)}>Not now</Button>
            <Button
              variant="primary"
              autoFocus
              onClick={() => {
                if (tied) openCapture([tied.a, tied.b])
                setTied(null)
              }}
            >
              Write a journal entry
            </Button>
          </>
        }
      >
        {tied ? (
          <p>
            {nameOf(tied.a)} and {nameOf(tied.b)} are now tied on your map. Write a journal entry
            about it?
          </p>
        ) : null}
      </Dialog>
    </section>
  )
}
