import type { Entry } from '../../../../shared/domain'
import { call } from '../../api/client'
import { showToast } from '../../components/toast'
import { errorMessage } from '../people/useCoreQuery'
import { followUpTogglePatch } from './entryForm'

/** Marks an entry's follow-up done (or open again) and offers Undo. */
export async function toggleFollowUp(entry: Entry): Promise<void> {
  const done = !entry.followUpDone
  try {
    await call('journal.update', { id: entry.id, patch: followUpTogglePatch(entry) })
    showToast({
      message: done ? 'Follow-up marked done.' : 'Follow-up reopened.',
      undo: true,
      tone: 'success',
    })
  } catch (error) {
    showToast({ message: errorMessage(error), tone: 'error' })
  }
}
