import { useEffect } from 'react'
import { registerCommands } from '../../state/commands'
import { useUi } from '../../state/ui'
import { featureCommands } from './featureCommands'
import { PaletteDialog } from './PaletteDialog'
import '../people/people.css'
import './palette.css'

/** Ctrl/Cmd+K: one box over people, entries, introductions and commands. */
export function CommandPalette() {
  const open = useUi((s) => s.paletteOpen)
  useEffect(() => registerCommands(featureCommands()), [])
  return open ? <PaletteDialog /> : null
}
