import { useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { showToast } from '../../components/toast'
import { errorMessage, useCoreQuery } from './useCoreQuery'
import { formatDate } from '../../format'

/** People in the trash, each with Restore. */
export function TrashList() {
  const { data, error, loading } = useCoreQuery('people.list', { trash: 'only' })
  const [busy, setBusy] = useState<string | null>(null)
  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    )
  if (loading || !data)
    return (
      <p aria-busy="true" className="muted">
        Loading the trash…
      </p>
    )
  if (data.length === 0) return <p className="muted people-empty">The trash is empty.</p>
  const restore = async (id: string, name: string) => {
    setBusy(id)
    try {
      await call('people.restore', { id })
      showToast({ message: `Restored ${name}.`, tone: 'success' })
    } catch (e) {
      showToast({ message: errorMessage(e), tone: 'error' })
    } finally {
      setBusy(null)
    }
  }
  return (
    <ul className="trash-list" aria-label="People in the trash" data-testid="trash-list">
      {data.map((person) => (
        <li key={person.id} className="trash-row">
          <span>{person.name}</span>
          <span className="muted">
            {person.deletedAt ? `deleted ${formatDate(person.deletedAt)}` : ''}
          </span>
          <Button
            size="small"
            busy={busy === person.id}
            onClick={() => void restore(person.id, person.name)}
          >
            Restore
          </Button>
        </li>
      ))}
    </ul>
  )
}
