import type { Entry } from '../../../../shared/domain'
import { call } from '../../api/client'
import { showToast } from '../../components/toast'
import { errorMessage } from '../people/useCoreQuery'

/** Ticks (or clears) the task box at `offset` in an entry's body, saved at once, with Undo. */
export async function toggleTask(entry: Entry, offset: number, done: boolean): Promise<void> {
  try {
    await call('journal.toggleTask', { id: entry.id, offset, done })
    showToast({ message: done ? 'Task done.' : 'Task reopened.', undo: true, tone: 'success' })
  } catch (error) {
    showToast({ message: errorMessage(error), tone: 'error' })
  }
}
