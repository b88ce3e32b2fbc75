import type { MethodInput } from '../../../../shared/ipc'
import { call } from '../../api/client'
import { showToast } from '../../components/toast'
import { errorMessage } from './useCoreQuery'

export type PersonPatch = MethodInput<'people.update'>['patch']

/** Saves a patch of one person's fields; a failure is shown as a toast (the view keeps the old value). */
export async function updatePerson(id: string, patch: PersonPatch): Promise<void> {
  try {
    await call('people.update', { id, patch })
  } catch (error) {
    showToast({ message: `Could not save: ${errorMessage(error)}`, tone: 'error' })
  }
}
