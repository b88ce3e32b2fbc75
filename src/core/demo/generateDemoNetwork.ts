import { newId, type AnyRecord, type PersonId, type Settings } from '../../shared/domain'
import { applyLastContact, assignCadences, buildJournal } from './journal'
import { buildIntroductions } from './introductions'
import { isoDateTime, type DemoContext } from './model'
import { assignNeeds, assignOwnerTies, draftPeople, personRecord, planCircles } from './people'
import { Rng } from './random'
import { buildTies, tieIndex } from './ties'

export interface DemoOptions {
  /** People besides the owner. */
  people?: number
  seed?: number
  /** The generator never reads the system clock: every date is relative to this. */
  now: Date
  ownerName?: string
  /** Reuse an existing owner (a fresh vault already has one) instead of minting an id. */
  ownerId?: PersonId
  /** Ties per person, the owner's included (about 5 for the 10k benchmark). */
  tiesPerPerson?: number
  /** Exact number of journal entries; otherwise each person's rhythm decides. */
  entries?: number
  /** Same as `entries`, relative to `people`. */
  entriesPerPerson?: number
}

export interface DemoCircle {
  key: string
  name: string
  /** Primary members and the bridging people who also belong here. */
  memberIds: string[]
}

export interface DemoNetwork {
  ownerId: PersonId
  /** Owner, settings, people, ties, introductions, entries: all valid `AnyRecord`s. */
  records: AnyRecord[]
  circles: DemoCircle[]
}

export const DEFAULT_DEMO_PEOPLE = 300
const DEFAULT_OWNER = 'Alex Morgan'

/** A believable connector's network, deterministic under `seed` and `now`. */
export function generateDemoNetwork(options: DemoOptions): DemoNetwork {
  const people = Math.max(20, Math.floor(options.people ?? DEFAULT_DEMO_PEOPLE))
  const seed = options.seed ?? 1
  const rng = new Rng(seed)
  const idBytes = new Rng(seed, 1).bytes()
  const ownerName = options.ownerName?.trim() || DEFAULT_OWNER
  const nowMs = options.now.getTime()
  const ctx: DemoContext = {
    rng,
    newId: <T extends string>() => newId<T>(idBytes),
    now: options.now,
    nowMs,
    ownerId: options.ownerId ?? newId<PersonId>(idBytes),
    people: [],
    circles: [],
    groups: [],
    groupName: [],
  }
  const ownerLast = ownerName.split(/\s+/).pop() ?? ownerName
  draftPeople(ctx, planCircles(rng, people), ownerLast)
  assignNeeds(ctx)
  assignOwnerTies(ctx)
  const index = tieIndex(ctx.people.length)
  const ties = buildTies(ctx, index, options.tiesPerPerson ?? 5)
  const intros = buildIntroductions(ctx, index)
  assignCadences(ctx)
  const target =
    options.entries ??
    (options.entriesPerPerson !== undefined
      ? Math.round(options.entriesPerPerson * people)
      : undefined)
  const journal = buildJournal(
    ctx,
    target === undefined ? undefined : Math.max(0, target - intros.entries.length),
  )
  // Not sorted by date: nothing depends on record order, and sorting 100k+ entries costs a second.
  const entries = [...journal, ...intros.entries]
  applyLastContact(ctx, entries)

  const stamp = isoDateTime(nowMs)
  const settings: Settings = {
    kind: 'settings',
    id: 'settings',
    autoLockMinutes: 10,
    theme: 'system',
    nodeSize: 'closeness',
    suggestionsOnMap: 15,
    showSuggestions: true,
    interactionHalfLifeDays: 180,
    snoozedPairs: {},
    createdAt: stamp,
    updatedAt: stamp,
  }
  const records: AnyRecord[] = [
    {
      kind: 'person',
      id: ctx.ownerId,
      name: ownerName,
      isMe: true,
      location: 'Berlin',
      emails: [],
      phones: [],
      links: [],
      tags: [],
      offers: ['introductions across tech, climate and investors'],
      seeks: [],
      notes: '',
      externalIds: [],
      createdAt: stamp,
      updatedAt: stamp,
    },
    settings,
    ...ctx.people.map((p) => personRecord(ctx, p)),
    ...ties,
    ...intros.ties,
    ...intros.introductions,
    ...entries,
  ]
  const circles = ctx.circles.map((c) => ({
    key: c.template.key,
    name: c.template.name,
    memberIds: c.members.map((i) => ctx.people[i]!.id as string),
  }))
  return { ownerId: ctx.ownerId, records, circles }
}
