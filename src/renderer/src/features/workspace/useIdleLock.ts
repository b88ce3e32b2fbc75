import { useEffect } from 'react'
import { createIdleTimer, realClock } from '../vault/idleTimer'

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

/**
 * Locks after `minutes` without pointer or keyboard activity in this window (0: never). When
 * the window becomes visible again (e.g. after sleep) it checks at once instead of waiting.
 */
export function useIdleLock(minutes: number, lock: () => void): void {
  useEffect(() => {
    if (minutes <= 0) return
    const timer = createIdleTimer({ timeoutMs: minutes * 60_000, clock: realClock, onIdle: lock })
    const onActivity = () => timer.activity()
    const onVisible = () => {
      if (document.visibilityState === 'visible') timer.check()
    }
    for (const name of ACTIVITY_EVENTS) {
      window.addEventListener(name, onActivity, { capture: true, passive: true })
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      timer.stop()
      for (const name of ACTIVITY_EVENTS) {
        window.removeEventListener(name, onActivity, { capture: true })
      }
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [minutes, lock])
}
