import { useDeferredValue, useState } from 'react'
import type { Entry } from '../../../../shared/domain'
import { ENTRY_TYPES } from '../../../../shared/domain'
import type { EntryType } from './captureRequest'
import { Button } from '../../components/Button'
import { useSnapshot } from '../../state/data'
import { openCapture, useUi } from '../../state/ui'
import { PersonPicker } from '../people/PersonPicker'
import { useCoreQuery } from '../people/useCoreQuery'
import { deleteEntry } from './deleteEntry'
import { EditEntryDialog } from './EditEntryDialog'
import { EntryCard } from './EntryCard'
import { toggleFollowUp } from './followUp'
import { SuggestedTiesBanner } from './SuggestedTiesBanner'
import '../people/people.css'
import './journal.css'

const PAGE = 200

/** The journal timeline: search, filter by type and person, suggested ties on top. */
export function JournalView() {
  const snapshot = useSnapshot()
  const openPerson = useUi((s) => s.openPerson)
  const [query, setQuery] = useState('')
  const [type, setType] = useState<EntryType | ''>('')
  const [personId, setPersonId] = useState<string | null>(null)
  const [limit, setLimit] = useState(PAGE)
  const [editing, setEditing] = useState<Entry | null>(null)
  const deferredQuery = useDeferredValue(query.trim())
  const { data, error, loading } = useCoreQuery('journal.list', {
    ...(deferredQuery ? { query: deferredQuery } : {}),
    ...(type ? { type } : {}),
    ...(personId ? { personId } : {}),
    limit,
  })
  const names = new Map<string, string>((snapshot?.people ?? []).map((p) => [p.id, p.name]))
  const nameOf = (id: string) => names.get(id) ?? 'Someone removed'
  return (
    <section className="journal-view" aria-labelledby="journal-title" data-testid="journal-view">
      <header className="view-header">
        <h1 id="journal-title">Journal</h1>
        <div className="view-actions">
          <Button variant="primary" onClick={() => openCapture()} aria-keyshortcuts="j">
            Log an interaction
          </Button>
        </div>
      </header>
      <SuggestedTiesBanner nameOf={nameOf} />
      <div className="journal-filters" role="search" aria-label="Filter the journal">
        <input
          type="search"
          className="field-control"
          aria-label="Search the journal"
          placeholder="Search entries…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label className="people-select">
          <span>Type</span>
          <select value={type} onChange={(e) => setType(e.target.value as EntryType | '')}>
            <option value="">All</option>
            {ENTRY_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <PersonPicker label="Person" value={personId} onChange={setPersonId} />
      </div>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {loading && !data ? (
        <p aria-busy="true" className="muted">
          Loading…
        </p>
      ) : null}
      {data && data.length === 0 ? (
        <p className="muted journal-empty">
          {deferredQuery || type || personId
            ? 'No entries match.'
            : 'Nothing logged yet: press J to log an interaction.'}
        </p>
      ) : null}
      <div className="timeline journal-timeline" data-testid="journal-timeline">
        {(data ?? []).map((entry) => (
          <EntryCard
            key={entry.id}
            entry={entry}
            nameOf={nameOf}
            onOpenPerson={openPerson}
            onDelete={(e) => void deleteEntry(e)}
            onEdit={setEditing}
            onToggleFollowUp={(e) => void toggleFollowUp(e)}
          />
        ))}
      </div>
      {data && data.length >= limit ? (
        <Button onClick={() => setLimit(limit + PAGE)}>Show more</Button>
      ) : null}
      {editing ? <EditEntryDialog entry={editing} onClose={() => setEditing(null)} /> : null}
    </section>
  )
}
