import type { Person, PersonId } from '../../shared/domain'
import { CORE_CIRCLES, RHYTHMS, type CircleTemplate } from './circles'
import { CIRCLE_TEMPLATES } from './circleTemplates'
import {
  DAY_MS,
  clamp,
  fullName,
  isoDate,
  isoDateTime,
  type CirclePlan,
  type DemoContext,
  type PersonDraft,
} from './model'
import { emailLocalPart, randomName } from './names'
import type { Rng } from './random'
import { LOOSE_OFFERS, LOOSE_SEEKS, TOPICS, type Topic } from './topics'

const INTERESTS = [
  'running',
  'cooking',
  'jazz',
  'climate',
  'ai',
  'cycling',
  'books',
  'photography',
  'chess',
  'travel',
  'design',
  'parenting',
  'coffee',
  'sailing',
]
const MAIL_HOSTS = ['gmail.com', 'posteo.de', 'mailbox.org', 'proton.me', 'outlook.com', 'web.de']
const BRIDGE_SHARE = 0.07

/** Picks 8-12 circles and their sizes: the core circles always, the others per seed. */
export function planCircles(
  rng: Rng,
  people: number,
): { template: CircleTemplate; size: number }[] {
  const optional = CIRCLE_TEMPLATES.filter((t) => !CORE_CIRCLES.includes(t.key))
  const extra = rng.sample(optional, rng.int(0, optional.length))
  const chosen = CIRCLE_TEMPLATES.filter((t) => CORE_CIRCLES.includes(t.key) || extra.includes(t))
  const weights = chosen.map((t) => t.weight * (0.75 + rng.next() * 0.5))
  const sizes = chosen.map(() => 0)
  let remaining = people
  // Capped circles first (a family does not grow with the network), then the rest by weight.
  let open = chosen.map((_, i) => i)
  for (;;) {
    const total = open.reduce((sum, i) => sum + weights[i]!, 0)
    const capped = open.filter((i) => {
      const max = chosen[i]!.maxSize
      return max !== undefined && (remaining * weights[i]!) / total > max
    })
    if (capped.length === 0) {
      for (const i of open) sizes[i] = Math.max(1, Math.round((remaining * weights[i]!) / total))
      break
    }
    for (const i of capped) {
      sizes[i] = chosen[i]!.maxSize!
      remaining -= sizes[i]
    }
    open = open.filter((i) => !capped.includes(i))
  }
  // Rounding drift goes to the largest circle so the total is exact.
  const drift = people - sizes.reduce((a, b) => a + b, 0)
  const largest = sizes.indexOf(Math.max(...sizes))
  sizes[largest] = Math.max(1, sizes[largest]! + drift)
  return chosen.map((template, i) => ({ template, size: sizes[i]! }))
}

/** Assigns each person a circle, a group inside it, and (for a few) a second circle. */
export function draftPeople(
  ctx: Pick<DemoContext, 'rng' | 'newId' | 'nowMs' | 'people' | 'circles' | 'groups' | 'groupName'>,
  plan: { template: CircleTemplate; size: number }[],
  ownerLast: string,
): void {
  const { rng } = ctx
  for (const [c, { template, size }] of plan.entries()) {
    const circle: CirclePlan = { template, members: [], groups: [] }
    ctx.circles.push(circle)
    const groupCount = Math.max(1, Math.round(size / template.groupSize))
    for (let g = 0; g < groupCount; g++) {
      const names = template.groupNames ?? [template.name]
      const base = names[g % names.length]!
      circle.groups.push(ctx.groups.length)
      ctx.groupName.push(g < names.length ? base : `${base} ${Math.floor(g / names.length) + 1}`)
      ctx.groups.push([])
    }
    for (let k = 0; k < size; k++) {
      const index = ctx.people.length
      const group = circle.groups[Math.floor((k * groupCount) / size)]!
      const close = template.key === 'family' && group === circle.groups[0]
      const name = randomName(
        rng,
        close || (template.key === 'family' && rng.chance(0.4)) ? ownerLast : undefined,
      )
      const rhythm = RHYTHMS[rng.weighted(template.rhythm)]!
      ctx.people.push({
        index,
        id: ctx.newId<PersonId>(),
        name,
        circle: c,
        group,
        organization: rng.pick(template.organizations),
        title: rng.pick(template.titles),
        location: rng.pick(template.locations),
        rhythm,
        cold: false,
        seeks: [],
        offers: [],
      })
      circle.members.push(index)
      ctx.groups[group]!.push(index)
    }
  }
  const bridges = Math.max(ctx.circles.length, Math.round(ctx.people.length * BRIDGE_SHARE))
  for (const person of rng.sample(ctx.people, bridges)) {
    let other = rng.int(0, ctx.circles.length - 2)
    if (other >= person.circle) other++
    const circle = ctx.circles[other]
    if (!circle) continue
    const group = rng.pick(circle.groups)
    person.secondary = { circle: other, group }
    circle.members.push(person.index)
  }
}

