import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { submitShortcutLabel } from '../../components/dialogSubmit'
import { useInitialFocus } from '../people/useInitialFocus'
import {
  applyPick,
  findActiveMention,
  isCompletedMention,
  mentionKey,
  mentionOptions,
  type MentionOption,
  type MentionPerson,
} from './mentionAutocomplete'

export interface MentionTextareaProps {
  label: string
  value: string
  onChange: (value: string) => void
  people: readonly MentionPerson[]
  /** Called when the user picks someone (or "Create …", with no id). */
  onPick: (pick: { id?: string; name: string }) => void
  placeholder?: string
}

/**
 * A textarea where `@` opens a list of people (a combobox popup): arrows move, Enter or Tab pick,
 * Escape closes the list without closing the dialog.
 */
export function MentionTextarea({
  label,
  value,
  onChange,
  people,
  onPick,
  placeholder,
}: MentionTextareaProps) {
  const id = useId()
  const listId = `${id}-mentions`
  const ref = useInitialFocus<HTMLTextAreaElement>()
  const [caret, setCaret] = useState(value.length)
  // Where the caret goes after a pick; applied in the same commit as the new text, so a key typed
  // right after Enter lands after the inserted name, never before it.
  const pendingCaret = useRef<number | null>(null)
  useLayoutEffect(() => {
    const at = pendingCaret.current
    if (at === null || !ref.current) return
    pendingCaret.current = null
    ref.current.setSelectionRange(at, at)
  }, [value, ref])
  const [active, setActive] = useState(0)
  const [dismissedAt, setDismissedAt] = useState<number | null>(null)
  const mention = findActiveMention(value, caret)
  const open =
    mention !== null && mention.start !== dismissedAt && !isCompletedMention(mention.query, people)
  const options = useMemo<MentionOption[]>(
    () => (mention ? mentionOptions(mention.query, people) : []),
    [mention?.query, people], // eslint-disable-line react-hooks/exhaustive-deps
  )
  const shown = open && options.length > 0
  const activeIndex = Math.min(active, Math.max(0, options.length - 1))

  const pick = (option: MentionOption) => {
    if (!mention) return
    const name = option.kind === 'person' ? option.person.name : option.name
    const next = applyPick(value, mention, caret, name)
    onChange(next.text)
    setCaret(next.caret)
    setActive(0)
    // The picked mention is done: text typed right after it must not reopen the list.
    setDismissedAt(mention.start)
    onPick(option.kind === 'person' ? { id: option.person.id, name } : { name })
    pendingCaret.current = next.caret
  }

  return (
    <div className="field mention-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <textarea
        ref={ref}
        id={id}
        className="field-control capture-text"
        rows={5}
        placeholder={placeholder}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown ? `${listId}-${activeIndex}` : undefined}
        data-testid="capture-text"
        onChange={(event) => {
          onChange(event.target.value)
          setCaret(event.target.selectionStart)
          setActive(0)
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={(event) => {
          // Ctrl/Cmd+Enter is left to bubble: the dialog saves on it.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return
          if (!shown) return
          const outcome = mentionKey(event.key, activeIndex, options.length)
          if (outcome.action === 'none') return
          event.preventDefault()
          event.stopPropagation()
          if (outcome.action === 'move') setActive(outcome.index)
          if (outcome.action === 'close') setDismissedAt(mention.start)
          if (outcome.action === 'pick') {
            const option = options[outcome.index]
            if (option) pick(option)
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="People to mention"
        className="mention-list"
        hidden={!shown}
      >
        {shown
          ? options.map((option, index) => (
              <li
                key={option.kind === 'person' ? option.person.id : `create-${option.name}`}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                className={index === activeIndex ? 'picker-option active' : 'picker-option'}
                onMouseDown={(event) => {
                  event.preventDefault()
                  pick(option)
                }}
              >
                {option.kind === 'person' ? (
                  <>
                    {option.person.name}
                    {option.person.organization ? (
                      <span className="muted"> · {option.person.organization}</span>
                    ) : null}
                  </>
                ) : (
                  <span className="create-option">Create “{option.name}”</span>
                )}
              </li>
            ))
          : null}
      </ul>
      <div className="field-hint">Type @ to mention someone. {submitShortcutLabel()} saves.</div>
    </div>
  )
}
