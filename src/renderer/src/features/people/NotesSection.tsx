import { useState } from 'react'
import { Button } from '../../components/Button'
import { Markdown } from '../journal/Markdown'

/** A person's notes: safe markdown, with an edit mode (Escape cancels). */
export function NotesSection({
  notes,
  onSave,
}: {
  notes: string
  onSave: (notes: string) => Promise<void>
}) {
  const [editingNotes, setEditingNotes] = useState<string | null>(null)
  return (
    <section className="panel-section" aria-labelledby="notes-title">
      <h3 id="notes-title">Notes</h3>
      {editingNotes === null ? (
        <>
          {notes ? <Markdown text={notes} /> : <p className="muted">No notes.</p>}
          <Button size="small" onClick={() => setEditingNotes(notes)}>
            Edit notes
          </Button>
        </>
      ) : (
        <>
          <textarea
            className="field-control notes-input"
            aria-label="Notes (markdown)"
            rows={8}
            autoFocus
            value={editingNotes}
            onChange={(e) => setEditingNotes(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation()
                setEditingNotes(null)
              }
            }}
          />
          <div className="form-actions">
            <Button size="small" onClick={() => setEditingNotes(null)}>
              Cancel
            </Button>
            <Button
              size="small"
              variant="primary"
              onClick={() => {
                void onSave(editingNotes)
                setEditingNotes(null)
              }}
            >
              Save notes
            </Button>
          </div>
        </>
      )}
    </section>
  )
}
