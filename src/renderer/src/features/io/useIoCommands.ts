import { useEffect } from 'react'
import { registerCommands } from '../../state/commands'
import { useIoUi } from './ioUi'

/** Palette commands that open the import wizard, the export dialog and the import history. */
export function useIoCommands(): void {
  useEffect(() => {
    const ui = () => useIoUi.getState()
    return registerCommands([
      {
        id: 'io.import',
        label: 'Import contacts or a network…',
        group: 'Import and export',
        keywords: ['linkedin', 'vcard', 'csv', 'google', 'outlook', 'gexf', 'graphml', 'contacts'],
        run: () => ui().openImport(),
      },
      {
        id: 'io.export',
        label: 'Export…',
        group: 'Import and export',
        keywords: ['vcard', 'csv', 'json', 'gephi', 'gexf', 'graphml', 'cytoscape', 'download'],
        run: () => ui().openExport(),
      },
      {
        id: 'io.history',
        label: 'Import history',
        group: 'Import and export',
        keywords: ['undo import', 'batches', 'imports'],
        run: () => ui().openHistory(),
      },
    ])
  }, [])
}
