import { useState } from 'react'
import type { Entry, LabelledValue } from '../../../../shared/domain'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { showToast } from '../../components/toast'
import { useSnapshot } from '../../state/data'
import { openCapture, useUi } from '../../state/ui'
import { deleteEntry } from '../journal/deleteEntry'
import { EditEntryDialog } from '../journal/EditEntryDialog'
import { EntryCard } from '../journal/EntryCard'
import { toggleFollowUp } from '../journal/followUp'
import { safeHref } from '../journal/safeHref'
import { CadenceEditor } from './CadenceEditor'
import { ChipEditor } from './ChipEditor'
import { InlineText } from './InlineText'
import { LikelyTiesSection } from './LikelyTiesSection'
import { NotesSection } from './NotesSection'
import { PersonInsights } from './PersonInsights'
import { PersonDates } from './PersonDates'
import { PersonLedger } from './PersonLedger'
import { PersonPicker } from './PersonPicker'
import { TiesSection } from './TiesSection'
import { formatDate } from '../../format'
import { relativeDays } from './peopleQuery'
import { errorMessage, useCoreQuery } from './useCoreQuery'
import { updatePerson } from './usePersonUpdate'
import './people.css'

const values = (list: readonly LabelledValue[]) => list.map((v) => v.value)
/** New chip values, keeping the label each existing value had (chips show values only). */
const labelled = (list: readonly string[], before: readonly LabelledValue[]): LabelledValue[] =>
  list.map((value) => before.find((v) => v.value === value) ?? { value })

/** Everything about one person, editable in place. */
export function PersonPanel({ personId }: { personId: string }) {
  const snapshot = useSnapshot()
  const [editing, setEditing] = useState<Entry | null>(null)
  const openPerson = useUi((s) => s.openPerson)
  const closePanel = useUi((s) => s.closePanel)
  const { data, error } = useCoreQuery('people.get', { id: personId })
  const names = new Map<string, string>((snapshot?.people ?? []).map((p) => [p.id, p.name]))
  const nameOf = (id: string) => names.get(id) ?? 'Someone removed'
  if (error)
    return (
      <p role="alert" className="error panel-pad">
        {error}
      </p>
    )
  if (!data)
    return (
      <p aria-busy="true" className="muted panel-pad">
        Loading…
      </p>
    )
  const { person, ties, entries, introductions } = data
  const save = (patch: Parameters<typeof updatePerson>[1]) => updatePerson(person.id, patch)
  const now = new Date()
  const trash = async () => {
    try {
      await call('people.trash', { id: person.id })
      closePanel()
      showToast({ message: `Moved ${person.name} to the trash.`, undo: true })
    } catch (e) {
      showToast({ message: errorMessage(e), tone: 'error' })
    }
  }
  const sortedEntries = [...entries]
    .filter((e) => !e.deletedAt)
    .sort((x, y) => (x.at < y.at ? 1 : -1))
  return (
    <article className="person-panel" aria-labelledby="person-name" data-testid="person-panel">
      <header className="person-head">
        <h2 id="person-name" className="person-name">
          <InlineText label="Name" value={person.name} required onSave={(name) => save({ name })} />
        </h2>
        <div className="person-sub">
          <InlineText
            label="Title"
            value={person.title ?? ''}
            onSave={(title) => save({ title })}
          />
          <span aria-hidden="true">·</span>
          <InlineText
            label="Organization"
            value={person.organization ?? ''}
            onSave={(organization) => save({ organization })}
          />
          <span aria-hidden="true">·</span>
          <InlineText
            label="Location"
            value={person.location ?? ''}
            onSave={(location) => save({ location })}
          />
        </div>
        <div className="person-actions">
          <Button size="small" variant="primary" onClick={() => openCapture([person.id])}>
            Log an interaction
          </Button>
          <Button
            size="small"
            variant="danger"
            onClick={() => void trash()}
            data-testid="person-trash"
          >
            Delete
          </Button>
        </div>
        <p className="muted" data-testid="person-last-contact">
          Last contact:{' '}
          {person.lastContactAt
            ? `${formatDate(person.lastContactAt)} (${relativeDays(person.lastContactAt, now)})`
            : 'never'}
        </p>
        <CadenceEditor person={person} now={now} />
      </header>

      <section className="panel-section" aria-label="Contact details">
        <ChipEditor
          label="Emails"
          values={values(person.emails)}
          onChange={(v) => save({ emails: labelled(v, person.emails) })}
          render={(v) => <a href={`mailto:${v}`}>{v}</a>}
        />
        <ChipEditor
          label="Phones"
          values={values(person.phones)}
          onChange={(v) => save({ phones: labelled(v, person.phones) })}
        />
        <ChipEditor
          label="Links"
          values={values(person.links)}
          onChange={(v) => save({ links: labelled(v, person.links) })}
          render={(v) => {
            const href = safeHref(v)
            return href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {v}
              </a>
            ) : (
              v
            )
          }}
        />
      </section>

      <section className="panel-section" aria-label="Tags, offers and seeks">
        <ChipEditor label="Tags" values={person.tags} onChange={(tags) => save({ tags })} />
        <ChipEditor
          label="Offers"
          values={person.offers}
          onChange={(offers) => save({ offers })}
          placeholder="What they can help with…"
        />
        <ChipEditor
          label="Seeks"
          values={person.seeks}
          onChange={(seeks) => save({ seeks })}
          placeholder="What they are looking for…"
        />
      </section>

      <section className="panel-section" aria-labelledby="met-title">
        <h3 id="met-title">How we met</h3>
        <InlineText
          label="How we met"
          value={person.howWeMet ?? ''}
          multiline
          onSave={(howWeMet) => save({ howWeMet })}
        />
        {person.metThrough ? (
          <p className="muted">
            Met through{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => openPerson(person.metThrough!)}
            >
              {nameOf(person.metThrough)}
            </button>
          </p>
        ) : null}
        <PersonPicker
          key={`${person.id}-${person.metThrough ?? ''}`}
          label="Met through"
          value={person.metThrough ?? null}
          exclude={[person.id]}
          onChange={(id) => {
            if (id && id !== person.metThrough) void save({ metThrough: id })
          }}
        />
      </section>

      <PersonDates person={person} />
      <NotesSection notes={person.notes} onSave={(notes) => save({ notes })} />

      <TiesSection person={person} ties={ties} nameOf={nameOf} onOpen={openPerson} />
      <LikelyTiesSection personId={person.id} nameOf={nameOf} onOpen={openPerson} />
      <PersonLedger personId={person.id} introductions={introductions} nameOf={nameOf} />
      <PersonInsights personId={person.id} nameOf={nameOf} onOpen={openPerson} />

      <section className="panel-section" aria-labelledby="timeline-title">
        <h3 id="timeline-title">Timeline ({sortedEntries.length})</h3>
        {sortedEntries.length === 0 ? (
          <p className="muted">No journal entries with them yet.</p>
        ) : null}
        <div className="timeline" data-testid="person-timeline">
          {sortedEntries.map((entry) => (
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
        {editing ? <EditEntryDialog entry={editing} onClose={() => setEditing(null)} /> : null}
      </section>
    </article>
  )
}
