import Graph from 'graphology'
import louvain from 'graphology-communities-louvain'
import { describe, expect, it } from 'vitest'
import { generateDemoNetwork } from '../../../src/core/demo'
import { Rng } from '../../../src/core/demo/random'
import {
  ID_PATTERN,
  INTRODUCTION_STATUSES,
  anyRecordSchema,
  newId,
  pairKey,
} from '../../../src/shared/domain'
import { DAY_MS, NOW, nmi, overlap, split, tokens } from './network'

const network = generateDemoNetwork({ people: 300, seed: 7, now: NOW })
const { people, ties, entries, introductions, owner } = split(network.records)
const others = people.filter((p) => !p.isMe)
const circlesOf = new Map<string, Set<number>>()
network.circles.forEach((c, i) => {
  for (const id of c.memberIds) circlesOf.set(id, (circlesOf.get(id) ?? new Set()).add(i))
})
const shareCircle = (x: string, y: string): boolean => {
  const cx = circlesOf.get(x)
  const cy = circlesOf.get(y)
  return !!cx && !!cy && [...cx].some((c) => cy.has(c))
}

describe('generateDemoNetwork: determinism', () => {
  it('gives identical records for the same seed and now', () => {
    const again = generateDemoNetwork({ people: 300, seed: 7, now: NOW })
    expect(again.records).toEqual(network.records)
    expect(again.circles).toEqual(network.circles)
  })

  it('gives a different network for another seed', () => {
    const other = generateDemoNetwork({ people: 300, seed: 8, now: NOW })
    const names = (records: typeof network.records) =>
      records.flatMap((r) => (r.kind === 'person' && !r.isMe ? [r.name] : []))
    expect(names(other.records)).not.toEqual(names(network.records))
    expect(other.records[0]!.id).not.toBe(network.records[0]!.id)
  })

  it('draws the same numbers from the same seed, different ones from another', () => {
    const a = new Rng(1)
    const b = new Rng(1)
    const c = new Rng(2)
    const seq = (r: Rng) => Array.from({ length: 8 }, () => r.uint32())
    const first = seq(a)
    expect(seq(b)).toEqual(first)
    expect(seq(c)).not.toEqual(first)
  })
})

describe('newId', () => {
  it('mints the lowercase hex of its 16 random bytes', () => {
    const bytes = new Rng(11).bytes()
    const check = new Rng(11).bytes()
    for (let i = 0; i < 200; i++) {
      const id = newId(bytes)
      expect(id).toMatch(ID_PATTERN)
      expect(id).toBe(Array.from(check(16), (b) => b.toString(16).padStart(2, '0')).join(''))
    }
  })
})

describe('generateDemoNetwork: valid records', () => {
  it('produces only records the domain schemas accept', () => {
    for (const record of network.records) {
      const parsed = anyRecordSchema.safeParse(record)
      if (!parsed.success) throw new Error(`${record.kind} ${record.id}: ${parsed.error.message}`)
    }
  })

  it('has exactly one owner, one settings record and unique ids', () => {
    expect(people.filter((p) => p.isMe)).toHaveLength(1)
    expect(others).toHaveLength(300)
    expect(network.records.filter((r) => r.kind === 'settings').map((r) => r.id)).toEqual([
      'settings',
    ])
    expect(new Set(network.records.map((r) => r.id)).size).toBe(network.records.length)
    expect(network.ownerId).toBe(owner.id)
  })

  it('reuses a given owner id and name', () => {
    const ownerId = 'ab'.repeat(16) as typeof owner.id
    const net = generateDemoNetwork({
      people: 40,
      seed: 1,
      now: NOW,
      ownerId,
      ownerName: 'Ada Lovelace',
    })
    const me = split(net.records).owner
    expect(me.id).toBe(ownerId)
    expect(me.name).toBe('Ada Lovelace')
  })

  it('never reads the clock: every date lies before the injected now', () => {
    const nowIso = NOW.toISOString()
    for (const r of network.records) expect(r.createdAt <= nowIso).toBe(true)
    for (const e of entries) expect(e.at <= nowIso).toBe(true)
  })
})

