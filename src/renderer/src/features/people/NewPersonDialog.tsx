import { useState, type FormEvent } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { showToast } from '../../components/toast'
import { useUi } from '../../state/ui'
import { errorMessage } from './useCoreQuery'
import { useInitialFocus } from './useInitialFocus'

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}

/** The "New person" form (`n`, the People view's button, the palette); opens the new person. */
export function NewPersonDialog() {
  const open = useUi((s) => s.newPersonOpen)
  const close = useUi((s) => s.closeNewPerson)
  const openPerson = useUi((s) => s.openPerson)
  const nameRef = useInitialFocus<HTMLInputElement>(open)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (key: string) => {
      const value = form.get(key)
      return typeof value === 'string' ? value.trim() : ''
    }
    if (!text('name')) {
      setError('A name is required.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      const email = text('email')
      const person = await call('people.create', {
        name: text('name'),
        ...(text('organization') ? { organization: text('organization') } : {}),
        ...(text('title') ? { title: text('title') } : {}),
        ...(text('location') ? { location: text('location') } : {}),
        ...(email ? { emails: [{ value: email }] } : {}),
        tags: splitList(text('tags')),
        ...(text('howWeMet') ? { howWeMet: text('howWeMet') } : {}),
      })
      close()
      openPerson(person.id)
      showToast({ message: `Added ${person.name}.`, tone: 'success' })
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog open={open} onClose={close} title="New person" data-testid="new-person-dialog">
      <form className="form-grid" onSubmit={(e) => void submit(e)}>
        <Field label="Name" name="name" required ref={nameRef} error={error} />
        <Field label="Organization" name="organization" />
        <Field label="Title" name="title" />
        <Field label="Location" name="location" />
        <Field label="Email" name="email" type="email" />
        <Field label="Tags" name="tags" hint="Separated by commas" />
        <Field label="How we met" name="howWeMet" multiline rows={2} className="span-2" />
        <div className="form-actions span-2">
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" variant="primary" busy={busy}>
            Create
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
