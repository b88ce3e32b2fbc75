import type { Entry } from '../../../../shared/domain'
import { Markdown } from './Markdown'
import { displayBody } from './mentionAutocomplete'
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
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** One journal entry: when, what kind, with whom, and its body as safe markdown. */
export function EntryCard({
  entry,
  nameOf,
  onOpenPerson,
  onDelete,
  onEdit,
  onToggleFollowUp,
}: EntryCardProps) {
  return (
    <article
      className="entry-card"
      aria-label={`${entry.type} on ${dateFormat.format(new Date(entry.at))}`}
    >
      <header className="entry-meta">
        <time dateTime={entry.at}>{dateFormat.format(new Date(entry.at))}</time>
        <span className={`entry-type type-${entry.type}`}>{entry.type}</span>
        {entry.followUpOn && !entry.followUpDone ? (
          <span className="badge badge-warn">follow up {entry.followUpOn}</span>
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
      <Markdown text={displayBody(entry.body)} />
      {entry.participants.length > 0 ? (
        <ul className="entry-people" aria-label="With">
          {entry.participants.map((id) => (
            <li key={id}>
              {onOpenPerson ? (
                <button type="button" className="person-chip" onClick={() => onOpenPerson(id)}>
                  {nameOf(id)}
                </button>
              ) : (
                <span className="person-chip">{nameOf(id)}</span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  )
}
