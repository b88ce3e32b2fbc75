import type { RandomBytes } from '../../../src/shared/domain'
import { MemoryStore } from '../../../src/core/store/memoryStore'
import { createPerson, type PersonInput, type ServiceDeps } from '../../../src/core/services'

/** Ids from a counter: distinct, deterministic, and readable in failures. */
export function counterRandom(): RandomBytes {
  let counter = 0
  return (n) => {
    counter += 1
    const out = new Uint8Array(n)
    for (let i = 0; i < 4 && i < n; i++) out[n - 1 - i] = (counter >> (8 * i)) & 255
    return out
  }
}

export interface TestClock {
  now: Date
  set: (iso: string) => void
}

export function testDeps(startIso = '2026-03-01T12:00:00.000Z'): ServiceDeps & { time: TestClock } {
  const time: TestClock = {
    now: new Date(startIso),
    set(iso) {
      this.now = new Date(iso)
    },
  }
  return { clock: () => new Date(time.now), random: counterRandom(), time }
}

export async function storeWithOwner(startIso?: string) {
  const store = new MemoryStore()
  const deps = testDeps(startIso)
  const owner = await createPerson(store, deps, { name: 'Me Myself', isMe: true })
  const add = (input: PersonInput) => createPerson(store, deps, input)
  return { store, deps, owner, add }
}
