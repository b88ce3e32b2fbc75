import { useEffect } from 'react'
import { ReviewCircles } from '../likely/ReviewCircles'
import { resetLikelyUi } from '../likely/likelyUi'
import { useLikelyCommands } from '../likely/useLikelyCommands'
import './onboarding.css'

/**
 * Mounted once by the workspace: the "Review likely circles" dialog and its palette command.
 * Unmounts (and forgets what it showed) on lock.
 */
export function Onboarding() {
  useLikelyCommands()
  useEffect(() => resetLikelyUi, [])
  return <ReviewCircles />
}
