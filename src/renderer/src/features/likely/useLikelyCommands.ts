import { useEffect } from 'react'
import { registerCommands } from '../../state/commands'
import { openReview } from './likelyUi'

/** The palette command that opens "Review likely circles". */
export function useLikelyCommands(): void {
  useEffect(
    () =>
      registerCommands([
        {
          id: 'likely.review',
          label: 'Review likely circles…',
          group: 'People',
          keywords: ['likely ties', 'inferred', 'evidence', 'organisation', 'confirm', 'circles'],
          run: openReview,
        },
      ]),
    [],
  )
}
