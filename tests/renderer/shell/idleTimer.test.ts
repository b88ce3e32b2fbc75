import { describe, expect, it } from 'vitest'
import { createIdleTimer, type IdleClock } from '../../../src/renderer/src/features/vault/idleTimer'

/** A hand-driven clock: `advance` moves time and runs the timers that came due, in order. */
function fakeClock() {
  let now = 0
  let seq = 0
  const timers = new Map<number, { at: number; callback: () => void }>()
  const clock: IdleClock = {
    now: () => now,
    schedule: (callback, ms) => {
      const id = seq++
      timers.set(id, { at: now + ms, callback })
      return () => timers.delete(id)
    },
  }
  const advance = (ms: number) => {
    const end = now + ms
    for (;;) {
      const due = [...timers.entries()]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0]
      if (!due) break
      timers.delete(due[0])
      now = due[1].at
      due[1].callback()
    }
    now = end
  }
  return { clock, advance, pending: () => timers.size, jump: (ms: number) => (now += ms) }
}

describe('createIdleTimer', () => {
  it('fires once after the timeout without activity', () => {
    const { clock, advance } = fakeClock()
    let fired = 0
    createIdleTimer({ timeoutMs: 1000, clock, onIdle: () => fired++ })
    advance(999)
    expect(fired).toBe(0)
    advance(1)
    expect(fired).toBe(1)
    advance(10_000)
    expect(fired).toBe(1)
  })

  it('activity pushes the deadline back by the full timeout', () => {
    const { clock, advance } = fakeClock()
    let fired = 0
    const timer = createIdleTimer({ timeoutMs: 1000, clock, onIdle: () => fired++ })
    advance(800)
    timer.activity()
    advance(800)
    expect(fired).toBe(0)
    expect(timer.idleMs()).toBe(800)
    advance(200)
    expect(fired).toBe(1)
  })

  it('keeps a single pending timer however much activity there is', () => {
    const { clock, advance, pending } = fakeClock()
    const timer = createIdleTimer({ timeoutMs: 1000, clock, onIdle: () => undefined })
    for (let i = 0; i < 500; i++) {
      timer.activity()
      advance(3)
    }
    expect(pending()).toBe(1)
  })

  it('fires at once on check() after a gap longer than the timeout (sleep)', () => {
    const { clock, jump } = fakeClock()
    let fired = 0
    const timer = createIdleTimer({ timeoutMs: 1000, clock, onIdle: () => fired++ })
    jump(5000)
    timer.check()
    expect(fired).toBe(1)
  })

  it('never fires when stopped, or when the timeout is 0 (auto-lock off)', () => {
    const { clock, advance, pending } = fakeClock()
    let fired = 0
    const stopped = createIdleTimer({ timeoutMs: 1000, clock, onIdle: () => fired++ })
    stopped.stop()
    createIdleTimer({ timeoutMs: 0, clock, onIdle: () => fired++ })
    advance(100_000)
    expect(fired).toBe(0)
    expect(pending()).toBe(0)
  })
})
