import type { Tie, TieId } from '../../shared/domain'
import { DAY_MS, clamp, isoDate, isoDateTime, type DemoContext } from './model'

/** Ties a random person has outside their circles: the odd friend of a friend. */
const NOISE_PER_PERSON = 0.12

/**
 * Who is already tied to whom (owner excluded), by person index. Adjacency lists rather than a
 * set of pair numbers: at 100k people `i * n + j` leaves the small-integer range and every key
 * becomes a heap allocation.
 */
export interface TieIndex {
  has: (i: number, j: number) => boolean
  add: (i: number, j: number) => void
}

export function tieIndex(n: number): TieIndex {
  const neighbours: number[][] = Array.from({ length: n }, () => [])
  return {
    has: (i, j) => {
      const a = neighbours[i]!
      const b = neighbours[j]!
      return a.length <= b.length ? a.includes(j) : b.includes(i)
    },
    add: (i, j) => {
      neighbours[i]!.push(j)
      neighbours[j]!.push(i)
    },
  }
}

export function tieRecord(
  ctx: DemoContext,
  x: string,
  y: string,
  fields: Pick<Tie, 'type' | 'strength' | 'source'> & {
    sinceMs: number
    introduction?: Tie['introduction']
  },
): Tie {
  const createdMs = Math.min(ctx.nowMs, Math.max(fields.sinceMs, ctx.nowMs - 700 * DAY_MS))
  const tie: Tie = {
    kind: 'tie',
    id: ctx.newId<TieId>(),
    a: (x < y ? x : y) as Tie['a'],
    b: (x < y ? y : x) as Tie['b'],
    type: fields.type,
    strength: fields.strength,
    since: isoDate(fields.sinceMs),
    note: '',
    source: fields.source,
    createdAt: isoDateTime(createdMs),
    updatedAt: isoDateTime(createdMs),
  }
  if (fields.introduction) tie.introduction = fields.introduction
  return tie
}

/**
 * Ties between the people: dense inside groups (teams, crews), sparser across a circle, a few
 * through bridging people, rare at random. `tiesPerPerson` counts the owner's ties too.
 */
export function buildTies(ctx: DemoContext, index: TieIndex, tiesPerPerson: number): Tie[] {
  const { rng, people, nowMs } = ctx
  const n = people.length
  const ties: Tie[] = []
  const ownerTies = people.filter((p) => p.ownerTie).length
  const bridgeDraws = people.filter((p) => p.secondary).length * 2.5
  let base = 0
  for (const p of people) {
    const t = ctx.circles[p.circle]!.template
    base += (t.inGroupDegree + t.inCircleDegree) / 2
  }
  const wanted = tiesPerPerson * n - ownerTies - bridgeDraws - NOISE_PER_PERSON * n
  const scale = base > 0 ? Math.max(0.2, wanted / base) : 1

  const add = (i: number, j: number, circleIndex: number, inGroup: boolean): void => {
    if (i === j || index.has(i, j)) return
    index.add(i, j)
    const t = ctx.circles[circleIndex]!.template
    const years = t.sinceYears[0] + rng.next() * (t.sinceYears[1] - t.sinceYears[0])
    const strength = clamp(rng.int(t.strength[0], t.strength[1]) + (inGroup ? 0 : -1), 1, 5)
    ties.push(
      tieRecord(ctx, people[i]!.id, people[j]!.id, {
        type: rng.pick(t.tieTypes),
        strength,
        source: 'manual',
        sinceMs: nowMs - years * 365 * DAY_MS,
      }),
    )
  }
  const draws = (expected: number): number => {
    const whole = Math.floor(expected)
    return whole + (rng.chance(expected - whole) ? 1 : 0)
  }

  for (const p of people) {
    const circle = ctx.circles[p.circle]!
    const t = circle.template
    const group = ctx.groups[p.group]!
    const inGroup = Math.min((t.inGroupDegree * scale) / 2, (group.length - 1) * 0.45)
    for (let k = draws(inGroup); k > 0; k--) add(p.index, rng.pick(group), p.circle, true)
    const inCircle = Math.min((t.inCircleDegree * scale) / 2, (circle.members.length - 1) * 0.3)
    for (let k = draws(inCircle); k > 0; k--)
      add(p.index, rng.pick(circle.members), p.circle, false)
    if (p.secondary) {
      const other = ctx.groups[p.secondary.group]!
      for (let k = rng.int(2, 3); k > 0; k--)
        add(p.index, rng.pick(other), p.secondary.circle, true)
    }
    if (rng.chance(NOISE_PER_PERSON)) add(p.index, rng.int(0, n - 1), p.circle, false)
  }

  // Groups saturate and draws collide, so top up inside groups until the target is reached.
  const target = Math.round(tiesPerPerson * n) - ownerTies
  for (let attempts = 0; ties.length < target && attempts < target * 4; attempts++) {
    const p = people[rng.int(0, n - 1)]!
    if (rng.chance(0.7)) add(p.index, rng.pick(ctx.groups[p.group]!), p.circle, true)
    else add(p.index, rng.pick(ctx.circles[p.circle]!.members), p.circle, false)
  }

  for (const p of people) {
    if (!p.ownerTie) continue
    ties.push(
      tieRecord(ctx, ctx.ownerId, p.id, {
        type: ctx.circles[p.circle]!.template.ownerTieType,
        strength: p.ownerTie.strength,
        source: 'manual',
        sinceMs: p.ownerTie.since.getTime(),
      }),
    )
  }
  return ties
}
