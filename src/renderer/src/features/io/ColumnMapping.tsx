import { useState } from 'react'
import { IO_MAPPABLE_FIELDS, type IoMappableField } from '../../../../shared/ipc'
import { Button } from '../../components/Button'
import { FIELD_LABELS, fullMapping, mappingHasName, mappingInput } from './importText'

/** Generic CSV: which column holds what. The guess is shown; the user confirms or changes it. */
export function ColumnMapping({
  columns,
  mapping,
  sampleRows,
  headerless,
  busy,
  onApply,
}: {
  columns: string[]
  mapping: Record<string, IoMappableField> | null
  /** The first rows, so each column shows what it holds. */
  sampleRows: string[][] | null
  headerless: boolean
  busy: boolean
  onApply: (mapping: Record<string, IoMappableField>) => void
}) {
  const [draft, setDraft] = useState(() => fullMapping(columns, mapping))
  const changed =
    JSON.stringify(mappingInput(draft)) !==
    JSON.stringify(mappingInput(fullMapping(columns, mapping)))
  return (
    <section className="io-section" aria-labelledby="io-mapping-title">
      <h3 id="io-mapping-title" className="io-section-title">
        Columns
      </h3>
      <p className="io-hint">
        {headerless ? 'This file has no header row: its first row is a contact. ' : ''}
        Kith guessed what each column holds. Check it, then apply.
      </p>
      <table className="io-table io-mapping">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">For example</th>
            <th scope="col">Imported as</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column, index) => (
            <tr key={column}>
              <th scope="row">{column || '(no header)'}</th>
              <td className="io-sample">
                {(sampleRows ?? []).map((row) => row[index] ?? '').find((v) => v.trim()) ?? ''}
              </td>
              <td>
                <select
                  className="field-control"
                  aria-label={`Column ${column} is imported as`}
                  value={draft[column] ?? 'ignore'}
                  disabled={busy}
                  onChange={(event) => {
                    const field = event.currentTarget.value as IoMappableField
                    setDraft((d) => ({ ...d, [column]: field }))
                  }}
                >
                  {IO_MAPPABLE_FIELDS.map((field) => (
                    <option key={field} value={field}>
                      {FIELD_LABELS[field]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!mappingHasName(draft) ? (
        <p className="form-error" role="alert">
          Map a column to the full name, the first or last name, or the e-mail address.
        </p>
      ) : null}
      <Button
        size="small"
        disabled={!changed || !mappingHasName(draft)}
        busy={busy}
        onClick={() => onApply(mappingInput(draft))}
      >
        Apply the mapping
      </Button>
    </section>
  )
}
