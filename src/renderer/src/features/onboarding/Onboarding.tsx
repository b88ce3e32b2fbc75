import { useCallback, useEffect } from 'react'
import { useVaultStatus } from '../../state/data'
import { useIoUi } from '../io/ioUi'
import { ReviewCircles } from '../likely/ReviewCircles'
import { resetLikelyUi } from '../likely/likelyUi'
import { useLikelyCommands } from '../likely/useLikelyCommands'
import { useFileDrop } from './useFileDrop'
import './onboarding.css'

/**
 * Mounted once by the workspace: a file dropped anywhere opens the import wizard with it, the
 * "Review likely circles" dialog and its palette command. Unmounts (and forgets) on lock.
 */
export function Onboarding() {
  const readOnly = useVaultStatus()?.readOnly ?? true
  const onDrop = useCallback((file: File) => useIoUi.getState().openImportWith(file), [])
  const dragging = useFileDrop(onDrop, !readOnly)
  useLikelyCommands()
  useEffect(() => resetLikelyUi, [])
  return (
    <>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true" data-testid="drop-overlay">
          <p className="drop-overlay-text">Drop the file to import it</p>
        </div>
      ) : null}
      <ReviewCircles />
    </>
  )
}
