import { useMemo, useState } from 'react'
import type { Entry } from '../../../../shared/domain'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { showToast } from '../../components/toast'
import { useSnapshot } from '../../state/data'
import { errorMessage } from '../people/useCoreQuery'
import { EntryFields } from './EntryFields'
import {
  addParticipant,
  editFormFromEntry,
  editFormHasContent,
  entryChanges,
  fullPatch,
  mentionPeople,
  removeParticipant,
  type EditForm,
} from './entryForm'
import { MentionTextarea } from './MentionTextarea'
import type { MentionPerson } from './mentionAutocomplete'
import './journal.css'

export interface EditEntryDialogProps {
  entry: Entry
  onClose: () => void
}

/**
 * Edits a logged entry in the capture dialog's layout: title, text with @mentions (a mention adds
 * the person as a chip), when, type, follow-up, and the people as removable chips. Saves with
 * Ctrl/Cmd+Enter; the toast offers Undo.
 */
export function EditEntryDialog({ entry, onClose }: EditEntryDialogProps) {
  const snapshot = useSnapshot()
  const people = useMemo<MentionPerson[]>(() => mentionPeople(snapshot?.people ?? []), [snapshot])
  const [form, setForm] = useState<EditForm>(() =>
    editFormFromEntry(
      entry,
      (id) => snapshot?.people.find((p) => p.id === id)?.name ?? 'Someone removed',
    ),
  )
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const set =
    <K extends keyof EditForm>(key: K) =>
    (value: EditForm[K]) =>
      setForm((current) => ({ ...current, [key]: value }))

  const save = async () => {
    if (!editFormHasContent(form)) {
      setError('Write something, or keep someone on the entry.')
      return
    }
    const changes = entryChanges(entry, form)
    if (!changes) {
      onClose()
      return
    }
    setBusy(true)
    setError(null)
    try {
      await call('journal.update', { id: entry.id, patch: fullPatch(entry, changes) })
      onClose()
      showToast({ message: 'Entry updated.', undo: true, tone: 'success' })
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title="Edit entry"
      size="medium"
      onSubmit={() => void save()}
      data-testid="edit-entry-dialog"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            busy={busy}
            onClick={() => void save()}
            data-testid="edit-entry-save"
          >
            Save changes
          </Button>
        </>
      }
    >
      <div className="capture">
        <label className="field">
          <span className="field-label">Title</span>
          <input
            className="field-control"
            value={form.title}
            maxLength={300}
            placeholder="Optional"
            onChange={(e) => set('title')(e.target.value)}
          />
        </label>
        <MentionTextarea
          label="What happened?"
          value={form.body}
          onChange={set('body')}
          people={people}
          onPick={(pick) => {
            if (pick.id) {
              const person = { id: pick.id, name: pick.name }
              setForm((current) => ({
                ...current,
                participants: addParticipant(current.participants, person),
              }))
              setNotice(null)
            } else {
              // Creating people belongs to logging; here only existing people can be added.
              setNotice(`“${pick.name}” is not in your vault yet: add them first to link them.`)
            }
          }}
        />
        <div className="edit-participants">
          <span className="field-label" id="edit-participants-label">
            With
          </span>
          {form.participants.length > 0 ? (
            <ul
              className="entry-people"
              aria-labelledby="edit-participants-label"
              data-testid="edit-participants"
            >
              {form.participants.map((p) => (
                <li key={p.id} className="person-chip removable-chip">
                  <span>{p.name}</span>
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={`Remove ${p.name}`}
                    onClick={() =>
                      setForm((current) => ({
                        ...current,
                        participants: removeParticipant(current.participants, p.id),
                      }))
                    }
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">Nobody yet.</span>
          )}
          <span className="field-hint">Type @ in the text to add someone.</span>
        </div>
        {notice ? (
          <p role="status" className="muted">
            {notice}
          </p>
        ) : null}
        <EntryFields
          when={form.when}
          onWhen={set('when')}
          type={form.type}
          onType={set('type')}
          followUpOn={form.followUpOn}
          onFollowUpOn={set('followUpOn')}
        />
        {form.followUpOn ? (
          <label className="checkbox-row">
            <input
              type="checkbox"
              checked={form.followUpDone}
              onChange={(e) => set('followUpDone')(e.target.checked)}
            />
            <span>Follow-up done</span>
          </label>
        ) : null}
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
      </div>
    </Dialog>
  )
}
