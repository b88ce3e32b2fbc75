import { useId, useMemo, useState } from 'react'
import { useSnapshot } from '../../state/data'
import { useInitialFocus } from './useInitialFocus'
import { mentionKey, mentionOptions, type MentionPerson } from '../journal/mentionAutocomplete'

export interface PersonPickerProps {
  label: string
  /** The picked person's id, or null. */
  value: string | null
  onChange: (id: string | null) => void
  /** People not offered (e.g. the other side of a pair). */
  exclude?: readonly string[]
  autoFocus?: boolean
  'data-testid'?: string
}

/** A labelled combobox that picks one person by typing part of their name. */
export function PersonPicker({
  label,
  value,
  onChange,
  exclude = [],
  autoFocus,
  ...rest
}: PersonPickerProps) {
  const snapshot = useSnapshot()
  const id = useId()
  const inputRef = useInitialFocus<HTMLInputElement>(autoFocus ?? false)
  const people = useMemo<MentionPerson[]>(
    () =>
      (snapshot?.people ?? [])
        .filter((p) => !p.deletedAt && !exclude.includes(p.id))
        .map((p) => ({
          id: p.id,
          name: p.name,
          ...(p.organization ? { organization: p.organization } : {}),
        })),
    [snapshot, exclude],
  )
  const picked = people.find((p) => p.id === value) ?? snapshot?.people.find((p) => p.id === value)
  const [text, setText] = useState(picked?.name ?? '')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const options = useMemo(
    () => mentionOptions(text, people, 8).flatMap((o) => (o.kind === 'person' ? [o.person] : [])),
    [text, people],
  )
  const listId = `${id}-list`
  const pick = (person: MentionPerson) => {
    setText(person.name)
    setOpen(false)
    onChange(person.id)
  }
  return (
    <div className="field person-picker">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        className="field-control"
        role="combobox"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        ref={inputRef}
        value={text}
        data-testid={rest['data-testid']}
        onChange={(event) => {
          setText(event.target.value)
          setOpen(true)
          setActive(0)
          if (value) onChange(null)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (!open) {
            if (event.key === 'ArrowDown') setOpen(true)
            return
          }
          const outcome = mentionKey(event.key, active, options.length)
          if (outcome.action === 'none') return
          if (outcome.action === 'pick' && event.key === 'Tab' && value) return
          event.preventDefault()
          event.stopPropagation()
          if (outcome.action === 'move') setActive(outcome.index)
          if (outcome.action === 'close') setOpen(false)
          if (outcome.action === 'pick') {
            const person = options[outcome.index]
            if (person) pick(person)
          }
        }}
      />
      {open && options.length > 0 ? (
        <ul id={listId} role="listbox" className="picker-list" aria-label={label}>
          {options.map((person, index) => (
            <li
              key={person.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'picker-option active' : 'picker-option'}
              onMouseDown={(event) => {
                event.preventDefault()
                pick(person)
              }}
            >
              {person.name}
              {person.organization ? <span className="muted"> · {person.organization}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
