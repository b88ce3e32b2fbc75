import { useId, useState } from 'react'
import { IO_IMPORT_FORMATS, type IoImportFormat } from '../../../../shared/ipc'
import { FORMAT_LABELS } from './importText'

const ACCEPT = '.vcf,.vcard,.csv,.txt,.zip,.gexf,.graphml,.xml,.cyjs,.json'

/** Step 1: choose the file (and, rarely, the format when detection guesses wrong). */
export function ImportPickStep({
  busy,
  onPick,
}: {
  busy: boolean
  onPick: (file: File, format?: IoImportFormat) => void
}) {
  const fileId = useId()
  const formatId = useId()
  const [format, setFormat] = useState<IoImportFormat | ''>('')
  return (
    <div className="io-pick">
      <p>
        Bring in a LinkedIn <code>Connections.csv</code> (or the whole export ZIP), a vCard file
        from your phone, a Google or Outlook contacts CSV, another CSV, or a network from Gephi,
        Cytoscape or yEd. Nothing is written until you have seen the preview.
      </p>
      <div className="field">
        <label htmlFor={formatId} className="field-label">
          Format
        </label>
        <select
          id={formatId}
          className="field-control"
          value={format}
          disabled={busy}
          onChange={(event) => setFormat(event.currentTarget.value as IoImportFormat | '')}
        >
          <option value="">Detect from the content</option>
          {IO_IMPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={fileId} className="field-label">
          File to import
        </label>
        <input
          id={fileId}
          className="io-file-input"
          type="file"
          accept={ACCEPT}
          disabled={busy}
          data-testid="import-file"
          onChange={(event) => {
            const picked = event.currentTarget.files?.[0]
            if (picked) onPick(picked, format || undefined)
          }}
        />
      </div>
      {busy ? (
        <p role="status" className="io-status">
          Reading the file…
        </p>
      ) : null}
    </div>
  )
}