describe('generateDemoNetwork: circles', () => {
  it('has 8 to 12 circles of clearly different sizes', () => {
    expect(network.circles.length).toBeGreaterThanOrEqual(8)
    expect(network.circles.length).toBeLessThanOrEqual(12)
    const sizes = network.circles.map((c) => c.memberIds.length)
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(2 * Math.min(...sizes))
    for (const c of network.circles) expect(c.memberIds.length).toBeGreaterThan(5)
  })

  it('has people bridging two circles, with ties into both', () => {
    const bridges = others.filter((p) => (circlesOf.get(p.id)?.size ?? 0) >= 2)
    expect(bridges.length).toBeGreaterThanOrEqual(10)
    const tiedInto = (id: string) => {
      const circles = new Set<number>()
      for (const t of ties) {
        const other = t.a === id ? t.b : t.b === id ? t.a : undefined
        if (other && other !== owner.id) for (const c of circlesOf.get(other) ?? []) circles.add(c)
      }
      return circles
    }
    const spanning = bridges.filter((p) =>
      [...circlesOf.get(p.id)!].every((c) => tiedInto(p.id).has(c)),
    )
    expect(spanning.length).toBeGreaterThanOrEqual(bridges.length / 2)
  })

  it('is much denser inside circles than between them', () => {
    let within = 0
    let between = 0
    for (const t of ties) {
      if (t.a === owner.id || t.b === owner.id) continue
      if (shareCircle(t.a, t.b)) within++
      else between++
    }
    const n = others.length
    const withinPairs = network.circles.reduce(
      (s, c) => s + (c.memberIds.length * (c.memberIds.length - 1)) / 2,
      0,
    )
    const betweenPairs = (n * (n - 1)) / 2 - withinPairs
    expect(within / withinPairs).toBeGreaterThan(10 * (between / betweenPairs))
    expect(between).toBeGreaterThan(0)
  })

  it('lets Louvain (owner removed) recover the circles: NMI reported and well above chance', () => {
    const graph = new Graph({ type: 'undirected' })
    for (const p of others) graph.addNode(p.id)
    for (const t of ties) {
      if (t.a === owner.id || t.b === owner.id) continue
      graph.mergeEdge(t.a, t.b, { weight: t.strength })
    }
    const rng = new Rng(3)
    const communities = louvain(graph, { rng: () => rng.next(), getEdgeWeight: 'weight' })
    const primary = new Map<string, string>()
    for (const c of network.circles)
      for (const id of c.memberIds) if (!primary.has(id)) primary.set(id, c.name)
    const ids = others.map((p) => p.id)
    const score = nmi(
      ids.map((id) => primary.get(id) ?? '?'),
      ids.map((id) => String(communities[id])),
    )
    console.log(`demo network (300 people, seed 7): NMI(Louvain, circles) = ${score.toFixed(3)}`)
    expect(score).toBeGreaterThan(0.75)
  })
})

describe('generateDemoNetwork: ties', () => {
  it('references existing people in canonical order, without self or duplicate ties', () => {
    const ids = new Set(people.map((p) => p.id))
    const pairs = new Set<string>()
    for (const t of ties) {
      expect(ids.has(t.a) && ids.has(t.b)).toBe(true)
      expect(t.a < t.b).toBe(true)
      pairs.add(pairKey(t.a, t.b))
    }
    expect(pairs.size).toBe(ties.length)
  })

  it('ties the owner to most people with varied strengths and dates', () => {
    const ownerTies = ties.filter((t) => t.a === owner.id || t.b === owner.id)
    expect(ownerTies.length).toBeGreaterThan(others.length * 0.7)
    expect(ownerTies.length).toBeLessThan(others.length)
    expect(new Set(ownerTies.map((t) => t.strength)).size).toBe(5)
    expect(new Set(ownerTies.map((t) => t.type)).size).toBeGreaterThanOrEqual(3)
    expect(new Set(ownerTies.map((t) => t.since?.slice(0, 4))).size).toBeGreaterThanOrEqual(5)
  })

  it('has about five ties per person', () => {
    expect(ties.length / others.length).toBeGreaterThan(3.5)
    expect(ties.length / others.length).toBeLessThan(6.5)
  })
})

describe('generateDemoNetwork: offers and seeks', () => {
  it('has complementary offer/seek pairs across circles', () => {
    const seekers = others.filter((p) => p.seeks.length > 0)
    const offerers = others.filter((p) => p.offers.length > 0)
    expect(seekers.length).toBeGreaterThan(30)
    expect(offerers.length).toBeGreaterThan(30)
    let crossPairs = 0
    for (const s of seekers) {
      for (const o of offerers) {
        if (s === o || shareCircle(s.id, o.id)) continue
        const matches = s.seeks.some((need) =>
          o.offers.some((help) => overlap(tokens(need), tokens(help)) >= 2),
        )
        if (matches) crossPairs++
      }
    }
    expect(crossPairs).toBeGreaterThanOrEqual(20)
  })

  it('has the climbing-founder / climate-investor kind of match', () => {
    const seek = others.find((p) => p.seeks.some((s) => /climate startup/.test(s)))
    const offer = others.find((p) => p.offers.some((s) => /climate/.test(s) && /invest/.test(s)))
    expect(seek).toBeDefined()
    expect(offer).toBeDefined()
    expect(shareCircle(seek!.id, offer!.id)).toBe(false)
  })
})

