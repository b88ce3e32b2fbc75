import { useId, useState } from 'react'

export interface ChipEditorProps {
  label: string
  values: readonly string[]
  onChange: (values: string[]) => Promise<void> | void
  placeholder?: string
  /** Renders a value (e.g. as a safe link); plain text by default. */
  render?: (value: string) => React.ReactNode
}

/** Short phrases as removable chips plus an input that adds one on Enter or comma. */
export function ChipEditor({ label, values, onChange, placeholder, render }: ChipEditorProps) {
  const id = useId()
  const [draft, setDraft] = useState('')
  const add = () => {
    const value = draft.trim().replace(/,$/, '').trim()
    setDraft('')
    if (!value || values.some((v) => v.toLowerCase() === value.toLowerCase())) return
    void onChange([...values, value])
  }
  return (
    <div className="chip-editor" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="section-label">
        {label}
      </span>
      <ul className="chips">
        {values.map((value) => (
          <li key={value} className="chip">
            <span>{render ? render(value) : value}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove ${value} from ${label.toLowerCase()}`}
              onClick={() => void onChange(values.filter((v) => v !== value))}
            >
              ×
            </button>
          </li>
        ))}
        <li className="chip-input">
          <input
            aria-label={`Add to ${label.toLowerCase()}`}
            placeholder={placeholder ?? 'Add…'}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ',') {
                e.preventDefault()
                add()
              }
            }}
            onBlur={() => draft.trim() && add()}
          />
        </li>
      </ul>
    </div>
  )
}
