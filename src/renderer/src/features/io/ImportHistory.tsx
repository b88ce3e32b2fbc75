import { useEffect, useState } from 'react'
import type { ImportBatchView } from '../../../../shared/ipc'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { batchSummary, FORMAT_LABELS } from './importText'
import { useIoUi } from './ioUi'
import { errorText } from './useImportWizard'
import { formatDateTime } from '../../format'

/** Past imports, newest first, each undoable as a whole (after a confirming second click). */
export function ImportHistory() {
  const open = useIoUi((s) => s.historyOpen)
  const closeAll = useIoUi((s) => s.closeAll)
  if (!open) return null
  return <ImportHistoryDialog onClose={closeAll} />
}

function formatName(format: string): string {
  return (FORMAT_LABELS as Record<string, string>)[format] ?? format
}

function when(iso: string): string {
  return formatDateTime(iso)
}

function ImportHistoryDialog({ onClose }: { onClose: () => void }) {
  const [batches, setBatches] = useState<ImportBatchView[] | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const [version, setVersion] = useState(0)
  useEffect(() => {
    let live = true
    call('io.batches', {}).then(
      (list) => live && setBatches(list),
      (e: unknown) => live && setError(errorText(e)),
    )
    return () => {
      live = false
    }
  }, [version])

  const undo = async (id: string) => {
    setBusy(id)
    setError(null)
    try {
      await call('io.undo', { batchId: id })
      setConfirming(null)
      setVersion((v) => v + 1)
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(null)
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title="Import history"
      size="large"
      className="io-dialog"
      data-testid="import-history"
      footer={
        <Button variant="primary" onClick={onClose}>
          Close
        </Button>
      }
    >
      {batches === null && !error ? <p role="status">Loading…</p> : null}
      {batches?.length === 0 ? <p>Nothing has been imported into this vault yet.</p> : null}
      {batches && batches.length > 0 ? (
        <ul className="io-list io-batches">
          {batches.map((batch) => (
            <li key={batch.id} className="io-batch">
              <div className="io-batch-main">
                <strong>{batch.fileName || formatName(batch.format)}</strong>
                <span className="io-batch-meta">
                  {formatName(batch.format)} · {when(batch.createdAt)}
                </span>
                <span className="io-batch-meta">{batchSummary(batch.counts)}</span>
              </div>
              <div className="io-batch-actions">
                {batch.undoneAt ? (
                  <span className="io-undone">Undone {when(batch.undoneAt)}</span>
                ) : confirming === batch.id ? (
                  <>
                    <Button size="small" onClick={() => setConfirming(null)}>
                      Keep
                    </Button>
                    <Button
                      size="small"
                      variant="danger"
                      busy={busy === batch.id}
                      onClick={() => void undo(batch.id)}
                    >
                      Remove what it added
                    </Button>
                  </>
                ) : (
                  <Button
                    size="small"
                    disabled={busy !== null}
                    onClick={() => setConfirming(batch.id)}
                    aria-label={`Undo the import of ${batch.fileName || formatName(batch.format)}`}
                  >
                    Undo
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  )
}
