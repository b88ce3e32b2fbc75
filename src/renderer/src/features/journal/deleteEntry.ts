import type { Entry } from '../../../../shared/domain'
import { call } from '../../api/client'
import { showToast } from '../../components/toast'
import { errorMessage } from '../people/useCoreQuery'

/** Deletes a journal entry and offers Undo. */
export async function deleteEntry(entry: Entry): Promise<void> {
  try {
    await call('journal.delete', { id: entry.id })
    showToast({ message: 'Entry deleted.', undo: true })
  } catch (error) {
    showToast({ message: errorMessage(error), tone: 'error' })
  }
}
