import { useState } from 'react'
import type { Person } from '../../../../shared/domain'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { showToast } from '../../components/toast'
import { openPerson } from '../../state/ui'
import { mergePreview } from './mergePreview'
import { errorMessage } from './useCoreQuery'

export interface MergeDialogProps {
  pair: readonly [Person, Person] | null
  onClose: () => void
  onMerged: () => void
}

/** Confirms a merge of two people, showing which value each field will keep. */
export function MergeDialog({ pair, onClose, onMerged }: MergeDialogProps) {
  const [swapped, setSwapped] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (!pair) return null
  const [keep, merge] = swapped ? [pair[1], pair[0]] : pair
  const rows = mergePreview(keep, merge)
  const confirm = async () => {
    setBusy(true)
    setError(null)
    try {
      const result = await call('people.merge', { keepId: keep.id, mergeId: merge.id })
      showToast({
        message: `Merged ${merge.name} into ${result.person.name}.`,
        undo: true,
        tone: 'success',
      })
      onMerged()
      openPerson(result.person.id)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog
      open
      onClose={onClose}
      title="Merge two people"
      description={`${merge.name} will be merged into ${keep.name}: ties, journal entries and introductions move over.`}
      size="large"
      data-testid="merge-dialog"
      footer={
        <>
          <Button onClick={() => setSwapped(!swapped)}>Keep {merge.name} instead</Button>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            busy={busy}
            onClick={() => void confirm()}
            data-testid="merge-confirm"
          >
            Merge
          </Button>
        </>
      }
    >
      <table className="merge-table">
        <caption className="visually-hidden">Which value each field keeps</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">{keep.name} (kept)</th>
            <th scope="col">{merge.name}</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field}>
              <th scope="row">{row.field}</th>
              <td className={row.winner === 'keep' || row.winner === 'both' ? 'wins' : ''}>
                {row.keep}
              </td>
              <td className={row.winner === 'merge' || row.winner === 'both' ? 'wins' : ''}>
                {row.merge}
              </td>
              <td>{row.result}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </Dialog>
  )
}