describe('generateDemoNetwork: journal', () => {
  it('spreads entries over about two years', () => {
    const times = entries.map((e) => Date.parse(e.at))
    const spanDays = (Math.max(...times) - Math.min(...times)) / DAY_MS
    expect(spanDays).toBeGreaterThan(600)
    expect(spanDays).toBeLessThanOrEqual(731)
    const months = new Set(entries.map((e) => e.at.slice(0, 7)))
    expect(months.size).toBeGreaterThanOrEqual(23)
    expect(new Set(entries.map((e) => e.type)).size).toBe(5)
  })

  it('follows varied rhythms: weekly, monthly and one-off contacts', () => {
    const perPerson = new Map<string, number>()
    for (const e of entries)
      perPerson.set(e.participants[0]!, (perPerson.get(e.participants[0]!) ?? 0) + 1)
    const counts = [...perPerson.values()]
    expect(counts.some((n) => n >= 60)).toBe(true)
    expect(counts.some((n) => n >= 15 && n <= 30)).toBe(true)
    expect(counts.filter((n) => n === 1).length).toBeGreaterThan(20)
    expect(others.some((p) => !perPerson.has(p.id))).toBe(true)
  })

  it('writes bodies that name the people, and group entries with several participants', () => {
    const byId = new Map(people.map((p) => [p.id as string, p]))
    const named = entries.filter(
      (e) =>
        byId.get(e.participants[0]!)?.name.split(' ')[0] &&
        e.body.includes(byId.get(e.participants[0]!)!.name.split(' ')[0]!),
    )
    expect(named.length).toBeGreaterThan(entries.length * 0.5)
    expect(entries.filter((e) => e.participants.length >= 3).length).toBeGreaterThan(20)
    expect(entries.every((e) => e.participants.every((id) => byId.has(id)))).toBe(true)
  })

  it('keeps last contact in line with the journal and leaves a few cadences overdue', () => {
    const last = new Map<string, string>()
    for (const e of entries)
      for (const id of e.participants) if ((last.get(id) ?? '') < e.at) last.set(id, e.at)
    for (const p of others) expect(p.lastContactAt).toBe(last.get(p.id))
    const withCadence = others.filter((p) => p.cadenceDays !== undefined)
    const overdue = withCadence.filter(
      (p) =>
        !p.lastContactAt || Date.parse(p.lastContactAt) + p.cadenceDays! * DAY_MS < NOW.getTime(),
    )
    expect(withCadence.length).toBeGreaterThan(10)
    expect(overdue.length).toBeGreaterThanOrEqual(3)
    expect(overdue.length).toBeLessThan(withCadence.length / 2)
  })

  it('reaches an exact entry count when asked', () => {
    const net = generateDemoNetwork({ people: 120, seed: 2, now: NOW, entries: 1000 })
    expect(split(net.records).entries).toHaveLength(1000)
    const perPerson = generateDemoNetwork({ people: 120, seed: 2, now: NOW, entriesPerPerson: 2 })
    expect(split(perPerson.records).entries).toHaveLength(240)
  })
})

describe('generateDemoNetwork: introductions', () => {
  it('has introductions in every status with chronological histories', () => {
    expect(new Set(introductions.map((i) => i.status))).toEqual(new Set(INTRODUCTION_STATUSES))
    for (const intro of introductions) {
      expect(intro.history.at(-1)!.status).toBe(intro.status)
      expect(intro.history[0]!.status).toBe('idea')
      const times = intro.history.map((h) => h.at)
      expect([...times].sort()).toEqual(times)
      expect(intro.a).not.toBe(intro.b)
      expect(intro.rationale.length).toBeGreaterThan(10)
    }
  })

  it('creates the tie (and a journal entry) for made and met introductions', () => {
    const tieById = new Map(ties.map((t) => [t.id as string, t]))
    for (const intro of introductions) {
      if (intro.status === 'made' || intro.status === 'met') {
        const tie = tieById.get(intro.tie!)
        expect(tie).toMatchObject({ source: 'introduction', introduction: intro.id })
        expect(pairKey(tie!.a, tie!.b)).toBe(pairKey(intro.a, intro.b))
        expect(entries.some((e) => e.introduction === intro.id)).toBe(true)
      } else {
        expect(intro.tie).toBeUndefined()
      }
    }
  })

  it('mostly introduces people from different circles', () => {
    const cross = introductions.filter((i) => !shareCircle(i.a, i.b))
    expect(cross.length).toBeGreaterThanOrEqual(introductions.length * 0.8)
  })
})

describe('generateDemoNetwork: scale', () => {
  it('keeps the proportions at 3000 people', () => {
    const big = generateDemoNetwork({ people: 3000, seed: 1, now: NOW, entriesPerPerson: 2 })
    const s = split(big.records)
    expect(s.people).toHaveLength(3001)
    expect(s.ties.length / 3000).toBeGreaterThan(4.5)
    expect(s.ties.length / 3000).toBeLessThan(5.5)
    expect(s.entries).toHaveLength(6000)
    expect(big.circles.length).toBeGreaterThanOrEqual(8)
    expect(big.circles.length).toBeLessThanOrEqual(12)
  })
})
