import type { ImportBatchView } from '../../../../shared/ipc'
import { batchSummary } from './importText'

/** Step 3: what the import did, and whether it has been undone. */
export function ImportResultStep({ batch, undone }: { batch: ImportBatchView; undone: boolean }) {
  return (
    <div className="io-result" data-testid="import-result">
      {undone ? (
        <p className="notice" role="status">
          The import was undone: everything it added is gone and the people it updated are as they
          were.
        </p>
      ) : (
        <p className="notice notice-ok" role="status">
          Imported from {batch.fileName || 'the file'}: {batchSummary(batch.counts)}.
        </p>
      )}
      {!undone ? (
        <p className="io-hint">
          You can undo this whole import now, or later from “Import history” in the command palette.
        </p>
      ) : null}
    </div>
  )
}
