import { useCallback } from 'react'
import { useVaultStatus } from '../../state/data'
import { useIoUi } from '../io/ioUi'
import { useFileDrop } from './useFileDrop'
import './onboarding.css'

/**
 * A file dropped anywhere on the workspace opens the import wizard with it. Mounted with the
 * workspace itself, not lazily, so a drop right after unlocking never reaches the browser.
 */
export function FileDrop() {
  const readOnly = useVaultStatus()?.readOnly ?? true
  const onDrop = useCallback((file: File) => useIoUi.getState().openImportWith(file), [])
  const dragging = useFileDrop(onDrop, !readOnly)
  if (!dragging) return null
  return (
    <div className="drop-overlay" aria-hidden="true" data-testid="drop-overlay">
      <p className="drop-overlay-text">Drop the file to import it</p>
    </div>
  )
}
