import { pairKey } from '../../../../shared/domain'
import type { Suggestion } from '../../../../shared/graph'
import { call } from '../../api/client'
import { showToast } from '../../components/toast'
import { dismissSuggestionCommand, snoozeSuggestionCommand, type MapCommand } from './mapCommands'
import { openMapDialog, useMapUi } from './mapUi'
import type { SuggestionActions } from './MapListView'

export const SNOOZE_DAYS = 30

/**
 * What the suggestion card and the list do. `hide` removes the pair from the map at once; `show`
 * puts it back if the core refused.
 */
export function suggestionActions(
  hide: (key: string) => void,
  show: (key: string) => void,
  name: (id: string) => string,
): SuggestionActions {
  const act = (s: Suggestion, command: MapCommand, done: string) => {
    const key = pairKey(s.a, s.b)
    hide(key)
    useMapUi.setState({ suggestion: null })
    command.run().then(
      () => showToast({ message: done, undo: true }),
      (err: unknown) => {
        show(key)
        showToast({ message: err instanceof Error ? err.message : String(err), tone: 'error' })
      },
    )
  }
  return {
    introduce: (s) => {
      useMapUi.setState({ suggestion: null })
      openMapDialog({ kind: 'introduce', a: s.a, b: s.b })
    },
    snooze: (s) =>
      act(
        s,
        snoozeSuggestionCommand(call, { a: s.a, b: s.b }, SNOOZE_DAYS),
        `Snoozed ${name(s.a)} and ${name(s.b)} for ${SNOOZE_DAYS} days`,
      ),
    dismiss: (s) =>
      act(
        s,
        dismissSuggestionCommand(call, { a: s.a, b: s.b }),
        `Kith will not suggest ${name(s.a)} and ${name(s.b)} again`,
      ),
  }
}
