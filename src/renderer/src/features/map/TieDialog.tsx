import { useState } from 'react'
import type { Person } from '../../../../shared/domain'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { showToast } from '../../components/toast'
import { createTieCommand } from './mapCommands'
import { TIE_TYPES, type TieType } from './tieTypes'

/** Shift + drag-to-connect: record that two people know each other. */
export function TieDialog({ a, b, onClose }: { a: Person; b: Person; onClose: () => void }) {
  const [type, setType] = useState<TieType>('acquaintance')
  const [strength, setStrength] = useState(3)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const save = async () => {
    setBusy(true)
    setError(null)
    try {
      await createTieCommand(call, { a: a.id, b: b.id, type, strength, note }).run()
      showToast({
        message: `${a.name} and ${b.name} are now connected`,
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
      size="small"
      title={`${a.name} knows ${b.name}`}
      data-testid="tie-dialog"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} onClick={() => void save()}>
            Add tie
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
        <label className="field">
          <span className="field-label">Kind of tie</span>
          <select
            className="field-control"
            value={type}
            onChange={(event) => setType(event.target.value as TieType)}
          >
            {TIE_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Strength: {strength} of 5</span>
          <input
            type="range"
            min={1}
            max={5}
            step={1}
            value={strength}
            onChange={(event) => setStrength(Number(event.target.value))}
          />
        </label>
        <Field
          label="Note (optional)"
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </Dialog>
  )
}
