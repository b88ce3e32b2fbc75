import { useMemo } from 'react'
import type { Entry } from '../../../../shared/domain'
import { formatDateTime, formatDay } from '../../format'
import { Markdown } from './Markdown'
import { toggleTask } from './toggleTask'
import './journal.css'

export interface EntryCardProps {
  entry: Entry
  nameOf: (id: string) => string
  onOpenPerson?: (id: string) => void
  /** Shows a Delete button (the caller offers Undo). */
  onDelete?: (entry: Entry) => void
  /** Shows an Edit button. */
  onEdit?: (entry: Entry) => void
  /** Shows "Mark follow-up done" (or "Reopen follow-up") on an entry with a follow-up. */
  onToggleFollowUp?: (entry: Entry) => void
  /** Task boxes in the body toggle and save; false shows them read-only. */
  tasksEditable?: boolean
}

const TYPE_LABELS: Record<Entry['type'], string> = {
  meeting: 'Meeting',
  call: 'Call',
  message: 'Message',
  event: 'Event',
  note: 'Note',
}

/**
 * One journal entry: when, what kind and with whom at a glance, then its body as safe markdown
 * with @mentions shown as names and task boxes that tick.
 */
export function EntryCard({
  entry,
  nameOf,
  onOpenPerson,
  onDelete,
  onEdit,
  onToggleFollowUp,
  tasksEditable = true,
}: EntryCardProps) {
  const when = formatDateTime(entry.at)
  const people = useMemo(
    () => entry.participants.map((id) => ({ id, name: nameOf(id) })),
    [entry.participants, nameOf],
  )
  const label = TYPE_LABELS[entry.type]
  return (
    <article
      className={`entry-card entry-${entry.type}`}
      aria-label={`${label} on ${when}`}
      data-testid="entry-card"
    >
      <header className="entry-meta">
        <span className={`entry-type type-${entry.type}`}>{label}</span>
        {people.length > 0 ? (
          <ul className="entry-people" aria-label="With">
            {people.map((person) => (
              <li key={person.id}>
                {onOpenPerson ? (
                  <button
                    type="button"
                    className="person-chip"
                    onClick={() => onOpenPerson(person.id)}
                  >
                    {person.name}
                  </button>
                ) : (
                  <span className="person-chip">{person.name}</span>
                )}
              </li>
            ))}
          </ul>
        ) : null}
        <time dateTime={entry.at}>{when}</time>
        {entry.followUpOn && !entry.followUpDone ? (
          <span className="badge badge-warn">follow up {formatDay(entry.followUpOn)}</span>
        ) : null}
        {entry.followUpOn && entry.followUpDone ? (
          <span className="badge">follow-up done</span>
        ) : null}
        <span className="entry-actions">
          {onToggleFollowUp && entry.followUpOn ? (
            <button type="button" className="entry-action" onClick={() => onToggleFollowUp(entry)}>
              {entry.followUpDone ? 'Reopen follow-up' : 'Mark follow-up done'}
            </button>
          ) : null}
          {onEdit ? (
            <button
              type="button"
              className="entry-action"
              aria-label="Edit this entry"
              data-testid="entry-edit"
              onClick={() => onEdit(entry)}
            >
              Edit
            </button>
          ) : null}
          {onDelete ? (
            <button
              type="button"
              className="entry-action entry-delete"
              aria-label="Delete this entry"
              onClick={() => onDelete(entry)}
            >
              Delete
            </button>
          ) : null}
        </span>
      </header>
      {entry.title ? <h4 className="entry-title">{entry.title}</h4> : null}
      <Markdown
        text={entry.body}
        people={people}
        {...(onOpenPerson ? { onOpenPerson } : {})}
        {...(tasksEditable
          ? {
              onToggleTask: (offset: number, done: boolean) => void toggleTask(entry, offset, done),
            }
          : {})}
      />
    </article>
  )
}
