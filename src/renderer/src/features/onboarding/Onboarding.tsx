import { useCallback } from 'react'
import { useVaultStatus } from '../../state/data'
import { useIoUi } from '../io/ioUi'
import { useFileDrop } from './useFileDrop'
import './onboarding.css'

/** Mounted once by the workspace: a file dropped anywhere opens the import wizard with it. */
export function Onboarding() {
  const readOnly = useVaultStatus()?.readOnly ?? true
  const onDrop = useCallback((file: File) => useIoUi.getState().openImportWith(file), [])
  const dragging = useFileDrop(onDrop, !readOnly)
  return (
    <>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true" data-testid="drop-overlay">
          <p className="drop-overlay-text">Drop the file to import it</p>
        </div>
      ) : null}
    </>
  )
}