/** Offers and seeks: complementary topics across circles, plus loose notes that match nothing. */
export function assignNeeds(ctx: Pick<DemoContext, 'rng' | 'people' | 'circles'>): void {
  const { rng, people, circles } = ctx
  const keyOf = (p: PersonDraft): string => circles[p.circle]!.template.key
  const seekTopics = new Map<string, Topic[]>()
  const offerTopics = new Map<string, Topic[]>()
  for (const topic of TOPICS) {
    for (const key of topic.seekIn) seekTopics.set(key, [...(seekTopics.get(key) ?? []), topic])
    for (const key of topic.offerIn) offerTopics.set(key, [...(offerTopics.get(key) ?? []), topic])
  }
  const addSeek = (p: PersonDraft, topic: Topic): void => {
    if (p.seeks.some((s) => s.topic === topic)) return
    p.seeks.push({ topic, text: rng.pick(topic.seeks) })
  }
  const addOffer = (p: PersonDraft, topic: Topic): void => {
    if (p.offers.some((s) => s.topic === topic)) return
    p.offers.push({ topic, text: rng.pick(topic.offers) })
  }
  for (const p of people) {
    const seekable = seekTopics.get(keyOf(p)) ?? []
    const offerable = offerTopics.get(keyOf(p)) ?? []
    if (seekable.length > 0 && rng.chance(0.22)) addSeek(p, rng.pick(seekable))
    if (offerable.length > 0 && rng.chance(0.28)) addOffer(p, rng.pick(offerable))
    if (offerable.length > 0 && rng.chance(0.05)) addOffer(p, rng.pick(offerable))
    if (rng.chance(0.08)) p.offers.push({ text: rng.pick(LOOSE_OFFERS) })
    if (rng.chance(0.05)) p.seeks.push({ text: rng.pick(LOOSE_SEEKS) })
  }
  // Every topic whose circles exist gets at least one seeker and one offerer, so even a small
  // network has complementary pairs across circles.
  const byKey = new Map(circles.map((c) => [c.template.key as string, c]))
  for (const topic of TOPICS) {
    const seekCircles = topic.seekIn.map((k) => byKey.get(k)).filter((c) => c !== undefined)
    const offerCircles = topic.offerIn.map((k) => byKey.get(k)).filter((c) => c !== undefined)
    if (seekCircles.length === 0 || offerCircles.length === 0) continue
    if (!people.some((p) => p.seeks.some((s) => s.topic === topic)))
      addSeek(people[rng.pick(rng.pick(seekCircles).members)]!, topic)
    if (!people.some((p) => p.offers.some((s) => s.topic === topic)))
      addOffer(people[rng.pick(rng.pick(offerCircles).members)]!, topic)
  }
}

