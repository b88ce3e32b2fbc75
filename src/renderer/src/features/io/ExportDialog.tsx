import { useId, useState } from 'react'
import type { IoExportFormat, MethodOutput } from '../../../../shared/ipc'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { useAnalysis } from '../../workers/useAnalysis'
import { clustersForExport, EXPORT_CHOICES, exportsPrivateText, formatBytes } from './exportChoices'
import { useIoUi } from './ioUi'
import { errorText } from './useImportWizard'

/** The export dialog, open while `useIoUi().exportOpen`. */
export function ExportDialog() {
  const open = useIoUi((s) => s.exportOpen)
  const closeAll = useIoUi((s) => s.closeAll)
  if (!open) return null
  return <ExportForm onClose={closeAll} />
}

function ExportForm({ onClose }: { onClose: () => void }) {
  const name = useId()
  const [format, setFormat] = useState<IoExportFormat>('json')
  const [includePrivate, setIncludePrivate] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [written, setWritten] = useState<MethodOutput<'io.export'> | null>(null)
  const { analysis } = useAnalysis()
  const choice = EXPORT_CHOICES.find((c) => c.format === format)
  const privateText = exportsPrivateText(format, includePrivate)

  const run = async () => {
    setBusy(true)
    setError(null)
    try {
      const clusters = choice?.graph ? clustersForExport(analysis) : undefined
      setWritten(
        await call('io.export', { format, includePrivate, ...(clusters ? { clusters } : {}) }),
      )
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title="Export"
      className="io-dialog"
      data-testid="export-dialog"
      footer={
        written ? (
          <Button variant="primary" onClick={onClose}>
            Done
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>Cancel</Button>
            <Button variant="primary" busy={busy} onClick={() => void run()}>
              Export unencrypted file
            </Button>
          </>
        )
      }
    >
      {written ? (
        <p className="notice notice-ok" role="status" data-testid="export-written">
          Wrote <strong>{written.fileName}</strong> ({formatBytes(written.bytes)}) into{' '}
          <code>{written.folder}</code>.
        </p>
      ) : (
        <>
          <fieldset className="choice-list io-formats" disabled={busy}>
            <legend className="io-section-title">Format</legend>
            {EXPORT_CHOICES.map((c) => (
              <label key={c.format} className="choice io-format">
                <input
                  type="radio"
                  name={name}
                  value={c.format}
                  checked={format === c.format}
                  onChange={() => setFormat(c.format)}
                />
                <span>
                  <strong>{c.label}</strong>
                  <span className="io-format-description"> {c.description}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <label className="choice">
            <input
              type="checkbox"
              checked={format === 'json' || includePrivate}
              disabled={busy || format === 'json'}
              onChange={(event) => setIncludePrivate(event.currentTarget.checked)}
            />
            Include private text (notes and tie notes)
            {format === 'json' ? ' — Kith JSON always includes everything' : ''}
          </label>
          <div className="notice notice-warn io-warning" role="note">
            <strong>This file is not protected.</strong> The export leaves the vault&apos;s
            encryption: anyone who can open the file can read{' '}
            {privateText
              ? 'the names, contact details and your private notes in it'
              : 'the names and contact details in it'}
            . It goes into the <code>exports</code> folder next to your vaults; delete it when you
            no longer need it.
          </div>
        </>
      )}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  )
}
