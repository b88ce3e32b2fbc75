import type { PaletteCommand } from '../../state/commands'
import { useUi } from '../../state/ui'
import { useIntroUi } from '../introductions/introUi'
import { usePeopleUi } from '../people/peopleUi'

/**
 * The people/journal features' own palette commands. Going to views, "New person" and "New
 * journal entry" are the shell's (useWorkspaceCommands), so they are not repeated here.
 */
export function featureCommands(): PaletteCommand[] {
  const ui = () => useUi.getState()
  return [
    {
      id: 'introductions.new',
      label: 'New introduction',
      group: 'Introductions',
      keywords: ['introduce', 'connect', 'pair'],
      run: () => {
        ui().setView('introductions')
        useIntroUi.getState().setNewOpen(true)
      },
    },
    {
      id: 'people.trash',
      label: 'Show the trash',
      group: 'People',
      keywords: ['deleted', 'restore', 'bin'],
      run: () => {
        ui().setView('people')
        usePeopleUi.getState().setTab('trash')
      },
    },
    {
      id: 'people.list',
      label: 'Show everyone',
      group: 'People',
      keywords: ['people', 'contacts', 'list'],
      run: () => {
        ui().setView('people')
        usePeopleUi.getState().setTab('people')
      },
    },
    {
      id: 'reachout.overdue',
      label: 'Who should I reach out to?',
      group: 'Journal',
      keywords: ['keep in touch', 'overdue', 'follow-ups', 'reach out'],
      run: () => ui().setView('reachout'),
    },
  ]
}
