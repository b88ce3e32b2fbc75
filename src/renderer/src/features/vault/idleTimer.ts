/** What the idle timer needs from the world; injected so tests drive time by hand. */
export interface IdleClock {
  now: () => number
  /** Runs `callback` after about `ms` milliseconds; returns a cancel function. */
  schedule: (callback: () => void, ms: number) => () => void
}

export interface IdleTimer {
  /** The user did something: the idle countdown starts over. Cheap enough for every mousemove. */
  activity: () => void
  /** Checks now (e.g. when the window becomes visible again after the machine slept). */
  check: () => void
  /** Milliseconds of inactivity so far. */
  idleMs: () => number
  stop: () => void
}

export const realClock: IdleClock = {
  now: () => Date.now(),
  schedule: (callback, ms) => {
    const handle = window.setTimeout(callback, ms)
    return () => window.clearTimeout(handle)
  },
}

/**
 * Calls `onIdle` once after `timeoutMs` without activity; `timeoutMs <= 0` disables it.
 * Activity only records a timestamp: the single pending timer, when it fires, re-arms itself for
 * the time that is left, so a stream of mouse events costs no timer churn. A timer that fires late
 * (the machine slept) sees the whole gap and fires `onIdle` at once.
 */
export function createIdleTimer(options: {
  timeoutMs: number
  clock: IdleClock
  onIdle: () => void
}): IdleTimer {
  const { timeoutMs, clock, onIdle } = options
  let last = clock.now()
  let cancel: (() => void) | null = null
  let done = timeoutMs <= 0

  const arm = (ms: number) => {
    cancel?.()
    cancel = clock.schedule(check, Math.max(ms, 0))
  }

  function check(): void {
    if (done) return
    const idle = clock.now() - last
    if (idle >= timeoutMs) {
      done = true
      cancel?.()
      cancel = null
      onIdle()
    } else {
      arm(timeoutMs - idle)
    }
  }

  if (!done) arm(timeoutMs)

  return {
    activity: () => {
      if (!done) last = clock.now()
    },
    check,
    idleMs: () => clock.now() - last,
    stop: () => {
      done = true
      cancel?.()
      cancel = null
    },
  }
}
