import { describe, expect, it } from 'vitest'
import type { Person } from '../../../src/shared/domain'
import { commitImport, exportVault, stageImport } from '../../../src/core/io'
import { MemoryStore } from '../../../src/core/store/memoryStore'
import { person } from './fixtures'
import { bytes, clock, owner } from './helpers'

/** mulberry32: small, seeded, good enough to pick test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORD_CHARS = [
  'a',
  'b',
  'é',
  'ß',
  'Ж',
  '中',
  '🚀',
  'z',
  ',',
  ';',
  ':',
  '\\',
  '"',
  "'",
  '-',
  '&',
  '<',
]
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T

function word(r: () => number, min = 1): string {
  const length = min + Math.floor(r() * 8)
  let out = ''
  for (let i = 0; i < length; i++) out += pick(r, WORD_CHARS)
  return out
}

const words = (r: () => number, n: number) => Array.from({ length: n }, () => word(r)).join(' ')

function randomPerson(r: () => number, n: number): Person {
  const maybe = <T>(value: T): T | undefined => (r() < 0.6 ? value : undefined)
  const organization = maybe(words(r, 2))
  const title = maybe(words(r, 3))
  const birthday = maybe(
    `${1900 + Math.floor(r() * 120)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
  )
  const notes = r() < 0.5 ? `${words(r, 4)}\n${words(r, 3)}` : ''
  return person(n, {
    name: words(r, 1 + Math.floor(r() * 3)),
    ...(organization ? { organization } : {}),
    ...(title ? { title } : {}),
    ...(birthday ? { birthday } : {}),
    emails: Array.from({ length: Math.floor(r() * 3) }, (_, i) => ({
      label: pick(r, ['work', 'home']),
      value: `u${n}.${i}@example.org`,
    })),
    phones: Array.from({ length: Math.floor(r() * 3) }, (_, i) => ({
      label: 'cell',
      value: `+1 555 ${n}${i}${Math.floor(r() * 1e6)}`,
    })),
    links: r() < 0.3 ? [{ value: `https://example.org/p/${n}?q=a,b;c` }] : [],
    tags: Array.from({ length: Math.floor(r() * 4) }, () => word(r, 2)).filter(
      (t, i, all) => all.indexOf(t) === i,
    ),
    notes,
  })
}

const comparable = (p: Person) => ({
  id: p.id,
  name: p.name,
  organization: p.organization,
  title: p.title,
  birthday: p.birthday,
  emails: p.emails,
  phones: p.phones,
  links: p.links,
  tags: p.tags,
  notes: p.notes,
})

describe('vCard round trip (property)', () => {
  it.each([1, 2, 3, 4, 5])(
    'random people -> vCard 4.0 -> import gives the same people (seed %i)',
    async (seed) => {
      const r = rng(seed)
      const people = Array.from({ length: 40 }, (_, i) => randomPerson(r, i + 1))
      const source = new MemoryStore([owner(), ...people])
      const vcf = exportVault(source, 'vcard', { includePrivate: true })
      const target = new MemoryStore([owner()])
      const staged = stageImport(bytes(vcf), {}, target)
      expect(staged.problems).toEqual([])
      await commitImport(staged, target, { clock })
      const imported = target
        .list('person')
        .filter((p) => !p.isMe)
        .map(comparable)
      expect(imported).toEqual(people.map(comparable))
    },
  )
})
