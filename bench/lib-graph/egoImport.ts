/**
 * An ego network brought into Kith the way a user would: the ego is the vault's owner, the friends
 * arrive through Kith's real vCard importer (stage, then commit into an in-memory store, which ties
 * the owner to every contact), and, in the "with ties" setting, the friendships are added on top.
 */
import { commitImport, stageImport } from '../../src/core/io'
import { MemoryStore } from '../../src/core/store/memoryStore'
import type { Person, PersonId, Tie, TieId } from '../../src/shared/domain'
import { seededRandom } from '../../src/shared/graph'
import { egoVcard, friendName, type EgoNetwork } from './egoData'
import { fakePerson } from './networks'

export const EGO_NOW = new Date('2026-01-01T00:00:00.000Z')
const STAMP = '2020-01-01T00:00:00.000Z'

export interface ImportedEgo {
  /** The owner (the ego) and one person per friend, as the importer made them. */
  people: Person[]
  /** The importer's owner star. */
  starTies: Tie[]
  owner: PersonId
  idOf: Map<number, PersonId>
  friendOf: Map<PersonId, number>
}

/** Deterministic bytes for record ids (the importer draws ids from its `random`). */
function seededBytes(seed: number): (n: number) => Uint8Array {
  const rng = seededRandom(seed)
  return (n) => Uint8Array.from({ length: n }, () => Math.floor(rng() * 256))
}

export async function importEgo(net: EgoNetwork, seed = 1): Promise<ImportedEgo> {
  const ownerId = `e${net.ego.toString(16).padStart(31, '0')}` as PersonId
  const owner: Person = { ...fakePerson(0, `Ego ${net.ego}`, { isMe: true }), id: ownerId }
  const store = new MemoryStore([owner])
  const bytes = new TextEncoder().encode(egoVcard(net))
  const staged = stageImport(bytes, { fileName: `ego-${net.ego}.vcf` }, store)
  if (staged.format !== 'vcard') throw new Error(`ego ${net.ego}: read as ${staged.format}`)
  await commitImport(staged, store, { clock: () => EGO_NOW, random: seededBytes(seed) })
  const people = store.list('person').filter((p) => !p.deletedAt)
  const byName = new Map(net.friends.map((f) => [friendName(f), f]))
  const idOf = new Map<number, PersonId>()
  const friendOf = new Map<PersonId, number>()
  for (const p of people) {
    const f = byName.get(p.name)
    if (f === undefined) continue
    idOf.set(f, p.id)
    friendOf.set(p.id, f)
  }
  if (idOf.size !== net.friends.length) {
    throw new Error(`ego ${net.ego}: ${idOf.size} of ${net.friends.length} friends imported`)
  }
  const starTies = store.list('tie').filter((t) => !t.deletedAt)
  return { people, starTies, owner: ownerId, idOf, friendOf }
}

/**
 * A confirmed friendship of strength 3, like bench/lib-graph/networks.ts fakeTie. The id comes
 * from `k`, the tie's place in the input, so the same input has the same ids in every run.
 */
export function friendTie(a: PersonId, b: PersonId, k: number, strength = 3): Tie {
  const [x, y] = a < b ? [a, b] : [b, a]
  return {
    kind: 'tie',
    id: `d${k.toString(16).padStart(31, '0')}` as TieId,
    a: x,
    b: y,
    type: 'acquaintance',
    strength,
    note: '',
    source: 'import',
    createdAt: STAMP,
    updatedAt: STAMP,
  }
}
