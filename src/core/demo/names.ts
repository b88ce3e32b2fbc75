import { de, en, es, fr, it, nl, pl, pt_BR, sv, type LocaleDefinition } from '@faker-js/faker'
import type { Rng } from './random'

interface NamePool {
  first: readonly string[]
  last: readonly string[]
}

function poolOf(locale: LocaleDefinition): NamePool {
  const first = locale.person?.first_name
  const last = locale.person?.last_name
  const firstNames = first
    ? [...(first.generic ?? []), ...(first.female ?? []), ...(first.male ?? [])]
    : []
  return { first: [...new Set(firstNames)], last: last?.generic ?? [] }
}

/** Names faker's locales do not cover; a network in Berlin is not only European. */
const WORLD: NamePool = {
  first: [
    'Aarav',
    'Priya',
    'Ananya',
    'Rohan',
    'Ishaan',
    'Kavya',
    'Wei',
    'Mei',
    'Jun',
    'Lin',
    'Hiroshi',
    'Yuki',
    'Haruto',
    'Sakura',
    'Min-jun',
    'Seo-yeon',
    'Kwame',
    'Amara',
    'Chinedu',
    'Ngozi',
    'Thabo',
    'Zanele',
    'Omar',
    'Layla',
    'Youssef',
    'Fatima',
    'Karim',
    'Nour',
    'Emre',
    'Elif',
    'Mehmet',
    'Zeynep',
    'Dmitri',
    'Olena',
    'Taras',
    'Nika',
    'Tomás',
    'Valentina',
    'Mateo',
    'Camila',
    'Aroha',
    'Tane',
  ],
  last: [
    'Patel',
    'Sharma',
    'Iyer',
    'Reddy',
    'Chen',
    'Wang',
    'Liu',
    'Tanaka',
    'Sato',
    'Nakamura',
    'Kim',
    'Park',
    'Mensah',
    'Okafor',
    'Adeyemi',
    'Nkosi',
    'Haddad',
    'Nasser',
    'El-Amin',
    'Yilmaz',
    'Demir',
    'Kaya',
    'Petrenko',
    'Kovalenko',
    'Ivanova',
    'Herrera',
    'Castillo',
    'Rojas',
    'Ngata',
    'Nguyen',
  ],
}

/** Weighted by how often each background turns up in a Berlin-based connector's network. */
const POOLS: readonly { pool: NamePool; weight: number }[] = [
  { pool: poolOf(de), weight: 4 },
  { pool: poolOf(en), weight: 3 },
  { pool: WORLD, weight: 3 },
  { pool: poolOf(fr), weight: 1 },
  { pool: poolOf(es), weight: 1 },
  { pool: poolOf(it), weight: 1 },
  { pool: poolOf(nl), weight: 1 },
  { pool: poolOf(pl), weight: 1 },
  { pool: poolOf(pt_BR), weight: 1 },
  { pool: poolOf(sv), weight: 1 },
].filter((p) => p.pool.first.length > 0 && p.pool.last.length > 0)
const POOL_WEIGHTS = POOLS.map((p) => p.weight)

export interface PersonName {
  first: string
  last: string
}

export function randomName(rng: Rng, lastName?: string): PersonName {
  const { pool } = POOLS[rng.weighted(POOL_WEIGHTS)]!
  return { first: rng.pick(pool.first), last: lastName ?? rng.pick(pool.last) }
}

/** `anna.schmidt` style local part: ASCII only, as mail providers require. */
export function emailLocalPart(name: PersonName): string {
  const ascii = (s: string): string =>
    s
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '')
  return `${ascii(name.first) || 'hello'}.${ascii(name.last) || 'mail'}`
}
