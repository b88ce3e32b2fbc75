import { useMemo, useState } from 'react'
import type { EntryType } from './captureRequest'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { showToast } from '../../components/toast'
import { useSnapshot } from '../../state/data'
import { useUi } from '../../state/ui'
import { errorMessage } from '../people/useCoreQuery'
import {
  captureRequest,
  initialCaptureText,
  newMentionNames,
  toLocalInput,
  type CapturePick,
} from './captureRequest'
import { EntryFields } from './EntryFields'
import { mentionPeople } from './entryForm'
import { MentionTextarea } from './MentionTextarea'
import type { MentionPerson } from './mentionAutocomplete'
import './journal.css'

/** The capture form: text with @mentions, when, type and follow-up; saves with Ctrl/Cmd+Enter. */
export function CaptureDialog() {
  const snapshot = useSnapshot()
  const close = useUi((s) => s.closeCapture)
  const initialIds = useUi((s) => s.captureParticipantIds)
  const people = useMemo<MentionPerson[]>(() => mentionPeople(snapshot?.people ?? []), [snapshot])
  const [initialPicks] = useState<CapturePick[]>(() =>
    initialIds.flatMap((id) => {
      const person = snapshot?.people.find((p) => p.id === id)
      return person ? [{ id, name: person.name, viaMention: true }] : []
    }),
  )
  const [text, setText] = useState(() => initialCaptureText(initialPicks.map((p) => p.name)))
  const [when, setWhen] = useState(() => toLocalInput(new Date()))
  const [type, setType] = useState<EntryType>('meeting')
  const [followUpOn, setFollowUpOn] = useState('')
  const [picks, setPicks] = useState<CapturePick[]>(initialPicks)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  // The core resolves mentions against everyone living, the user included.
  const everyone = useMemo(
    () =>
      (snapshot?.people ?? []).filter((p) => !p.deletedAt).map((p) => ({ id: p.id, name: p.name })),
    [snapshot],
  )
  const newNames = useMemo(() => newMentionNames(text, everyone), [text, everyone])

  const save = async () => {
    const request = captureRequest({ text, when, type, followUpOn, picks, people: everyone })
    if (!request) {
      setError('Write something, or mention someone with @.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      const { entry, created } = await call('journal.log', request)
      close()
      const added =
        created.length > 0 ? ` Added ${created.map((p) => p.name).join(', ')} to your vault.` : ''
      const names = entry.participants
        .filter((id) => !created.some((p) => p.id === id))
        .map((id) => snapshot?.people.find((p) => p.id === id)?.name)
        .filter(Boolean)
      showToast({
        message: (names.length > 0 ? `Logged with ${names.join(', ')}.` : 'Logged.') + added,
        undo: true,
        tone: 'success',
      })
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      open
      onClose={close}
      title="Log an interaction"
      size="medium"
      onSubmit={() => void save()}
      data-testid="capture-dialog"
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button
            variant="primary"
            busy={busy}
            onClick={() => void save()}
            data-testid="capture-save"
          >
            Save
          </Button>
        </>
      }
    >
      <div className="capture">
        <MentionTextarea
          label="What happened?"
          value={text}
          onChange={(next) => {
            setText(next)
            // An error about the old text (say, a name that was then picked) must not linger.
            setError(null)
          }}
          people={people}
          placeholder="Coffee with @Ana Silva about the climate fund…"
          onPick={(pick) => {
            setPicks((current) => [...current, { ...pick, viaMention: true }])
            setError(null)
          }}
        />
        {newNames.length > 0 ? (
          <p className="capture-new-people muted" data-testid="capture-new-people">
            Saving adds {newNames.length === 1 ? 'a new person' : 'new people'}:{' '}
            <strong>{newNames.join(', ')}</strong>
          </p>
        ) : null}
        <EntryFields
          when={when}
          onWhen={setWhen}
          type={type}
          onType={setType}
          followUpOn={followUpOn}
          onFollowUpOn={setFollowUpOn}
        />
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
      </div>
    </Dialog>
  )
}
