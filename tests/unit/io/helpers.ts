import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Person } from '../../../src/shared/domain'
import { MemoryStore } from '../../../src/core/store/memoryStore'

export const FIXTURES = join(import.meta.dirname, '../../fixtures/io')
export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(FIXTURES, name)))
export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

export const T0 = new Date('2026-11-26T09:00:00.000Z')
export const clock = () => T0

/** Deterministic ids: a counter in the last bytes. */
export function seededRandom(seed = 1): (n: number) => Uint8Array {
  let state = seed >>> 0 || 1
  return (n) => {
    const out = new Uint8Array(n)
    for (let i = 0; i < n; i++) {
      state ^= state << 13
      state ^= state >>> 17
      state ^= state << 5
      out[i] = state & 0xff
    }
    return out
  }
}

export const ME_ID = 'f'.repeat(32)

export function owner(id = ME_ID): Person {
  return {
    kind: 'person',
    id: id as Person['id'],
    name: 'Owner Person',
    isMe: true,
    emails: [],
    phones: [],
    links: [],
    tags: [],
    offers: [],
    seeks: [],
    notes: '',
    externalIds: [],
    createdAt: T0.toISOString(),
    updatedAt: T0.toISOString(),
  }
}

export function storeWithOwner(): MemoryStore {
  return new MemoryStore([owner()])
}
