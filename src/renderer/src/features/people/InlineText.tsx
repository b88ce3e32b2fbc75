import { useState } from 'react'

export interface InlineTextProps {
  label: string
  value: string
  onSave: (value: string) => Promise<void> | void
  placeholder?: string
  multiline?: boolean
  className?: string
  /** Empty values are refused (e.g. a name). */
  required?: boolean
}

/**
 * A value shown as text with an edit button; editing swaps in an input. Enter (Ctrl/Cmd+Enter when
 * multiline) or leaving the field saves, Escape cancels.
 */
export function InlineText({
  label,
  value,
  onSave,
  placeholder,
  multiline,
  className,
  required,
}: InlineTextProps) {
  const [draft, setDraft] = useState<string | null>(null)
  if (draft === null) {
    return (
      <button
        type="button"
        className={['inline-text', value ? '' : 'empty', className ?? ''].filter(Boolean).join(' ')}
        aria-label={`${label}: ${value || 'not set'}. Edit`}
        onClick={() => setDraft(value)}
      >
        {value || placeholder || `Add ${label.toLowerCase()}`}
      </button>
    )
  }
  const save = async () => {
    const next = draft.trim()
    setDraft(null)
    if (next === value.trim() || (required && !next)) return
    await onSave(next)
  }
  const props = {
    'aria-label': label,
    className: ['field-control inline-input', className ?? ''].filter(Boolean).join(' '),
    autoFocus: true,
    value: draft,
    onBlur: () => void save(),
    onKeyDown: (event: React.KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault()
        event.stopPropagation()
        setDraft(null)
      } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
        event.preventDefault()
        void save()
      }
    },
  }
  return multiline ? (
    <textarea {...props} rows={3} onChange={(e) => setDraft(e.target.value)} />
  ) : (
    <input {...props} onChange={(e) => setDraft(e.target.value)} />
  )
}
