import { useState } from 'react'
import {
  IO_MAPPABLE_FIELDS,
  type ImportPreviewView,
  type IoMappableField,
} from '../../../../shared/ipc'
import { Button } from '../../components/Button'
import { droppedText, FIELD_LABELS, plural, sourceNoun } from './importText'

/**
 * Everything in the file that the import would not keep, so nothing disappears without a word:
 * sources that map to nothing (which the user may map to a field here) and values not kept.
 */
export function DroppedList({
  preview,
  mapping,
  canMap,
  busy,
  onMap,
}: {
  preview: ImportPreviewView
  mapping: Record<string, IoMappableField>
  /** The format reads extra mappings (not the generic CSV, whose columns are mapped above). */
  canMap: boolean
  busy: boolean
  onMap: (mapping: Record<string, IoMappableField>) => void
}) {
  const [draft, setDraft] = useState<Record<string, IoMappableField>>({})
  if (preview.dropped.length === 0) return null
  const noun = sourceNoun(preview.format)
  const values = preview.dropped.reduce((sum, d) => sum + d.count, 0)
  const changed = Object.values(draft).some((f) => f !== 'ignore')
  return (
    <section className="io-section" aria-labelledby="io-dropped-title" data-testid="import-dropped">
      <h3 id="io-dropped-title" className="io-section-title">
        Not imported ({plural(values, 'value')})
      </h3>
      <p className="io-hint">
        These are in the file but would not be kept.
        {canMap ? ' Choose a field for any you want, then apply.' : ''}
      </p>
      <table className="io-table io-dropped">
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">For example</th>
            {canMap ? <th scope="col">Import as</th> : null}
          </tr>
        </thead>
        <tbody>
          {preview.dropped.map((d) => (
            <tr key={`${d.kind}|${d.source}|${d.reason ?? ''}`}>
              <td>{droppedText(d, noun)}</td>
              <td className="io-sample">{d.sample}</td>
              {canMap ? (
                <td>
                  {d.mappable ? (
                    <select
                      className="field-control"
                      aria-label={`Import ${noun} ${d.source} as`}
                      value={draft[d.source] ?? 'ignore'}
                      disabled={busy}
                      onChange={(event) => {
                        const field = event.currentTarget.value as IoMappableField
                        setDraft((x) => ({ ...x, [d.source]: field }))
                      }}
                    >
                      {IO_MAPPABLE_FIELDS.map((field) => (
                        <option key={field} value={field}>
                          {FIELD_LABELS[field]}
                        </option>
                      ))}
                    </select>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {canMap ? (
        <Button
          size="small"
          disabled={!changed}
          busy={busy}
          onClick={() => {
            const chosen = Object.entries(draft).filter(([, f]) => f !== 'ignore')
            setDraft({})
            onMap({ ...mapping, ...Object.fromEntries(chosen) })
          }}
        >
          Import these too
        </Button>
      ) : null}
    </section>
  )
}
