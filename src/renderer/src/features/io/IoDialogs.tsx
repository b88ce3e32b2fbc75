import { ExportDialog } from './ExportDialog'
import { ImportHistory } from './ImportHistory'
import { ImportWizard } from './ImportWizard'
import { useIoCommands } from './useIoCommands'
import './io.css'

/** Mounts the import/export dialogs and registers their palette commands (one line in the shell). */
export function IoDialogs() {
  useIoCommands()
  return (
    <>
      <ImportWizard />
      <ExportDialog />
      <ImportHistory />
    </>
  )
}