/** The owner's own tie to each person: strength follows how often they are in touch. */
export function assignOwnerTies(
  ctx: Pick<DemoContext, 'rng' | 'nowMs' | 'people' | 'circles'>,
): void {
  const { rng, nowMs } = ctx
  const boost: Record<string, number> = {
    weekly: 2,
    biweekly: 1,
    monthly: 1,
    quarterly: 0,
    yearly: 0,
    once: -1,
    none: -1,
  }
  for (const p of ctx.people) {
    const t = ctx.circles[p.circle]!.template
    const share = p.secondary ? Math.min(1, t.ownerTieShare + 0.1) : t.ownerTieShare
    if (!rng.chance(share)) {
      p.rhythm = rng.chance(0.3) ? 'once' : 'none'
      continue
    }
    const strength = clamp(
      rng.int(t.ownerStrength[0], t.ownerStrength[1]) + (boost[p.rhythm] ?? 0),
      1,
      5,
    )
    const years = t.sinceYears[0] + rng.next() * (t.sinceYears[1] - t.sinceYears[0])
    p.ownerTie = { strength, since: new Date(nowMs - years * 365 * DAY_MS) }
  }
}

export function personRecord(ctx: DemoContext, p: PersonDraft): Person {
  const { rng, nowMs } = ctx
  const circle = ctx.circles[p.circle]!
  const t = circle.template
  const tags = new Set<string>(rng.sample(t.tags, rng.int(1, 2)))
  if (t.key === 'work') tags.add(ctx.groupName[p.group]!.toLowerCase().replace(/\s+/g, '-'))
  if (p.secondary) tags.add(rng.pick(ctx.circles[p.secondary.circle]!.template.tags))
  for (const interest of rng.sample(INTERESTS, rng.int(0, 2))) tags.add(interest)
  const local = emailLocalPart(p.name)
  const workDomain = `${p.organization.toLowerCase().replace(/[^a-z0-9]+/g, '')}.com`
  const useWorkMail = ['work', 'former', 'investors', 'founders', 'conference'].includes(t.key)
  const createdMs = nowMs - rng.int(1, 700) * DAY_MS
  const updatedMs = Math.min(nowMs, createdMs + rng.int(0, 200) * DAY_MS)
  const via = t.key !== 'family' && rng.chance(0.12) ? rng.pick(circle.members) : p.index
  const metThrough = via !== p.index ? ctx.people[via]!.id : undefined
  const notes = rng.chance(0.2) ? noteFor(rng, p) : ''
  const person: Person = {
    kind: 'person',
    id: p.id,
    name: fullName(p.name),
    isMe: false,
    organization: p.organization,
    title: p.title,
    location: p.location,
    emails: [
      {
        label: useWorkMail ? 'work' : 'home',
        value: `${local}@${useWorkMail ? workDomain : rng.pick(MAIL_HOSTS)}`,
      },
    ],
    phones: rng.chance(0.5)
      ? [{ label: 'mobile', value: `+49 15${rng.int(1, 9)} ${rng.int(1000000, 9999999)}` }]
      : [],
    links: rng.chance(0.3)
      ? [{ label: 'LinkedIn', value: `https://www.linkedin.com/in/${local.replace('.', '-')}` }]
      : [],
    tags: [...tags],
    offers: p.offers.map((o) => o.text),
    seeks: p.seeks.map((s) => s.text),
    howWeMet: rng.pick(t.howWeMet),
    notes,
    externalIds: [],
    createdAt: isoDateTime(createdMs),
    updatedAt: isoDateTime(updatedMs),
  }
  if (metThrough) person.metThrough = metThrough
  if (p.cadenceDays) person.cadenceDays = p.cadenceDays
  if (p.lastContactAt !== undefined) person.lastContactAt = p.lastContactAt
  if (t.key === 'family' || (p.ownerTie && p.ownerTie.strength >= 4 && rng.chance(0.5))) {
    const birthMs = Date.UTC(rng.int(1950, 2004), rng.int(0, 11), rng.int(1, 28))
    person.birthday = isoDate(birthMs)
  }
  return person
}

function noteFor(rng: Rng, p: PersonDraft): string {
  const lines = [`${p.name.first} is ${p.title.toLowerCase()} at ${p.organization}.`]
  if (p.seeks[0]) lines.push('', `Currently: ${p.seeks[0].text}.`)
  if (rng.chance(0.5))
    lines.push('', '- prefers Signal over email', '- mornings are best for calls')
  return lines.join('\n')
}
