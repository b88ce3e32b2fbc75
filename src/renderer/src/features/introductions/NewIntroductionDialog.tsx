import { useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { showToast } from '../../components/toast'
import { PersonPicker } from '../people/PersonPicker'
import { errorMessage } from '../people/useCoreQuery'

/** Two people pickers and why they should meet -> a new introduction (idea or asked). */
export function NewIntroductionDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [a, setA] = useState<string | null>(null)
  const [b, setB] = useState<string | null>(null)
  const [rationale, setRationale] = useState('')
  const [status, setStatus] = useState<'idea' | 'asked'>('idea')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const reset = () => {
    setA(null)
    setB(null)
    setRationale('')
    setError(null)
  }
  const create = async () => {
    if (!a || !b) {
      setError('Pick two people.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      await call('introductions.create', {
        a,
        b,
        status,
        ...(rationale.trim() ? { rationale: rationale.trim() } : {}),
      })
      showToast({ message: 'Introduction added.', undo: true, tone: 'success' })
      reset()
      onClose()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="New introduction"
      data-testid="new-intro-dialog"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} disabled={!a || !b} onClick={() => void create()}>
            Add introduction
          </Button>
        </>
      }
    >
      <div className="form-grid">
        <PersonPicker
          label="Introduce"
          value={a}
          onChange={setA}
          exclude={b ? [b] : []}
          autoFocus
          data-testid="intro-a"
        />
        <PersonPicker
          label="To"
          value={b}
          onChange={setB}
          exclude={a ? [a] : []}
          data-testid="intro-b"
        />
        <Field
          label="Why they should meet"
          multiline
          rows={3}
          className="span-2"
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
        />
        <label className="people-select">
          <span>Status</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as 'idea' | 'asked')}>
            <option value="idea">Idea</option>
            <option value="asked">Asked</option>
          </select>
        </label>
      </div>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </Dialog>
  )
}
