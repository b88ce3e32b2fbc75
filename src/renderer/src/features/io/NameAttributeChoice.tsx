import { useId } from 'react'

/** Graph files: which node attribute is a person's name (when the labels say nothing). */
export function NameAttributeChoice({
  attributes,
  chosen,
  busy,
  onChange,
}: {
  attributes: string[]
  chosen: string
  busy: boolean
  onChange: (attribute: string) => void
}) {
  const id = useId()
  if (attributes.length === 0) return null
  return (
    <div className="io-section field">
      <label htmlFor={id} className="field-label">
        Names come from
      </label>
      <select
        id={id}
        className="field-control"
        value={chosen}
        disabled={busy}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        <option value="">the node label (or its id)</option>
        {attributes.map((attribute) => (
          <option key={attribute} value={attribute}>
            the attribute “{attribute}”
          </option>
        ))}
      </select>
    </div>
  )
}
