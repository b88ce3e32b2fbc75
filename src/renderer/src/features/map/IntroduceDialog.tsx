import { useMemo, useState } from 'react'
import type { Person } from '../../../../shared/domain'
import type { Suggestion } from '../../../../shared/graph'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { showToast } from '../../components/toast'
import { CopyButton } from './CopyButton'
import { introduceCommand } from './mapCommands'
import { optInDrafts } from './optInDraft'

export interface IntroduceDialogProps {
  a: Person
  b: Person
  owner: Person | null
  /** The analysis' suggestion for this pair, when there is one: its reasons prefill the rationale. */
  suggestion: Suggestion | null
  onClose: () => void
}

/** Drag-to-connect's dialog: the pair, why, a double opt-in draft for each side, and a status. */
export function IntroduceDialog({ a, b, owner, suggestion, onClose }: IntroduceDialogProps) {
  const [rationale, setRationale] = useState(suggestion?.text ?? '')
  const [status, setStatus] = useState<'idea' | 'asked'>('idea')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const drafts = useMemo(() => optInDrafts(a, b, rationale, owner), [a, b, rationale, owner])

  const save = async () => {
    setBusy(true)
    setError(null)
    try {
      await introduceCommand(call, { a: a.id, b: b.id, status, rationale }).run()
      showToast({
        message: `Introduction of ${a.name} and ${b.name} saved`,
        undo: true,
        tone: 'success',
      })
      onClose()
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
      setBusy(false)
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      size="large"
      title={`Introduce ${a.name} and ${b.name}`}
      description="Ask each of them privately first; share details only when both say yes."
      data-testid="introduce-dialog"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} onClick={() => void save()}>
            Save introduction
          </Button>
        </>
      }
    >
      <form
        className="map-dialog-form"
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        {suggestion ? (
          <ul className="map-reasons" aria-label="Why Kith suggests it">
            {suggestion.reasons.map((r) => (
              <li key={r.code}>{r.text}</li>
            ))}
          </ul>
        ) : null}
        <Field
          multiline
          label="Why they should meet"
          value={rationale}
          rows={3}
          onChange={(event) => setRationale(event.target.value)}
        />
        <fieldset className="map-status-choice">
          <legend>Status</legend>
          <label>
            <input
              type="radio"
              name="intro-status"
              checked={status === 'idea'}
              onChange={() => setStatus('idea')}
            />{' '}
            Just an idea
          </label>
          <label>
            <input
              type="radio"
              name="intro-status"
              checked={status === 'asked'}
              onChange={() => setStatus('asked')}
            />{' '}
            I have asked them
          </label>
        </fieldset>
        <div className="map-drafts">
          <Draft title={`Message to ${a.name}`} text={drafts.forA} />
          <Draft title={`Message to ${b.name}`} text={drafts.forB} />
        </div>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </Dialog>
  )
}

function Draft({ title, text }: { title: string; text: string }) {
  return (
    <section className="map-draft" aria-label={title}>
      <header>
        <h3>{title}</h3>
        <CopyButton text={text} label={`Copy ${title.toLowerCase()}`} />
      </header>
      <pre>{text}</pre>
    </section>
  )
}
